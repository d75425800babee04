import type { ModelSummary } from '@llmd/plugin-llmd-common';
import { fleetRow, sortByMetric } from './fleetRows';

const summary = (overrides: Partial<ModelSummary>): ModelSummary => ({
  cluster: 'prod',
  namespace: 'team-a',
  name: 'granite-8b',
  entityRef: 'component:team-a/granite-8b',
  displayName: 'Granite 8B',
  modelName: 'ibm-granite/granite-3.3-8b-instruct',
  ready: true,
  replicas: { decode: 2 },
  authEnabled: true,
  endpoints: [],
  stale: false,
  gpus: 2,
  routingPreset: 'default',
  ...overrides,
});

describe('fleetRow', () => {
  it('makes one row per model and cluster, counting lint and policy findings', () => {
    expect(
      fleetRow(
        summary({
          cluster: 'staging',
          ready: false,
          stale: true,
          replicas: { decode: 1, prefill: 2 },
          eppLint: { errors: 1, warnings: 2 },
          findings: { deny: 1, warn: 0 },
        }),
      ),
    ).toEqual(
      expect.objectContaining({
        id: 'staging/component:team-a/granite-8b',
        entityRef: 'component:team-a/granite-8b',
        cluster: 'staging',
        stale: true,
        ready: false,
        pd: true,
        auth: true,
        gpus: 2,
        lintErrors: 1,
        lintWarnings: 2,
        policyDeny: 1,
        policyWarn: 0,
        findings: 4,
      }),
    );
  });

  it('says what it does not know instead of guessing', () => {
    const row = fleetRow(
      summary({ gpus: undefined, routingPreset: undefined }),
    );
    expect(row.gpus).toBeUndefined();
    expect(row.routingPreset).toBeUndefined();
    expect(row.policyDeny).toBeUndefined();
    expect(row.reachability).toBeUndefined();
  });

  it('names the first broken reachability step', () => {
    expect(
      fleetRow(
        summary({
          reachability: {
            verdict: 'degraded',
            step: 'workload',
            message: '1 of 2 replicas ready.',
          },
        }),
      ),
    ).toEqual(
      expect.objectContaining({
        reachability: 'degraded',
        reachabilityNote: 'Workloads — 1 of 2 replicas ready.',
      }),
    );
    const open = fleetRow(summary({ reachability: { verdict: 'reachable' } }));
    expect(open.reachabilityNote).toBeUndefined();
  });
});

describe('sortByMetric', () => {
  const rows = [
    { id: 'a', v: 2 },
    { id: 'b', v: null },
    { id: 'c', v: 1 },
    { id: 'd', v: 2 },
  ];
  it('orders by the number, rows without one last in either direction', () => {
    const ids = (descending: boolean) =>
      sortByMetric(rows, row => row.v, descending).map(row => row.id);
    expect(ids(false)).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(true)).toEqual(['a', 'd', 'c', 'b']);
  });
});
