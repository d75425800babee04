import { stringify } from 'yaml';
import {
  CONFIG_FILE_FLAGS,
  CONFIG_TEXT_FLAGS,
  flagValue,
  mainSchedulerContainer,
} from '../epp/llmInferenceServiceScheduler';
import type { EppConfigMechanism } from '../api';
import { objectsAt, stringAt, valueAt } from '../kube/kubeObject';

/** The ConfigMap key the controller reads when `scheduler.config.ref` names no key. */
const DEFAULT_SCHEDULER_CONFIG_KEY = 'epp';

/**
 * What one spec layer (the model, a base config, a preset) says about the EndpointPickerConfig.
 *
 * @public
 */
export type EppConfigLayer =
  | {
      readonly mechanism: Extract<
        EppConfigMechanism,
        'config-text-arg' | 'inline'
      >;
      readonly text: string;
    }
  | {
      readonly mechanism: Extract<EppConfigMechanism, 'configmap-ref'>;
      readonly configMap: { readonly name: string; readonly key: string };
    }
  | {
      readonly mechanism: Extract<EppConfigMechanism, 'config-file-arg'>;
      readonly path: string;
      /** Set when the file is a key of a ConfigMap volume mounted by container `main`. */
      readonly configMap?: { readonly name: string; readonly key: string };
    }
  /** The layer sets the scheduler arguments without a config, so the EPP runs its built-in default. */
  | { readonly mechanism: 'none' };

/**
 * The ConfigMap key `spec.router.scheduler.config.ref` names (KServe ≥ 0.17; the ConfigMap is in the object's own
 * namespace), the key defaulting to the one the controller reads; undefined without a named ref.
 *
 * @public
 */
export function schedulerConfigRef(
  layer: unknown,
): { name: string; key: string } | undefined {
  const ref = valueAt(layer, 'spec', 'router', 'scheduler', 'config', 'ref');
  const name = stringAt(ref, 'name');
  if (!name) return undefined;
  return { name, key: stringAt(ref, 'key') || DEFAULT_SCHEDULER_CONFIG_KEY };
}

// An inline config given as a mapping is written out as YAML for the linter; list views read every model's layer on
// every request, so the text is kept per (cached, immutable) mapping, and stays the same string for the memos below.
const inlineTexts = new WeakMap<object, string>();

function inlineText(inline: object): string {
  let text = inlineTexts.get(inline);
  if (text === undefined) {
    text = stringify(inline);
    inlineTexts.set(inline, text);
  }
  return text;
}

/** The image the layer sets on scheduler container `main`, if any. */
export function schedulerImageOf(layer: unknown): string | undefined {
  return stringAt(mainSchedulerContainer(layer), 'image');
}

/**
 * Maps a file of container `main` to a ConfigMap key when the file lies in a plain ConfigMap volume (whole map, a
 * `subPath` or `items`); undefined for anything else (projected volumes, nested paths, ...).
 */
function configMapKeyOfFile(
  layer: unknown,
  main: Record<string, unknown>,
  file: string,
): { name: string; key: string } | undefined {
  const volumes = objectsAt(
    layer,
    'spec',
    'router',
    'scheduler',
    'template',
    'volumes',
  );
  for (const mount of objectsAt(main, 'volumeMounts')) {
    const mountPath = stringAt(mount, 'mountPath')?.replace(/\/+$/, '');
    const volume = volumes.find(v => v.name === mount.name);
    const name = stringAt(volume, 'configMap', 'name');
    if (!mountPath || !name) continue;
    const subPath = stringAt(mount, 'subPath');
    let relative: string | undefined;
    if (subPath) relative = file === mountPath ? subPath : undefined;
    else if (file.startsWith(`${mountPath}/`))
      relative = file.slice(mountPath.length + 1);
    if (!relative) continue;
    const items = objectsAt(volume, 'configMap', 'items');
    if (items.length > 0) {
      const key = stringAt(
        items.find(i => i.path === relative),
        'key',
      );
      return key ? { name, key } : undefined;
    }
    return relative.includes('/') ? undefined : { name, key: relative };
  }
  return undefined;
}

/**
 * Reads what a spec layer (an LLMInferenceService or an LLMInferenceServiceConfig) sets for the EPP config, in the
 * order the EPP toolkit reads it (`--config-text` and `--config-file` of scheduler container `main`, then
 * `scheduler.config.inline`, then `scheduler.config.ref`). Undefined when the layer leaves it to lower layers; a layer
 * that sets `main`'s arguments without a config still decides, because strategic merge replaces argument lists.
 *
 * @public
 */
export function readEppConfigLayer(layer: unknown): EppConfigLayer | undefined {
  const main = mainSchedulerContainer(layer);
  const args = Array.isArray(main?.args)
    ? main!.args.filter((a): a is string => typeof a === 'string')
    : undefined;
  const text = flagValue(args ?? [], CONFIG_TEXT_FLAGS);
  if (typeof text === 'string') return { mechanism: 'config-text-arg', text };
  const file = flagValue(args ?? [], CONFIG_FILE_FLAGS);
  if (typeof file === 'string') {
    const configMap = configMapKeyOfFile(layer, main!, file);
    return {
      mechanism: 'config-file-arg',
      path: file,
      ...(configMap && { configMap }),
    };
  }
  const config = valueAt(layer, 'spec', 'router', 'scheduler', 'config');
  const inline = valueAt(config, 'inline');
  if (typeof inline === 'string') return { mechanism: 'inline', text: inline };
  if (typeof inline === 'object' && inline !== null) {
    return { mechanism: 'inline', text: inlineText(inline) };
  }
  const configMap = schedulerConfigRef(layer);
  if (configMap) return { mechanism: 'configmap-ref', configMap };
  return args ? { mechanism: 'none' } : undefined;
}
