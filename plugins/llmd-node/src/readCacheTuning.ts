import type { Config } from '@backstage/config';
import { ClusterCacheTuning, DEFAULT_CACHE_TUNING } from './clusterConfig';

/** The key of every tuning field under `llmd.cache`; each must be a positive number. */
const CONFIG_KEYS: Record<keyof ClusterCacheTuning, string> = {
  backoffInitialMs: 'backoff.initialMs',
  backoffMaxMs: 'backoff.maxMs',
  pageSize: 'pageSize',
  watchTimeoutSeconds: 'watchTimeoutSeconds',
  requestTimeoutMs: 'requestTimeoutMs',
};
const FIELDS = Object.keys(CONFIG_KEYS) as Array<keyof ClusterCacheTuning>;

/**
 * Reads `llmd.cache` (backoff and watch tuning), falling back to {@link DEFAULT_CACHE_TUNING}.
 *
 * @throws Error naming the config key of the first bad value
 *
 * @public
 */
export function readCacheTuning(config: Config): ClusterCacheTuning {
  const c = config.getOptionalConfig('llmd.cache');
  const tuning: Record<keyof ClusterCacheTuning, number> = {
    ...DEFAULT_CACHE_TUNING,
  };
  for (const field of FIELDS) {
    tuning[field] =
      c?.getOptionalNumber(CONFIG_KEYS[field]) ?? DEFAULT_CACHE_TUNING[field];
  }
  for (const field of FIELDS) {
    if (!Number.isFinite(tuning[field]) || tuning[field] <= 0) {
      throw new Error(
        `Invalid config at 'llmd.cache.${CONFIG_KEYS[field]}': expected a positive number, got ${tuning[field]}`,
      );
    }
  }
  if (tuning.backoffMaxMs < tuning.backoffInitialMs) {
    throw new Error(
      `Invalid config at 'llmd.cache.backoff.maxMs': must not be below llmd.cache.backoff.initialMs`,
    );
  }
  if (!Number.isInteger(tuning.pageSize)) {
    throw new Error(
      `Invalid config at 'llmd.cache.pageSize': expected an integer, got ${tuning.pageSize}`,
    );
  }
  return tuning;
}
