import type { Config } from '@backstage/config';
import {
  type ClusterProbeConfig,
  DEFAULT_CLUSTER_PROBE_CONFIG,
} from './clusterConfig';

/** Above this a probe no longer answers a "Probe now" click in a useful time. */
const MAX_TIMEOUT_MS = 60_000;
/** Probes are a diagnosis aid, not load generation. */
const MAX_CONCURRENCY = 64;

/**
 * Reads `<key>.probe` of one cluster: absent means {@link DEFAULT_CLUSTER_PROBE_CONFIG} (off).
 *
 * @throws Error naming the config key of the first bad value
 */
export function readClusterProbeConfig(
  cluster: Config,
  key: string,
): ClusterProbeConfig {
  const probe = cluster.getOptionalConfig('probe');
  if (!probe) return DEFAULT_CLUSTER_PROBE_CONFIG;
  const probeKey = `${key}.probe`;
  const unknown = probe
    .keys()
    .filter(
      k =>
        ![
          'enabled',
          'timeoutMs',
          'concurrency',
          'caData',
          'skipTLSVerify',
        ].includes(k),
    );
  if (unknown.length > 0) {
    throw new Error(
      `Invalid config at '${probeKey}': unknown key(s) ${unknown.join(
        ', ',
      )}; expected enabled, timeoutMs, concurrency, caData or skipTLSVerify`,
    );
  }
  const caData = probe.getOptionalString('caData')?.trim();
  if (caData === '') {
    throw new Error(
      `Invalid config at '${probeKey}.caData': the CA bundle is empty`,
    );
  }
  return {
    enabled:
      probe.getOptionalBoolean('enabled') ??
      DEFAULT_CLUSTER_PROBE_CONFIG.enabled,
    timeoutMs: readBoundedInteger(probe, 'timeoutMs', probeKey, MAX_TIMEOUT_MS),
    concurrency: readBoundedInteger(
      probe,
      'concurrency',
      probeKey,
      MAX_CONCURRENCY,
    ),
    ...(caData !== undefined && { caData }),
    skipTLSVerify:
      probe.getOptionalBoolean('skipTLSVerify') ??
      DEFAULT_CLUSTER_PROBE_CONFIG.skipTLSVerify,
  };
}

function readBoundedInteger(
  probe: Config,
  name: 'timeoutMs' | 'concurrency',
  probeKey: string,
  max: number,
): number {
  const value =
    probe.getOptionalNumber(name) ?? DEFAULT_CLUSTER_PROBE_CONFIG[name];
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `Invalid config at '${probeKey}.${name}': ${value} is not a whole number from 1 to ${max}`,
    );
  }
  return value;
}
