import type {
  EppConfigObjectRef,
  EppConfigSource,
  ModelEppConfig,
} from '../api';
import { ownValue } from '../kube/ownValue';
import { analyzeEppConfig, type EppConfigAnalysis } from './analyzeEppConfig';
import { builtInEppConfig } from './builtInEppConfig';
import {
  CONTROLLER_NAMESPACES,
  SCHEDULER_TEMPLATE_CONFIG,
} from './detectSchedulerEppDialect';
import {
  type EppConfigLayer,
  readEppConfigLayer,
  schedulerImageOf,
} from './eppConfigLayer';
import {
  type KubeObjectLike,
  objectsAt,
  stringAt,
  valueAt,
} from '../kube/kubeObject';

// the controller's well-known scheduler preset and the namespaces its configs live in, shared with the detection
const SCHEDULER_PRESET_CONFIG = SCHEDULER_TEMPLATE_CONFIG;
const KSERVE_SYSTEM_NAMESPACES = CONTROLLER_NAMESPACES;

/**
 * Read access to the objects the resolution needs (the caller's cache of one cluster).
 *
 * @public
 */
export interface EppConfigLookup {
  llmInferenceServiceConfig(
    namespace: string,
    name: string,
  ): KubeObjectLike | undefined;
  configMap(namespace: string, name: string): KubeObjectLike | undefined;
}

/**
 * Options of {@link resolveModelEppConfig}.
 *
 * @public
 */
export interface ResolveModelEppConfigOptions {
  readonly lookup: EppConfigLookup;
  /** Where the controller's configs live; `KSERVE_SYSTEM_NAMESPACES` when absent. */
  readonly systemNamespaces?: readonly string[];
  /** The cluster's EPP dialect id. */
  readonly clusterDialect?: string;
  /**
   * `clusterDialect` is what the model's scheduler was seen to run (its image tag or flags), so it wins even when the
   * model brings its own scheduler image; otherwise such a model's dialect is detected from the config text.
   */
  readonly schedulerDialectKnown?: boolean;
}

/** A spec layer in merge order, highest precedence first. */
interface Layer {
  readonly role: 'own' | 'base-ref' | 'preset';
  readonly object: KubeObjectLike;
}

function refOf(object: KubeObjectLike, namespace: string): EppConfigObjectRef {
  return {
    kind:
      object.kind === 'LLMInferenceServiceConfig'
        ? 'LLMInferenceServiceConfig'
        : 'LLMInferenceService',
    namespace: object.metadata.namespace ?? namespace,
    name: object.metadata.name,
  };
}

/**
 * The layers the controller merges, highest precedence first: the model itself, its `spec.baseRefs` from last to
 * first (later refs override earlier ones), then the scheduler presets: those `status.appliedConfigs` lists
 * (v1alpha2), else {@link SCHEDULER_PRESET_CONFIG}. Configs are looked up in the model's namespace, then the system
 * namespaces, as the controller does.
 */
function mergeLayers(
  llmisvc: KubeObjectLike,
  options: ResolveModelEppConfigOptions,
  notes: string[],
): Layer[] {
  const namespace = llmisvc.metadata.namespace ?? '';
  const namespaces = [
    namespace,
    ...(options.systemNamespaces ?? KSERVE_SYSTEM_NAMESPACES),
  ];
  const findConfig = (name: string, where = namespaces) =>
    where
      .map(ns => options.lookup.llmInferenceServiceConfig(ns, name))
      .find(Boolean);
  const layers: Layer[] = [{ role: 'own', object: llmisvc }];
  const lastFirst = objectsAt(llmisvc, 'spec', 'baseRefs')
    .flatMap(r => stringAt(r, 'name') ?? [])
    .reverse();
  for (const name of lastFirst) {
    const object = findConfig(name);
    if (object) layers.push({ role: 'base-ref', object });
    else notes.push(`Base config ${name} is not in the cache.`);
  }
  const applied = objectsAt(llmisvc, 'status', 'appliedConfigs').filter(
    c => c.source === 'Preset',
  );
  const presets = applied.length
    ? applied.reverse().map(c => {
        const name = stringAt(c, 'name') ?? '';
        const ns = stringAt(c, 'namespace');
        return findConfig(name, ns ? [ns] : namespaces);
      })
    : [findConfig(SCHEDULER_PRESET_CONFIG)];
  for (const object of presets) {
    if (object) layers.push({ role: 'preset', object });
  }
  return layers;
}

function sourceOf(role: Layer['role'], layer: EppConfigLayer): EppConfigSource {
  if (role === 'base-ref') return 'base-ref';
  if (role === 'preset' || layer.mechanism === 'none') {
    return 'controller-default';
  }
  return layer.mechanism;
}

/** The text a deciding layer provides, the ConfigMap key it came from and why it is missing. */
interface LayerText {
  readonly text?: string;
  readonly configMap?: ModelEppConfig['configMap'];
  readonly note?: string;
}

/** Reads a ConfigMap key from the first namespace that has the map. */
function configMapText(
  lookup: EppConfigLookup,
  namespaces: readonly string[],
  ref: { readonly name: string; readonly key: string },
): LayerText {
  const found = namespaces
    .map(namespace => ({
      namespace,
      object: lookup.configMap(namespace, ref.name),
    }))
    .find(c => c.object);
  const namespace = found?.namespace ?? namespaces[0];
  const configMap = { namespace, ...ref };
  if (!found) {
    return {
      configMap,
      note: `ConfigMap ${namespace}/${ref.name} is not in the cache.`,
    };
  }
  // an own string only: a key named `constructor` must not find Object.prototype's
  const text = ownValue(found.object!.data, ref.key);
  return typeof text !== 'string'
    ? {
        configMap,
        note: `ConfigMap ${namespace}/${ref.name} has no key ${ref.key}.`,
      }
    : { configMap, text };
}

function readLayerText(
  layer: EppConfigLayer,
  origin: EppConfigObjectRef,
  namespace: string,
  options: ResolveModelEppConfigOptions,
): LayerText {
  switch (layer.mechanism) {
    case 'none':
      return {
        note: `The scheduler arguments of ${origin.kind} ${origin.name} pass no --config-text or --config-file, so the EPP starts with its built-in default configuration.`,
      };
    case 'config-text-arg':
    case 'inline':
      return { text: layer.text };
    case 'config-file-arg':
      // the pod runs in the model's namespace, so its volumes do too
      return layer.configMap
        ? configMapText(options.lookup, [namespace], layer.configMap)
        : {
            note: `--config-file ${layer.path} is not a key of a ConfigMap volume of scheduler container main, so its text cannot be shown.`,
          };
    default:
      // the controller falls back to its system namespace only for its own config-scheduler-* maps
      return configMapText(
        options.lookup,
        layer.configMap.name.startsWith('config-scheduler-')
          ? [
              namespace,
              ...(options.systemNamespaces ?? KSERVE_SYSTEM_NAMESPACES),
            ]
          : [namespace],
        layer.configMap,
      );
  }
}

/** What resolving one model shares between its steps. */
interface Resolution {
  readonly namespace: string;
  readonly options: ResolveModelEppConfigOptions;
  /** Notes collected on the way (unreadable layers), joined into the result's `note`. */
  readonly notes: string[];
  readonly analyze: (text?: string) => EppConfigAnalysis;
}

/** The config of the first layer that says something about the EPP config. */
function configOfLayer(
  { role, object }: Layer,
  layer: EppConfigLayer,
  resolution: Resolution,
): ModelEppConfig {
  const { namespace, options, notes } = resolution;
  const origin = refOf(object, namespace);
  const read = readLayerText(layer, origin, namespace, options);
  if (read.note) notes.push(read.note);
  const analysis = resolution.analyze(read.text);
  const builtIn =
    layer.mechanism === 'none' ? builtInEppConfig(analysis.dialect) : undefined;
  return {
    source: sourceOf(role, layer),
    ...(layer.mechanism !== 'none' && { mechanism: layer.mechanism }),
    origin,
    ...(read.configMap && { configMap: read.configMap }),
    ...(notes.length > 0 && { note: notes.join(' ') }),
    ...(read.text !== undefined && { text: read.text }),
    ...analysis,
    ...(builtIn && { builtIn }),
  };
}

/** No layer sets an EPP config: the EPP runs its built-in default. */
function builtInDefaultConfig(
  layers: readonly Layer[],
  resolution: Resolution,
): ModelEppConfig {
  const { notes } = resolution;
  notes.push(
    layers.some(l => l.role === 'preset')
      ? 'Neither the model nor its configs set an EPP configuration: the EPP runs its built-in default.'
      : `Neither the model nor its configs set an EPP configuration, and the controller's preset ${SCHEDULER_PRESET_CONFIG} is not in the cache: the EPP presumably runs its built-in default.`,
  );
  const analysis = resolution.analyze();
  const builtIn = builtInEppConfig(analysis.dialect);
  return {
    source: 'controller-default',
    note: notes.join(' '),
    ...analysis,
    ...(builtIn && { builtIn }),
  };
}

/**
 * Finds the EndpointPickerConfig a model's EPP runs with, the way the KServe controller merges it (see
 * {@link readEppConfigLayer} for what a layer sets), and lints and describes it. Reads only the given lookup.
 *
 * @public
 */
export function resolveModelEppConfig(
  llmisvc: KubeObjectLike,
  options: ResolveModelEppConfigOptions,
): ModelEppConfig {
  const namespace = llmisvc.metadata.namespace ?? '';
  const notes: string[] = [];
  const layers = mergeLayers(llmisvc, options, notes);
  const ownSchedulerImage =
    !options.schedulerDialectKnown &&
    layers.some(
      l => l.role !== 'preset' && schedulerImageOf(l.object) !== undefined,
    );
  const analyze = (text?: string) =>
    analyzeEppConfig(text, {
      clusterDialect: options.clusterDialect,
      ownSchedulerImage,
      llmInferenceService: llmisvc,
    });
  // as in the controller, which only adds its scheduler preset when the model or a base ref asks for a scheduler
  const hasScheduler = layers.some(
    l =>
      l.role !== 'preset' &&
      valueAt(l.object, 'spec', 'router', 'scheduler') !== undefined,
  );
  if (!hasScheduler) {
    return {
      source: 'controller-default',
      note: 'The model has no scheduler (spec.router.scheduler), so no EPP routes its requests.',
      ...analyze(),
    };
  }
  const resolution = { namespace, options, notes, analyze };
  for (const entry of layers) {
    const layer = readEppConfigLayer(entry.object);
    if (layer) return configOfLayer(entry, layer, resolution);
  }
  return builtInDefaultConfig(layers, resolution);
}
