import { ApiException } from '@kubernetes/client-node';
import { failureOf, LLMISVC, llmisvc } from './__testUtils__/clients';
import { simulatorPerTest } from './__testUtils__/simulatorPerTest';

describe('fault injection and stats', () => {
  const env = simulatorPerTest({}, sim => sim.apply(llmisvc('team-a', 'a')));

  const list = () => env.clients.custom.listClusterCustomObject(LLMISVC);

  it('fails the next N requests with a Status of the given code', async () => {
    env.sim.faults.failRequests({
      status: 500,
      count: 2,
      message: 'etcd is down',
    });
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
    env.sim.faults.failRequests({ status: 401, ratio: 0.5 });
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
    env.sim.faults.reset();
    expect((await list()).items).toHaveLength(1);
  });

  it('adds latency to every request', async () => {
    env.sim.faults.setLatency(100);
    const start = Date.now();
    await list();
    expect(Date.now() - start).toBeGreaterThanOrEqual(95);
  });

  it('refuses connections while unreachable and recovers afterwards', async () => {
    env.sim.faults.setUnreachable(true);
    const error = await list().then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ApiException);
    env.sim.faults.setUnreachable(false);
    expect((await list()).items).toHaveLength(1);
  });

  it('counts requests by verb and resource, with a reset', async () => {
    env.sim.stats.reset();
    const { custom, core } = env.clients;
    await custom.listClusterCustomObject(LLMISVC);
    await custom.getNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'a',
    });
    await core.listNamespacedConfigMap({ namespace: 'team-a' });
    expect(env.sim.stats.total).toBe(3);
    expect(env.sim.stats.byVerb).toEqual({ list: 2, get: 1 });
    expect(env.sim.stats.byResource).toEqual({
      'llminferenceservices.serving.kserve.io': 2,
      configmaps: 1,
    });
    env.sim.stats.reset();
    expect(env.sim.stats.total).toBe(0);
    expect(env.sim.stats.byVerb).toEqual({});
  });

  it('validates fault parameters', () => {
    expect(() => env.sim.faults.failRequests({ status: 42 })).toThrow();
    expect(() =>
      env.sim.faults.failRequests({ status: 500, ratio: 2 }),
    ).toThrow();
    expect(() => env.sim.faults.setLatency(-1)).toThrow();
  });
});
