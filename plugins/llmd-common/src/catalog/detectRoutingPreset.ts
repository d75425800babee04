import type { ModelEppConfig } from '../api';
import {
  exceedsUtf8Bytes,
  MAX_CLUSTER_EPP_CONFIG_BYTES,
} from '../epp/eppConfigTooLarge';
import { parseEndpointPickerConfig } from '../epp/parseEndpointPickerConfig';
import type { ModelRoutingPreset } from '../render/model/modelRoutingInput';

/** Profile handlers that split requests into prefill and decode. */
const DISAGGREGATING_HANDLERS = [
  'pd-profile-handler',
  'disagg-profile-handler',
];

/** Plugins only the precise-prefix preset uses (monolithic scorer, or the producer of the split pipeline). */
const PRECISE_PREFIX_PLUGINS = [
  'precise-prefix-cache-scorer',
  'precise-prefix-cache-producer',
];

/** The plugin the kv-cache-aware preset adds to the default one (`kv-cache-scorer` is its scheduler-v0.2 name). */
const KV_CACHE_SCORERS = ['kv-cache-utilization-scorer', 'kv-cache-scorer'];

/** Every plugin of the default preset; a config using only these routes like it. */
const DEFAULT_PRESET_PLUGINS = [
  'single-profile-handler',
  'prefix-cache-scorer',
  'load-aware-scorer',
  'max-score-picker',
];

function presetOfUncached(text: string): ModelRoutingPreset {
  // a config this large is refused by the linter unparsed; parsing it here would undo the cap
  if (exceedsUtf8Bytes(text, MAX_CLUSTER_EPP_CONFIG_BYTES)) return 'custom';
  const config = parseEndpointPickerConfig(text).config;
  if (!config || config.plugins.length === 0) return 'custom';
  const types = new Set(config.plugins.map(p => p.type));
  const hasAny = (candidates: readonly string[]) =>
    candidates.some(type => types.has(type));
  if (hasAny(DISAGGREGATING_HANDLERS)) return 'prefill-decode';
  if (hasAny(PRECISE_PREFIX_PLUGINS)) return 'precise-prefix';
  if (hasAny(KV_CACHE_SCORERS)) return 'kv-cache-aware';
  if ([...types].every(type => DEFAULT_PRESET_PLUGINS.includes(type))) {
    return 'default';
  }
  return 'custom';
}

// The model list and the catalog ask for every model's preset on every request or refresh; the texts are those of
// the cached objects (same strings each time, so a Map hashes each once). Bounded: oldest first out.
const REMEMBERED_PRESETS = 1000;
const presetsByText = new Map<string, ModelRoutingPreset>();

/**
 * Which of the portal's routing presets an EndpointPickerConfig corresponds to, by the plugin types it declares
 * (names and weights may differ): a prefill/decode profile handler means `prefill-decode`, a precise prefix-cache
 * plugin `precise-prefix`, the KV-cache utilization scorer `kv-cache-aware`, nothing beyond the default preset's
 * plugins `default`; anything else — and text that does not parse — is `custom`.
 */
export function detectRoutingPresetOfConfig(text: string): ModelRoutingPreset {
  const known = presetsByText.get(text);
  if (known) return known;
  const preset = presetOfUncached(text);
  if (presetsByText.size >= REMEMBERED_PRESETS) {
    presetsByText.delete(presetsByText.keys().next().value!);
  }
  presetsByText.set(text, preset);
  return preset;
}

/**
 * The routing preset of a model from its resolved EPP config: `default` when the controller's default applies and
 * sets no text, else `detectRoutingPresetOfConfig` of the text; undefined when the text could not be read
 * (e.g. its ConfigMap is not cached), since guessing would put a wrong tag on the entity.
 *
 * @public
 */
export function detectRoutingPreset(
  epp: Pick<ModelEppConfig, 'source' | 'text'>,
): ModelRoutingPreset | undefined {
  if (epp.text !== undefined) return detectRoutingPresetOfConfig(epp.text);
  return epp.source === 'controller-default' ? 'default' : undefined;
}
