import { ApiException } from '@kubernetes/client-node';
import { clientsFor, failureOf, llmisvc } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const LLMISVC = {
  group: 'serving.kserve.io',
  version: 'v1alpha1',
  plural: 'llminferenceservices',
};

describe('fault injection and stats', () => {
  let sim: ClusterSimulator;
  beforeEach(async () => {
    sim = await startClusterSimulator();
    sim.apply(llmisvc('team-a', 'a'));
  });
  afterEach(() => sim.close());

  const list = () => clientsFor(sim).custom.listClusterCustomObject(LLMISVC);

  it('fails the next N requests with a Status of the given code', async () => {
    sim.faults.failRequests({ status: 500, count: 2, message: 'etcd is down' });
    const first = await failureOf(list());
    expect(first.code).toBe(500);
    expect(first.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'InternalError',
      message: 'etcd is down',
    });
    expect((await failureOf(list())).code).toBe(500);
    expect((await list()).items).toHaveLength(1);
  });

  it('fails a fraction of requests deterministically, and any status such as 401', async () => {
    sim.faults.failRequests({ status: 401, ratio: 0.5 });
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(
        await list().then(
          () => 'ok',
          (e: ApiException<unknown>) => String(e.code),
        ),
      );
    }
    expect(outcomes).toEqual(['ok', '401', 'ok', '401', 'ok', '401']);
    sim.faults.reset();
    expect((await list()).items).toHaveLength(1);
  });

  it('adds latency to every request', async () => {
    sim.faults.setLatency(100);
    const start = Date.now();
    await list();
    expect(Date.now() - start).toBeGreaterThanOrEqual(95);
  });

  it('refuses connections while unreachable and recovers afterwards', async () => {
    sim.faults.setUnreachable(true);
    const error = await list().then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ApiException);
    sim.faults.setUnreachable(false);
    expect((await list()).items).toHaveLength(1);
  });

  it('counts requests by verb and resource, with a reset', async () => {
    sim.stats.reset();
    const { custom, core } = clientsFor(sim);
    await custom.listClusterCustomObject(LLMISVC);
    await custom.getNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'a',
    });
    await core.listNamespacedConfigMap({ namespace: 'team-a' });
    expect(sim.stats.total).toBe(3);
    expect(sim.stats.byVerb).toEqual({ list: 2, get: 1 });
    expect(sim.stats.byResource).toEqual({
      'llminferenceservices.serving.kserve.io': 2,
      configmaps: 1,
    });
    sim.stats.reset();
    expect(sim.stats.total).toBe(0);
    expect(sim.stats.byVerb).toEqual({});
  });

  it('validates fault parameters', () => {
    expect(() => sim.faults.failRequests({ status: 42 })).toThrow();
    expect(() => sim.faults.failRequests({ status: 500, ratio: 2 })).toThrow();
    expect(() => sim.faults.setLatency(-1)).toThrow();
  });
});
