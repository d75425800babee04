import { formatDuration } from './formatDuration';

/** Token lifetimes the backend grants (`tokens` of the model detail). */
export interface TokenTtlLimits {
  readonly minTtlSeconds: number;
  readonly defaultTtlSeconds: number;
  readonly maxTtlSeconds: number;
}

/** One entry of the TTL select. */
export interface TtlChoice {
  readonly seconds: number;
  readonly label: string;
}

/** Lifetimes people ask for: a quick test, a work session, a working day. */
const PRESET_TTL_SECONDS = [600, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600];

/**
 * The TTLs offered when minting a token: the presets within [min, max], plus the default and the maximum themselves
 * when they are not presets, so the select never offers what the backend would refuse or silently cap, and always
 * holds the default.
 */
export function ttlChoices(limits: TokenTtlLimits): TtlChoice[] {
  const min = limits.minTtlSeconds;
  const max = Math.max(limits.maxTtlSeconds, min);
  const seconds = new Set(
    PRESET_TTL_SECONDS.filter(value => value >= min && value <= max),
  );
  seconds.add(defaultTtlSeconds(limits));
  seconds.add(max);
  return [...seconds]
    .sort((a, b) => a - b)
    .map(value => ({ seconds: value, label: formatDuration(value) }));
}

/** The preselected TTL: the backend's default, kept within [min, max] (a misconfigured default must not be offered). */
export function defaultTtlSeconds(limits: TokenTtlLimits): number {
  const max = Math.max(limits.maxTtlSeconds, limits.minTtlSeconds);
  return Math.min(
    Math.max(limits.defaultTtlSeconds, limits.minTtlSeconds),
    max,
  );
}
