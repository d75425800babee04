import {
  failureOf,
  LLMISVC,
  llmisvc,
  rawRequest,
} from './__testUtils__/clients';
import { simulatorPerTest } from './__testUtils__/simulatorPerTest';

describe('list', () => {
  const env = simulatorPerTest({}, sim => {
    for (const ns of ['team-a', 'team-b']) {
      for (let i = 0; i < 5; i++) {
        const obj = llmisvc(ns, `model-${i}`);
        obj.metadata.labels = {
          app: `model-${i}`,
          tier: i % 2 ? 'odd' : 'even',
          ...(i === 0 ? { canary: 'true' } : {}),
        } as any;
        sim.apply(obj);
      }
    }
  });

  it('pages with limit and continue in namespace/name order', async () => {
    const { custom } = env.clients;
    const names: string[] = [];
    let token: string | undefined;
    let firstRevision: string | undefined;
    const remaining: number[] = [];
    for (let page = 0; page < 10; page++) {
      const list = await custom.listClusterCustomObject({
        ...LLMISVC,
        limit: 3,
        _continue: token,
      });
      firstRevision ??= list.metadata.resourceVersion;
      expect(list.metadata.resourceVersion).toBe(firstRevision);
      names.push(
        ...list.items.map(
          (i: any) => `${i.metadata.namespace}/${i.metadata.name}`,
        ),
      );
      token = list.metadata.continue;
      remaining.push(list.metadata.remainingItemCount);
      if (!token) break;
      // Changes between pages do not disturb the order of the remaining pages.
      env.sim.apply(llmisvc('team-a', 'model-0'));
    }
    expect(remaining).toEqual([7, 4, 1, undefined]);
    expect(names).toEqual([
      ...[0, 1, 2, 3, 4].map(i => `team-a/model-${i}`),
      ...[0, 1, 2, 3, 4].map(i => `team-b/model-${i}`),
    ]);
  });

  it('lists one namespace and filters by label and field selectors', async () => {
    const { custom } = env.clients;
    const names = async (
      params: Record<string, string>,
      namespace?: string,
    ) => {
      const list = namespace
        ? await custom.listNamespacedCustomObject({
            ...LLMISVC,
            namespace,
            ...params,
          })
        : await custom.listClusterCustomObject({ ...LLMISVC, ...params });
      return list.items.map(
        (i: any) => `${i.metadata.namespace}/${i.metadata.name}`,
      );
    };
    expect(await names({}, 'team-b')).toHaveLength(5);
    expect(await names({ labelSelector: 'tier=odd' }, 'team-a')).toEqual([
      'team-a/model-1',
      'team-a/model-3',
    ]);
    expect(await names({ labelSelector: 'tier!=odd,canary' })).toEqual([
      'team-a/model-0',
      'team-b/model-0',
    ]);
    expect(
      await names(
        { labelSelector: 'app in (model-1, model-2),!canary' },
        'team-b',
      ),
    ).toEqual(['team-b/model-1', 'team-b/model-2']);
    expect(
      await names(
        { labelSelector: 'app notin (model-1,model-2,model-3),tier' },
        'team-b',
      ),
    ).toEqual(['team-b/model-0', 'team-b/model-4']);
    expect(await names({ fieldSelector: 'metadata.name=model-2' })).toEqual([
      'team-a/model-2',
      'team-b/model-2',
    ]);
    expect(
      await names({
        fieldSelector: 'metadata.namespace!=team-a,metadata.name==model-4',
      }),
    ).toEqual(['team-b/model-4']);
    expect(
      await names({ labelSelector: 'tier=even', limit: '1' }, 'team-a'),
    ).toEqual(['team-a/model-0']);
  });

  it('rejects malformed selectors and unsupported fields with 400', async () => {
    const { custom } = env.clients;
    const bad = await failureOf(
      custom.listClusterCustomObject({ ...LLMISVC, labelSelector: 'a in (b' }),
    );
    expect(bad).toMatchObject({ code: 400, body: { reason: 'BadRequest' } });
    const field = await failureOf(
      custom.listClusterCustomObject({
        ...LLMISVC,
        fieldSelector: 'spec.replicas=1',
      }),
    );
    expect(field.code).toBe(400);
  });

  it('expires continue tokens older than a compaction', async () => {
    const path = '/apis/serving.kserve.io/v1alpha1/llminferenceservices';
    const first = await rawRequest(env.sim, 'GET', `${path}?limit=2`, {
      token: env.sim.adminToken,
    });
    env.sim.faults.expireHistory();
    const next = await rawRequest(
      env.sim,
      'GET',
      `${path}?limit=2&continue=${encodeURIComponent(
        first.json.metadata.continue,
      )}`,
      { token: env.sim.adminToken },
    );
    expect(next.status).toBe(410);
    expect(next.json).toMatchObject({ reason: 'Expired', code: 410 });
  });
});
