import {
  ApisApi,
  CoreApi,
  CoreV1Api,
  CustomObjectsApi,
  VersionApi,
} from '@kubernetes/client-node';
import { kubeConfig, rawRequest } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

describe('discovery', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator();
  });
  afterAll(() => sim.close());

  it('serves /api, /apis, group versions and /version to client-node', async () => {
    const kc = kubeConfig(sim);
    const core = await kc.makeApiClient(CoreApi).getAPIVersions();
    expect(core.versions).toEqual(['v1']);

    const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
    const kserve = groups.groups.find(g => g.name === 'serving.kserve.io');
    expect(kserve?.versions.map(v => v.version).sort()).toEqual([
      'v1alpha1',
      'v1alpha2',
    ]);
    expect(groups.groups.map(g => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'rbac.authorization.k8s.io',
        'gateway.networking.k8s.io',
      ]),
    );

    const resources = await kc
      .makeApiClient(CustomObjectsApi)
      .getAPIResources({ group: 'serving.kserve.io', version: 'v1alpha1' });
    expect(resources.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'llminferenceservices',
          singularName: 'llminferenceservice',
          namespaced: true,
          kind: 'LLMInferenceService',
          verbs: expect.arrayContaining(['list', 'watch', 'create']),
        }),
        expect.objectContaining({ name: 'llminferenceservices/status' }),
      ]),
    );

    const version = await kc.makeApiClient(VersionApi).getCode();
    expect(version.major).toBe('1');
  });

  it('lists core resources including the TokenRequest subresource', async () => {
    const list = await kubeConfig(sim)
      .makeApiClient(CoreV1Api)
      .getAPIResources();
    expect(list.groupVersion).toBe('v1');
    expect(list.resources.map(r => r.name)).toEqual(
      expect.arrayContaining([
        'namespaces',
        'configmaps',
        'serviceaccounts',
        'serviceaccounts/token',
        'pods/status',
      ]),
    );
  });

  it('answers 404 for groups and versions that are not served', async () => {
    const admin = { token: sim.adminToken };
    expect(
      (await rawRequest(sim, 'GET', '/apis/no.such.group', admin)).status,
    ).toBe(404);
    expect(
      (await rawRequest(sim, 'GET', '/apis/serving.kserve.io/v9', admin))
        .status,
    ).toBe(404);
    const group = await rawRequest(
      sim,
      'GET',
      '/apis/serving.kserve.io',
      admin,
    );
    expect(group.json).toMatchObject({
      kind: 'APIGroup',
      preferredVersion: { version: 'v1alpha2' },
    });
  });

  it('serves health and version without a token', async () => {
    expect(await rawRequest(sim, 'GET', '/healthz')).toMatchObject({
      status: 200,
      text: 'ok',
    });
    expect(await rawRequest(sim, 'GET', '/readyz')).toMatchObject({
      status: 200,
    });
    expect((await rawRequest(sim, 'GET', '/version')).json).toMatchObject({
      major: '1',
    });
    expect((await rawRequest(sim, 'GET', '/apis')).status).toBe(401);
  });
});
