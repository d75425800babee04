import {
  type Document,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  YAMLParseError,
} from 'yaml';
import { findDuplicateKeys } from './findDuplicateKeys';

/**
 * Options of the `yaml` parser; `uniqueKeys` is not one: duplicate keys are always errors.
 *
 * @public
 */
export type ParseYamlOptions = Omit<
  NonNullable<Parameters<typeof parseDocument>[1]>,
  'uniqueKeys' | 'lineCounter'
> & {
  /** Filled with the line starts of the text, as the `yaml` option of that name. */
  readonly lineCounter?: LineCounter;
};

/**
 * Adds a `DUPLICATE_KEY` error for every repeated mapping key, as `uniqueKeys: true` would (same code, message,
 * position), but found in linear time ({@link findDuplicateKeys}). Errors stay in text order.
 */
function addDuplicateKeyErrors(
  doc: Document.Parsed,
  lineCounter: LineCounter,
): void {
  const duplicates = findDuplicateKeys(doc);
  if (duplicates.length === 0) return;
  for (const { offset } of duplicates) {
    const error = new YAMLParseError(
      [offset, offset + 1],
      'DUPLICATE_KEY',
      'Map keys must be unique',
    );
    const start = lineCounter.linePos(offset);
    error.linePos = [start, lineCounter.linePos(offset + 1)];
    // the first line the `yaml` package's pretty errors have; callers show only that line
    error.message += ` at line ${start.line}, column ${start.col}:`;
    doc.errors.push(error);
  }
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Every YAML document of a text, parsed with the `yaml` package, duplicate keys reported as errors of their
 * document. Use this (never `uniqueKeys: true`) for any text the portal did not write itself.
 *
 * @public
 */
export function parseYamlDocuments(
  text: string,
  options: ParseYamlOptions = {},
): Document.Parsed[] {
  const lineCounter = options.lineCounter ?? new LineCounter();
  const parsed = parseAllDocuments(text, {
    ...options,
    lineCounter,
    uniqueKeys: false,
  });
  const docs: Document.Parsed[] = Array.from(parsed);
  for (const doc of docs) addDuplicateKeyErrors(doc, lineCounter);
  return docs;
}

/**
 * The single YAML document of a text (as `parseDocument`), duplicate keys reported as in {@link parseYamlDocuments}.
 *
 * @public
 */
export function parseYamlDocument(
  text: string,
  options: ParseYamlOptions = {},
): Document.Parsed {
  const lineCounter = options.lineCounter ?? new LineCounter();
  const doc = parseDocument(text, {
    ...options,
    lineCounter,
    uniqueKeys: false,
  });
  addDuplicateKeyErrors(doc, lineCounter);
  return doc;
}
