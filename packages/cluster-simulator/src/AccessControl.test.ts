import {
  clientsFor,
  failureOf,
  llmisvc,
  LLMISVC,
  rawRequest,
} from './__testUtils__/clients';
import { simulatorPerTest } from './__testUtils__/simulatorPerTest';

describe('authentication and authorisation', () => {
  const env = simulatorPerTest(
    {
      adminToken: 'admin-token',
      tokens: {
        reader: [
          {
            verbs: ['get', 'list', 'watch'],
            apiGroups: ['serving.kserve.io'],
            resources: ['llminferenceservices'],
            namespaces: ['team-a'],
          },
        ],
      },
    },
    sim => {
      sim.apply(llmisvc('team-a', 'a'));
      sim.apply(llmisvc('team-b', 'b'));
    },
  );

  it('answers 401 without a token or with an unknown one', async () => {
    expect(
      (
        await failureOf(
          clientsFor(env.sim, 'wrong').custom.listClusterCustomObject(LLMISVC),
        )
      ).code,
    ).toBe(401);
    const anonymous = await rawRequest(env.sim, 'GET', '/api/v1/namespaces');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      code: 401,
    });
  });

  it('uses the given admin token', async () => {
    expect(env.sim.adminToken).toBe('admin-token');
    const list = await env.clients.custom.listClusterCustomObject(LLMISVC);
    expect(list.items).toHaveLength(2);
  });

  it('allows what the rules allow and answers 403 otherwise', async () => {
    const { custom, core } = clientsFor(env.sim, 'reader');
    const own = await custom.listNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
    });
    expect(own.items).toHaveLength(1);
    await custom.getNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'a',
    });

    const other = await failureOf(
      custom.listNamespacedCustomObject({ ...LLMISVC, namespace: 'team-b' }),
    );
    expect(other.code).toBe(403);
    expect(other.body).toMatchObject({ reason: 'Forbidden', code: 403 });
    expect(other.body.message).toContain(
      'cannot list resource "llminferenceservices" in API group "serving.kserve.io"',
    );

    expect(
      (await failureOf(custom.listClusterCustomObject(LLMISVC))).code,
    ).toBe(403);
    expect(
      (
        await failureOf(
          custom.deleteNamespacedCustomObject({
            ...LLMISVC,
            namespace: 'team-a',
            name: 'a',
          }),
        )
      ).code,
    ).toBe(403);
    expect(
      (await failureOf(core.listNamespacedConfigMap({ namespace: 'team-a' })))
        .code,
    ).toBe(403);
    // Discovery is open to every authenticated user.
    expect(
      (await rawRequest(env.sim, 'GET', '/apis', { token: 'reader' })).status,
    ).toBe(200);
  });

  it('adds tokens at runtime, subresources included', async () => {
    env.sim.addToken('minter', [
      {
        verbs: ['create'],
        apiGroups: [''],
        resources: ['serviceaccounts/token'],
        namespaces: ['team-a'],
      },
    ]);
    env.sim.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'sa', namespace: 'team-a' },
    });
    const { core } = clientsFor(env.sim, 'minter');
    await core.createNamespacedServiceAccountToken({
      namespace: 'team-a',
      name: 'sa',
      body: { spec: { audiences: [] } },
    });
    expect(
      (
        await failureOf(
          core.readNamespacedServiceAccount({
            namespace: 'team-a',
            name: 'sa',
          }),
        )
      ).code,
    ).toBe(403);
  });
});
