import type { ModelSummary } from '@llmd/plugin-llmd-common';
import { fleetRows } from './fleetRows';

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

describe('fleetRows', () => {
  it('makes one row per model over its clusters', () => {
    const rows = fleetRows([
      summary({ cluster: 'prod' }),
      summary({
        cluster: 'staging',
        ready: false,
        stale: true,
        eppLint: { errors: 1, warnings: 2 },
        findings: { deny: 1, warn: 0 },
      }),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'component:team-a/granite-8b',
        clusters: ['prod', 'staging'],
        staleClusters: ['staging'],
        readiness: 'partial',
        readyText: '1/2 ready',
        gpus: 4,
        routingPreset: 'default',
        lintErrors: 1,
        lintWarnings: 2,
        policyDeny: 1,
        policyWarn: 0,
        findings: 4,
      }),
    ]);
  });

  it('says what it does not know instead of guessing', () => {
    const [row] = fleetRows([
      summary({ gpus: undefined, routingPreset: undefined }),
      summary({ cluster: 'staging', routingPreset: 'prefill-decode' }),
    ]);
    expect(row.gpus).toBeUndefined();
    expect(row.routingPreset).toBe('mixed');
    expect(row.policyDeny).toBeUndefined();
    const [unknown] = fleetRows([summary({ routingPreset: undefined })]);
    expect(unknown.routingPreset).toBeUndefined();
  });

  it('marks P/D, auth and readiness per model and sorts by tenant and name', () => {
    const rows = fleetRows([
      summary({
        namespace: 'team-b',
        name: 'llama',
        entityRef: 'component:team-b/llama',
        ready: false,
        authEnabled: false,
        replicas: { decode: 1, prefill: 2 },
      }),
      summary({}),
    ]);
    expect(rows.map(r => [r.id, r.readyText, r.auth, r.pd])).toEqual([
      ['component:team-a/granite-8b', 'Ready', true, false],
      ['component:team-b/llama', 'Not ready', false, true],
    ]);
  });

  it('takes the worst reachability verdict over the clusters and says where and why', () => {
    const [row] = fleetRows([
      summary({ cluster: 'prod', reachability: { verdict: 'reachable' } }),
      summary({
        cluster: 'edge',
        reachability: {
          verdict: 'degraded',
          step: 'workload',
          message: '1 of 2 replicas ready.',
        },
      }),
      summary({
        cluster: 'lab',
        reachability: { verdict: 'unreachable', step: 'gateway-address' },
      }),
      summary({ cluster: 'old' }),
    ]);
    expect(row).toEqual(
      expect.objectContaining({
        reachability: 'unreachable',
        reachableText: 'unreachable',
        reachabilityNote:
          'edge: Workloads — 1 of 2 replicas ready. · lab: Gateway address',
      }),
    );
    const [unevaluated] = fleetRows([summary({})]);
    expect(unevaluated.reachability).toBeUndefined();
    expect(unevaluated.reachableText).toBe('not evaluated');
  });
});
