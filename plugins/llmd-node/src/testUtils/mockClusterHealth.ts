import type { KindAccess } from '@llmd/plugin-llmd-common';
import {
  AUXILIARY_KINDS,
  type ClusterDefaults,
  type ClusterHealth,
  type CachedObject,
  type WatchedKind,
} from '@llmd/plugin-llmd-node';

/** The time every mocked sync and token expiry counts from. */
export const MOCK_NOW = Date.parse('2026-11-28T12:00:00.000Z');

const KINDS: readonly WatchedKind[] = [
  'LLMInferenceService',
  'LLMInferenceServiceConfig',
  'Gateway',
  'ConfigMap',
  ...AUXILIARY_KINDS,
];

/**
 * The health the cluster cache mock reports for a cluster: synced at {@link MOCK_NOW}, connected unless stale, every
 * auxiliary kind readable unless the cluster says otherwise.
 */
export function mockClusterHealth(
  cluster: {
    readonly name: string;
    readonly stale?: boolean;
    readonly defaults?: Partial<ClusterDefaults>;
    readonly kindAccess?: Readonly<Partial<Record<WatchedKind, KindAccess>>>;
  },
  objects: readonly CachedObject[],
): ClusterHealth {
  const stale = cluster.stale ?? false;
  return {
    name: cluster.name,
    connected: !stale,
    synced: true,
    stale,
    lastSync: new Date(MOCK_NOW).toISOString(),
    ...(stale && { lastError: 'connect ECONNREFUSED' }),
    objectCounts: Object.fromEntries(
      KINDS.map(kind => [
        kind,
        objects.filter(o => o.cluster === cluster.name && o.kind === kind)
          .length,
      ]),
    ) as Record<WatchedKind, number>,
    kindAccess: Object.fromEntries(
      AUXILIARY_KINDS.map(kind => [
        kind,
        cluster.kindAccess?.[kind] ?? { state: 'ok' },
      ]),
    ),
    defaults: {
      llmisvcApiVersion: 'v1alpha1',
      eppDialect: 'scheduler-v0.2',
      tokenAudience: 'https://kubernetes.default.svc',
      ...cluster.defaults,
    },
  };
}
