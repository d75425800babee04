import type { Config } from '@backstage/config';
import { ClusterCacheTuning, DEFAULT_CACHE_TUNING } from './clusterConfig';

/**
 * Reads `llmd.cache` (backoff and watch tuning), falling back to {@link DEFAULT_CACHE_TUNING}.
 *
 * @throws Error naming the config key of the first bad value
 */
export function readCacheTuning(config: Config): ClusterCacheTuning {
  const c = config.getOptionalConfig('llmd.cache');
  const tuning: ClusterCacheTuning = {
    backoffInitialMs:
      c?.getOptionalNumber('backoff.initialMs') ??
      DEFAULT_CACHE_TUNING.backoffInitialMs,
    backoffMaxMs:
      c?.getOptionalNumber('backoff.maxMs') ??
      DEFAULT_CACHE_TUNING.backoffMaxMs,
    pageSize: c?.getOptionalNumber('pageSize') ?? DEFAULT_CACHE_TUNING.pageSize,
    watchTimeoutSeconds:
      c?.getOptionalNumber('watchTimeoutSeconds') ??
      DEFAULT_CACHE_TUNING.watchTimeoutSeconds,
    requestTimeoutMs:
      c?.getOptionalNumber('requestTimeoutMs') ??
      DEFAULT_CACHE_TUNING.requestTimeoutMs,
  };
  const positive: Array<[keyof ClusterCacheTuning, string]> = [
    ['backoffInitialMs', 'llmd.cache.backoff.initialMs'],
    ['backoffMaxMs', 'llmd.cache.backoff.maxMs'],
    ['pageSize', 'llmd.cache.pageSize'],
    ['watchTimeoutSeconds', 'llmd.cache.watchTimeoutSeconds'],
    ['requestTimeoutMs', 'llmd.cache.requestTimeoutMs'],
  ];
  for (const [field, key] of positive) {
    if (!Number.isFinite(tuning[field]) || tuning[field] <= 0) {
      throw new Error(
        `Invalid config at '${key}': expected a positive number, got ${tuning[field]}`,
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
