import { LineCounter, type YAMLError } from 'yaml';
import { parseYamlDocuments } from '../yaml/parseYamlDocuments';
import type { EppFinding } from './eppDiagnostic';
import {
  toEndpointPickerConfig,
  type EndpointPickerConfig,
} from './endpointPickerConfig';
import { createYamlSourceMap, type LocatePath } from './yamlSourceMap';

/**
 * Result of reading EndpointPickerConfig text.
 *
 * @public
 */
export interface ParsedEndpointPickerConfig {
  /** The first document as plain data (what the Go loader would decode), or undefined when unreadable. */
  readonly root: unknown;
  /** Typed view of `root` when it is a mapping. */
  readonly config?: EndpointPickerConfig;
  /** YAML-level problems (syntax, duplicate keys, several documents). */
  readonly findings: readonly EppFinding[];
  /** Position of a path in the text. */
  readonly locate: LocatePath;
}

// Aliases are legal YAML but a config rarely needs many; the cap keeps "billion laughs" input cheap.
const MAX_ALIAS_COUNT = 100;

function toFinding(error: YAMLError): EppFinding {
  const [firstLine] = error.message.split('\n');
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const start = error.linePos?.[0];
  return {
    code: error.code === 'DUPLICATE_KEY' ? 'duplicate-field' : 'yaml-syntax',
    severity: 'error',
    path: [],
    message: message.endsWith('.') ? message : `${message}.`,
    ...(start && { position: { line: start.line, column: start.col } }),
  };
}

/**
 * Reads EndpointPickerConfig YAML without judging it. Never throws: unreadable input yields findings instead.
 *
 * @public
 */
export function parseEndpointPickerConfig(
  text: string,
): ParsedEndpointPickerConfig {
  const lineCounter = new LineCounter();
  const list = parseYamlDocuments(text, { lineCounter });
  const [first] = list;
  const findings: EppFinding[] = list.flatMap(doc => doc.errors.map(toFinding));
  const withContent = list.filter(doc => doc.contents !== null).length;
  if (withContent > 1) {
    findings.push({
      code: 'multiple-documents',
      severity: 'warning',
      path: [],
      message: `The text holds ${withContent} YAML documents; only the first is read.`,
    });
  }
  let root: unknown = undefined;
  if (first && first.errors.length === 0) {
    try {
      root = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      findings.push({
        code: 'yaml-syntax',
        severity: 'error',
        path: [],
        message: `The YAML cannot be resolved: ${(error as Error).message}`,
      });
    }
  }
  return {
    root,
    config: toEndpointPickerConfig(root),
    findings,
    locate: createYamlSourceMap(first?.contents, lineCounter),
  };
}
