import type { EppDialectId } from '../epp/eppDialects';
import {
  CONFIG_TEXT_FLAGS,
  flagValue,
} from '../epp/llmInferenceServiceScheduler';
import { isPlainObject } from '../kube/isPlainObject';
import {
  objectsAt,
  stringAt,
  valueAt,
  type KubeObjectLike,
} from '../kube/kubeObject';
import { detectSchedulerObjectDialect } from './detectSchedulerObjectDialect';
import { readEppConfigLayer } from './eppConfigLayer';

/**
 * An EndpointPickerConfig found inside a Kubernetes object.
 *
 * @public
 */
export interface EmbeddedEppConfig {
  /** Which object and field holds it, e.g. `LLMInferenceService team-a/granite-8b, spec.router.scheduler.config.inline`. */
  readonly source: string;
  readonly text: string;
  /** The LLMInferenceService (or LLMInferenceServiceConfig) that deploys it, for the deployment checks. */
  readonly llmInferenceService?: unknown;
  /** The EPP version the object's scheduler image names, and how that was read. */
  readonly schedulerDialect?: {
    readonly dialect: EppDialectId;
    readonly reason: string;
  };
}

/**
 * What {@link findEmbeddedEppConfigs} found in a file's documents.
 *
 * @public
 */
export interface EmbeddedEppConfigs {
  readonly configs: readonly EmbeddedEppConfig[];
  /** Objects of the kinds that carry EPP configs but hold none here, and why (shown to the user). */
  readonly notes: readonly string[];
  /** Kinds of the objects that carry no EPP config at all (`Gateway`, `HTTPRoute`, …). */
  readonly otherKinds: readonly string[];
}

/** Where each mechanism keeps the text, as users write it. */
const MECHANISM_FIELDS: Readonly<Record<string, string>> = {
  'config-text-arg': 'scheduler container main --config-text',
  inline: 'spec.router.scheduler.config.inline',
};

const LLMISVC_KINDS = ['LLMInferenceService', 'LLMInferenceServiceConfig'];

function nameOf(doc: Record<string, unknown>): string {
  const ns = stringAt(doc, 'metadata', 'namespace');
  return `${doc.kind} ${ns ? `${ns}/` : ''}${
    stringAt(doc, 'metadata', 'name') ?? '(unnamed)'
  }`;
}

function schedulerDialectOf(doc: Record<string, unknown>) {
  if (!isPlainObject(doc.metadata)) return undefined;
  const found = detectSchedulerObjectDialect(doc as unknown as KubeObjectLike);
  // flag spellings only bound the version from below; only an image tag names it
  if (found.source !== 'image-tag') return undefined;
  return { dialect: found.id as EppDialectId, reason: found.summary };
}

function configMapKeyText(
  docs: readonly Record<string, unknown>[],
  ref: { name: string; key: string },
): string | undefined {
  const map = docs.find(
    d => d.kind === 'ConfigMap' && stringAt(d, 'metadata', 'name') === ref.name,
  );
  return stringAt(map, 'data', ref.key);
}

/** The config of an LLMInferenceService(Config), also through a ConfigMap of the same file. */
function fromLlmisvc(
  doc: Record<string, unknown>,
  docs: readonly Record<string, unknown>[],
  used: Set<string>,
): EmbeddedEppConfig | string {
  const layer = readEppConfigLayer(doc);
  const base = {
    llmInferenceService: doc,
    ...(schedulerDialectOf(doc) && {
      schedulerDialect: schedulerDialectOf(doc),
    }),
  };
  if (layer && 'text' in layer) {
    return {
      source: `${nameOf(doc)}, ${MECHANISM_FIELDS[layer.mechanism]}`,
      text: layer.text,
      ...base,
    };
  }
  const ref = layer && 'configMap' in layer ? layer.configMap : undefined;
  if (ref) {
    const text = configMapKeyText(docs, ref);
    if (text === undefined) {
      return `${nameOf(doc)}: its EPP config is key ${ref.key} of ConfigMap ${
        ref.name
      }, which is not in this file`;
    }
    used.add(`${ref.name}/${ref.key}`);
    return {
      source: `${nameOf(doc)}, ConfigMap ${ref.name} key ${ref.key}`,
      text,
      ...base,
    };
  }
  return `${nameOf(
    doc,
  )}: sets no EPP config of its own (the scheduler runs the config of the controller's LLMInferenceServiceConfig, or its built-in default)`;
}

function fromDeployment(
  doc: Record<string, unknown>,
): EmbeddedEppConfig | string {
  const containers = objectsAt(doc, 'spec', 'template', 'spec', 'containers');
  for (const container of containers) {
    const args = Array.isArray(container.args) ? container.args : [];
    const text = flagValue(args as string[], CONFIG_TEXT_FLAGS);
    if (typeof text === 'string') {
      const dialect = schedulerDialectOf(doc);
      return {
        source: `${nameOf(doc)}, container ${String(
          container.name,
        )} --config-text`,
        text,
        ...(dialect && { schedulerDialect: dialect }),
      };
    }
  }
  return `${nameOf(doc)}: no container passes --config-text`;
}

function fromConfigMap(
  doc: Record<string, unknown>,
  used: ReadonlySet<string>,
): EmbeddedEppConfig[] {
  const data = valueAt(doc, 'data');
  if (!isPlainObject(data)) return [];
  const name = stringAt(doc, 'metadata', 'name');
  return Object.entries(data).flatMap(([key, value]) =>
    typeof value === 'string' &&
    /^kind:\s*EndpointPickerConfig\s*$/m.test(value) &&
    !used.has(`${name}/${key}`)
      ? [{ source: `${nameOf(doc)}, key ${key}`, text: value }]
      : [],
  );
}

/**
 * Finds the EndpointPickerConfigs that Kubernetes objects carry: an LLMInferenceService or LLMInferenceServiceConfig
 * (`--config-text`, `scheduler.config.inline`, or a ConfigMap of the same file it references), an EPP Deployment
 * (`--config-text`) and ConfigMap keys holding a config. Each comes with the deploying object and the EPP version its
 * scheduler image names, so the linter can check the config against both.
 *
 * @public
 */
export function findEmbeddedEppConfigs(
  documents: readonly unknown[],
): EmbeddedEppConfigs {
  const docs = documents.filter(isPlainObject);
  const configs: EmbeddedEppConfig[] = [];
  const notes: string[] = [];
  const otherKinds: string[] = [];
  const used = new Set<string>();
  const add = (found: EmbeddedEppConfig | string) =>
    typeof found === 'string' ? notes.push(found) : configs.push(found);
  for (const doc of docs) {
    if (LLMISVC_KINDS.includes(String(doc.kind)))
      add(fromLlmisvc(doc, docs, used));
    else if (doc.kind === 'Deployment') add(fromDeployment(doc));
  }
  for (const doc of docs) {
    if (doc.kind === 'ConfigMap') {
      const found = fromConfigMap(doc, used);
      configs.push(...found);
      if (
        found.length === 0 &&
        ![...used].some(u =>
          u.startsWith(`${stringAt(doc, 'metadata', 'name')}/`),
        )
      ) {
        notes.push(`${nameOf(doc)}: no key holds an EndpointPickerConfig`);
      }
    } else if (
      !LLMISVC_KINDS.includes(String(doc.kind)) &&
      doc.kind !== 'Deployment'
    ) {
      otherKinds.push(String(doc.kind ?? '(no kind)'));
    }
  }
  return { configs, notes, otherKinds };
}
