import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { failureOf, LLMISVC, llmisvc } from './__testUtils__/clients';
import { simulatorPerTest } from './__testUtils__/simulatorPerTest';

describe('CRUD through client-node', () => {
  const env = simulatorPerTest();

  it('creates, reads, replaces, patches and deletes a custom object', async () => {
    const { custom } = env.clients;
    const created = await custom.createNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      body: llmisvc('team-a', 'granite'),
    });
    expect(created.metadata).toMatchObject({
      name: 'granite',
      namespace: 'team-a',
      generation: 1,
      uid: expect.any(String),
      resourceVersion: expect.stringMatching(/^\d+$/),
      creationTimestamp: expect.stringMatching(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
      ),
    });

    const read = await custom.getNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'granite',
    });
    expect(read).toEqual(created);

    const replaced = await custom.replaceNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'granite',
      body: { ...read, spec: { ...read.spec, replicas: 3 } },
    });
    expect(replaced.metadata.generation).toBe(2);
    expect(Number(replaced.metadata.resourceVersion)).toBeGreaterThan(
      Number(read.metadata.resourceVersion),
    );

    // A stale resourceVersion is an optimistic-concurrency conflict.
    const stale = await failureOf(
      custom.replaceNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-a',
        name: 'granite',
        body: read,
      }),
    );
    expect(stale.code).toBe(409);
    expect(stale.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
    });

    const merged = await custom.patchNamespacedCustomObject(
      {
        ...LLMISVC,
        namespace: 'team-a',
        name: 'granite',
        body: { metadata: { labels: { tier: 'gold' } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merged.metadata.labels).toEqual({ app: 'granite', tier: 'gold' });
    expect(merged.metadata.generation).toBe(2);

    // client-node's default patch type is JSON patch.
    const patched = await custom.patchNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'granite',
      body: [{ op: 'replace', path: '/spec/replicas', value: 5 }],
    });
    expect(patched.spec.replicas).toBe(5);
    expect(patched.metadata.generation).toBe(3);

    const deleted = await custom.deleteNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'granite',
    });
    expect(deleted.metadata.name).toBe('granite');
    const gone = await failureOf(
      custom.getNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-a',
        name: 'granite',
      }),
    );
    expect(gone.code).toBe(404);
    expect(gone.body).toMatchObject({
      reason: 'NotFound',
      message: 'llminferenceservices.serving.kserve.io "granite" not found',
      details: {
        name: 'granite',
        group: 'serving.kserve.io',
        kind: 'llminferenceservices',
      },
    });
  });

  it('answers AlreadyExists, unknown kinds, mismatched bodies and invalid names like the API server', async () => {
    const { custom } = env.clients;
    const body = llmisvc('team-a', 'dup');
    await custom.createNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      body,
    });
    const again = await failureOf(
      custom.createNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-a',
        body,
      }),
    );
    expect(again).toMatchObject({
      code: 409,
      body: { reason: 'AlreadyExists' },
    });

    const unknown = await failureOf(
      custom.createNamespacedCustomObject({
        group: 'example.com',
        version: 'v1',
        plural: 'widgets',
        namespace: 'team-a',
        body: {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
        },
      }),
    );
    expect(unknown).toMatchObject({ code: 404, body: { reason: 'NotFound' } });

    const wrongKind = await failureOf(
      custom.createNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-a',
        body: { ...llmisvc('team-a', 'x'), kind: 'Gateway' },
      }),
    );
    expect(wrongKind.code).toBe(400);

    const otherNamespace = await failureOf(
      custom.createNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-b',
        body: llmisvc('team-a', 'y'),
      }),
    );
    expect(otherNamespace.code).toBe(400);

    const badName = await failureOf(
      custom.createNamespacedCustomObject({
        ...LLMISVC,
        namespace: 'team-a',
        body: llmisvc('team-a', 'Granite_8B'),
      }),
    );
    expect(badName).toMatchObject({ code: 422, body: { reason: 'Invalid' } });
  });

  it('serves core kinds through CoreV1Api, cluster-scoped and namespaced', async () => {
    const { core } = env.clients;
    await core.createNamespace({
      body: { metadata: { name: 'team-a', labels: { tenant: 'a' } } },
    });
    const ns = await core.readNamespace({ name: 'team-a' });
    expect(ns.metadata?.labels).toEqual({ tenant: 'a' });

    await core.createNamespacedConfigMap({
      namespace: 'team-a',
      body: { metadata: { name: 'epp' }, data: { 'config.yaml': 'a: 1' } },
    });
    const cm = await core.readNamespacedConfigMap({
      namespace: 'team-a',
      name: 'epp',
    });
    expect(cm.data).toEqual({ 'config.yaml': 'a: 1' });
    const cms = await core.listNamespacedConfigMap({ namespace: 'team-a' });
    expect(cms.items.map(i => i.metadata?.name)).toEqual(['epp']);
    // Like the real API server, items of typed lists carry no kind/apiVersion.
    expect((cms.items[0] as any).kind).toBeUndefined();

    await core.deleteNamespacedConfigMap({ namespace: 'team-a', name: 'epp' });
    expect(
      (await core.listNamespacedConfigMap({ namespace: 'team-a' })).items,
    ).toEqual([]);
  });
});
