import type { Config } from '@backstage/config';
import {
  type ClusterMetricsAuthConfig,
  type ClusterMetricsConfig,
  DEFAULT_CLUSTER_METRICS_SETTINGS,
} from './clusterMetricsConfig';

const KEYS = [
  'type',
  'url',
  'auth',
  'namespaceTenancy',
  'caData',
  'skipTLSVerify',
  'timeoutMs',
  'concurrency',
];
/** A metrics card waits for the answer; longer than this is no answer. */
const MAX_TIMEOUT_MS = 60_000;
/** Bounds the load one portal puts on a cluster's Prometheus. */
const MAX_CONCURRENCY = 64;

/**
 * Reads `<key>.metrics` of one cluster; undefined when absent (metrics not configured).
 *
 * @throws Error naming the config key of the first bad value
 *
 * @public
 */
export function readClusterMetricsConfig(
  cluster: Config,
  key: string,
): ClusterMetricsConfig | undefined {
  const metrics = cluster.getOptionalConfig('metrics');
  if (!metrics) return undefined;
  const at = `${key}.metrics`;
  const unknown = metrics.keys().filter(k => !KEYS.includes(k));
  if (unknown.length > 0) {
    throw new Error(
      `Invalid config at '${at}': unknown key(s) ${unknown.join(
        ', ',
      )}; expected ${KEYS.join(', ')}`,
    );
  }
  const type = metrics.getString('type');
  if (type !== 'prometheus') {
    throw new Error(
      `Invalid config at '${at}.type': '${type}' is not supported; the only type is 'prometheus'`,
    );
  }
  const caData = metrics.getOptionalString('caData')?.trim();
  if (caData === '') {
    throw new Error(`Invalid config at '${at}.caData': the CA bundle is empty`);
  }
  const d = DEFAULT_CLUSTER_METRICS_SETTINGS;
  return {
    type,
    url: readUrl(metrics, at),
    auth: readAuth(metrics, at),
    namespaceTenancy:
      metrics.getOptionalBoolean('namespaceTenancy') ?? d.namespaceTenancy,
    ...(caData !== undefined && { caData }),
    skipTLSVerify:
      metrics.getOptionalBoolean('skipTLSVerify') ?? d.skipTLSVerify,
    timeoutMs: readBounded(metrics, 'timeoutMs', at, MAX_TIMEOUT_MS),
    concurrency: readBounded(metrics, 'concurrency', at, MAX_CONCURRENCY),
  };
}

function readUrl(metrics: Config, at: string): string {
  const url = metrics.getString('url').trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid config at '${at}.url': '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(
      `Invalid config at '${at}.url': the URL must use https or http, got '${parsed.protocol}'`,
    );
  }
  if (parsed.username || parsed.password || parsed.search) {
    // credentials or a query would end up in error messages
    throw new Error(
      `Invalid config at '${at}.url': the URL must not contain credentials or a query; use auth instead`,
    );
  }
  return url.replace(/\/+$/, '');
}

function readAuth(metrics: Config, at: string): ClusterMetricsAuthConfig {
  const auth = metrics.getOptionalConfig('auth');
  if (!auth) return { type: 'none' };
  const type = auth.getString('type');
  const unknown = auth.keys().filter(k => !['type', 'token'].includes(k));
  if (unknown.length > 0) {
    throw new Error(
      `Invalid config at '${at}.auth': unknown key(s) ${unknown.join(
        ', ',
      )}; expected type and token`,
    );
  }
  if (type === 'none') return { type };
  if (type !== 'serviceAccountToken') {
    throw new Error(
      `Invalid config at '${at}.auth.type': '${type}' is not supported; use serviceAccountToken or none`,
    );
  }
  const token = auth.getString('token').trim();
  if (token === '') {
    throw new Error(`Invalid config at '${at}.auth.token': the token is empty`);
  }
  return { type, token };
}

function readBounded(
  metrics: Config,
  name: 'timeoutMs' | 'concurrency',
  at: string,
  max: number,
): number {
  const value =
    metrics.getOptionalNumber(name) ?? DEFAULT_CLUSTER_METRICS_SETTINGS[name];
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `Invalid config at '${at}.${name}': ${value} is not a whole number from 1 to ${max}`,
    );
  }
  return value;
}
