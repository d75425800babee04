import { parseAllDocuments } from 'yaml';
import {
  DEFAULT_EPP_DIALECT,
  findEmbeddedEppConfigs,
  lintEndpointPickerConfig,
  type EndpointPickerConfigLintResult,
  type EppDialectId,
} from '@llmd/plugin-llmd-common';
import { CliUsageError } from '../CliUsageError';

/** One linted config of a file: the file itself, or a config embedded in one of its objects. */
export interface EppLintTarget {
  readonly file: string;
  /** Set for a config found inside a Kubernetes object (positions then count within that config). */
  readonly source?: string;
  readonly result: EndpointPickerConfigLintResult;
}

/** Why the CLI prefers the default dialect when none is given (the scheduler OpenShift AI 3.x configures). */
const PREFERRED = {
  dialect: DEFAULT_EPP_DIALECT,
  why: 'the default dialect, the scheduler OpenShift AI 3.x configures',
} as const;

/** The kinds of the file's documents, or undefined when it does not parse as YAML mappings with a kind. */
function objectsOf(text: string): unknown[] | undefined {
  try {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs) || docs.some(d => d.errors.length > 0)) {
      return undefined;
    }
    return docs.map(d => d.toJS({ maxAliasCount: 100 }) as unknown);
  } catch {
    return undefined;
  }
}

function kindOf(doc: unknown): string | undefined {
  return typeof doc === 'object' && doc !== null && 'kind' in doc
    ? String((doc as { kind: unknown }).kind)
    : undefined;
}

/**
 * Lints one file: an EndpointPickerConfig as it is, or the configs that the LLMInferenceServices, EPP Deployments and
 * ConfigMaps in it carry, each with the deployment checks. A file of other Kubernetes objects is a usage error that
 * points at `llmd lint manifests`. `notes` receives what the user should know (dialect choices, objects without a
 * config).
 */
export function lintEppFile(
  file: string,
  text: string,
  dialect: EppDialectId | undefined,
  notes: (text: string) => void,
): EppLintTarget[] {
  const objects = objectsOf(text);
  const kinds = objects?.map(kindOf) ?? [];
  if (
    !objects ||
    kinds[0] === undefined ||
    kinds[0] === 'EndpointPickerConfig'
  ) {
    const result = lintEndpointPickerConfig(text, {
      dialect,
      preferredDialect: PREFERRED,
    });
    if (result.detection) {
      notes(
        `${file}: assuming dialect ${result.detection.dialect} (${result.detection.reason}); pass --dialect to choose\n`,
      );
    }
    return [{ file, result }];
  }
  const found = findEmbeddedEppConfigs(objects);
  for (const note of found.notes) notes(`${file}: ${note}\n`);
  if (found.configs.length === 0 && found.notes.length === 0) {
    throw new CliUsageError(
      `${file} holds ${[...new Set(found.otherKinds)].join(
        ', ',
      )}, no EndpointPickerConfig and no object that carries one; check Kubernetes manifests with \`llmd lint manifests\``,
    );
  }
  return found.configs.map(config => {
    const chosen = dialect ?? config.schedulerDialect?.dialect;
    if (!dialect && config.schedulerDialect) {
      notes(
        `${file} (${config.source}): dialect ${config.schedulerDialect.dialect} (${config.schedulerDialect.reason}); pass --dialect to choose\n`,
      );
    }
    const result = lintEndpointPickerConfig(config.text, {
      dialect: chosen,
      preferredDialect: PREFERRED,
      ...(config.llmInferenceService !== undefined && {
        deployment: { llmInferenceService: config.llmInferenceService },
      }),
    });
    if (result.detection) {
      notes(
        `${file} (${config.source}): assuming dialect ${result.detection.dialect} (${result.detection.reason}); pass --dialect to choose\n`,
      );
    }
    return { file, source: config.source, result };
  });
}
