import type { Config } from '@backstage/config';
import {
  DEFAULT_TOKEN_TTL_SECONDS,
  MIN_TOKEN_TTL_SECONDS,
} from '@llmd/plugin-llmd-common';

const MAX_TTL_KEY = 'llmd.tokens.maxTtlSeconds';

/**
 * Reads `llmd.tokens.maxTtlSeconds` (default 3600).
 *
 * @throws Error at start-up for values the TokenRequest API would reject, rather than failing every request later
 */
export function readMaxTokenTtlSeconds(config: Config): number {
  const value =
    config.getOptionalNumber(MAX_TTL_KEY) ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(value) || value < MIN_TOKEN_TTL_SECONDS) {
    throw new Error(
      `${MAX_TTL_KEY} must be an integer of at least ${MIN_TOKEN_TTL_SECONDS} (the TokenRequest API's minimum), got ${value}`,
    );
  }
  return value;
}

/** The lifetime to grant: the requested one (default 3600 s), capped by the configured maximum. */
export function grantedTokenTtlSeconds(
  requested: number | undefined,
  maxTtlSeconds: number,
): number {
  return Math.min(requested ?? DEFAULT_TOKEN_TTL_SECONDS, maxTtlSeconds);
}
