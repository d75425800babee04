import { stringify } from 'yaml';
import type { EppDialect } from './eppDialect';
import {
  listEppDialects,
  resolveEppDialect,
  type EppDialectId,
} from './eppDialects';
import { EppPresetNotExpressibleError } from './EppPresetNotExpressibleError';
import {
  missingTypes,
  pluginEntry,
  ref,
  singleProfileConfig,
  weightedRefs,
  type PresetBuild,
} from './eppPresetBuilders';
import { buildPrecisePrefixPreset } from './precisePrefixPreset';
import { buildPrefillDecodePreset } from './prefillDecodePreset';

/**
 * Ids of the EPP routing presets.
 *
 * @public
 */
export const EPP_PRESET_IDS = [
  'default',
  'prefill-decode',
  'kv-cache-aware',
  'precise-prefix',
] as const;

/**
 * An EPP routing preset id.
 *
 * @public
 */
export type EppPresetId = (typeof EPP_PRESET_IDS)[number];

/**
 * Options of {@link renderEppPreset}.
 *
 * @public
 */
export interface EppPresetOptions {
  /** prefill-decode: disaggregate when at least this many prompt tokens are uncached (0 = always). Default 500. */
  readonly prefillThreshold?: number;
  /** precise-prefix: the model server's KV-cache block size (vLLM `--block-size`). Default 16 (vLLM's default). */
  readonly kvBlockSize?: number;
  /** precise-prefix on router dialects: model name for the token producer. */
  readonly modelName?: string;
  /** precise-prefix on router dialects: URL of the model server the token producer asks to tokenize. */
  readonly modelServerUrl?: string;
}

/**
 * A preset rendered for one dialect.
 *
 * @public
 */
export interface EppPresetRendering {
  readonly preset: EppPresetId;
  readonly dialect: string;
  /** The config as plain data. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The config as YAML text. */
  readonly yaml: string;
}

const DEFAULT_PREFILL_THRESHOLD = 500;
const DEFAULT_KV_BLOCK_SIZE = 16;

// The guide's default: prefix cache 2, load 1, highest score wins.
function buildDefault(dialect: EppDialect): PresetBuild {
  return {
    config: singleProfileConfig(
      dialect,
      [
        'single-profile-handler',
        'prefix-cache-scorer',
        'load-aware-scorer',
        'max-score-picker',
      ].map(type => pluginEntry(type)),
      [
        ...weightedRefs(dialect, [
          ['prefix-cache-scorer', 2],
          ['load-aware-scorer', 1],
        ]),
        ref('max-score-picker'),
      ],
    ),
  };
}

/** The KV-cache utilization scorer under this version's name (`kv-cache-scorer` before GIE v1.0). */
function kvCacheScorerOf(dialect: EppDialect): string | undefined {
  return ['kv-cache-utilization-scorer', 'kv-cache-scorer'].find(type =>
    Object.hasOwn(dialect.plugins, type),
  );
}

// The guide's KV-cache-aware example: adds the KV-cache scorer at 1.5 (4 / 2 / 3 where weights are integers). On
// v0.2/v0.3 the scorer reads a metric current vLLM no longer exports; the config still loads and lint warns, naming
// the flag that fixes it in that version's spelling.
function buildKvCacheAware(dialect: EppDialect): PresetBuild {
  const kvScorer = kvCacheScorerOf(dialect);
  if (!kvScorer) return { notExpressible: 'it lacks a KV-cache scorer' };
  const missing = missingTypes(dialect, [
    'prefix-cache-scorer',
    'load-aware-scorer',
  ]);
  if (missing.length > 0)
    return { notExpressible: `it lacks ${missing.join(', ')}` };
  const types = [
    'single-profile-handler',
    'prefix-cache-scorer',
    'load-aware-scorer',
    kvScorer,
    'max-score-picker',
  ];
  return {
    config: singleProfileConfig(
      dialect,
      types.map(type => pluginEntry(type)),
      [
        ...weightedRefs(dialect, [
          ['prefix-cache-scorer', 2],
          ['load-aware-scorer', 1],
          [kvScorer, 1.5],
        ]),
        ref('max-score-picker'),
      ],
    ),
  };
}

function build(
  preset: EppPresetId,
  dialect: EppDialect,
  options: EppPresetOptions,
): PresetBuild {
  switch (preset) {
    case 'default':
      return buildDefault(dialect);
    case 'prefill-decode':
      return buildPrefillDecodePreset(
        dialect,
        options.prefillThreshold ?? DEFAULT_PREFILL_THRESHOLD,
      );
    case 'kv-cache-aware':
      return buildKvCacheAware(dialect);
    default:
      return buildPrecisePrefixPreset(dialect, {
        kvBlockSize: options.kvBlockSize ?? DEFAULT_KV_BLOCK_SIZE,
        modelName: options.modelName,
        modelServerUrl: options.modelServerUrl,
      });
  }
}

/**
 * Renders an EPP routing preset for a dialect, as data and as YAML (written by the yaml serializer).
 *
 * @throws EppPresetNotExpressibleError naming the dialect when the preset cannot be expressed in it
 *
 * @public
 */
export function renderEppPreset(
  preset: EppPresetId,
  dialect: EppDialectId | EppDialect,
  options: EppPresetOptions = {},
): EppPresetRendering {
  const resolved = resolveEppDialect(dialect);
  const result = build(preset, resolved, options);
  if ('notExpressible' in result) {
    throw new EppPresetNotExpressibleError(
      preset,
      resolved.id,
      result.notExpressible,
    );
  }
  return {
    preset,
    dialect: resolved.id,
    config: result.config,
    yaml: stringify(result.config),
  };
}

/** The dialects in which a preset can be expressed (with default options). */
export function eppPresetDialects(preset: EppPresetId): EppDialectId[] {
  return listEppDialects()
    .filter(dialect => !('notExpressible' in build(preset, dialect, {})))
    .map(dialect => dialect.id as EppDialectId);
}
