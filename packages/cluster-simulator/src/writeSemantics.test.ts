import { llmisvc, rawRequest } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

describe('dry runs, finalizers, server-side apply and deletecollection', () => {
  let sim: ClusterSimulator;
  beforeEach(async () => {
    sim = await startClusterSimulator();
  });
  afterEach(() => sim.close());

  it('supports dry runs, finalizers, server-side apply and deletecollection', async () => {
    const admin = { token: sim.adminToken };
    const path =
      '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices';
    const dry = await rawRequest(sim, 'POST', `${path}?dryRun=All`, {
      ...admin,
      body: llmisvc('team-a', 'dry'),
    });
    expect(dry.status).toBe(201);
    expect(
      sim.get(
        'serving.kserve.io/v1alpha1',
        'LLMInferenceService',
        'team-a',
        'dry',
      ),
    ).toBeUndefined();

    const withFinalizer = llmisvc('team-a', 'fin');
    (withFinalizer.metadata as any).finalizers = ['example.com/cleanup'];
    sim.apply(withFinalizer);
    const marked = await rawRequest(sim, 'DELETE', `${path}/fin`, admin);
    expect(marked.json.metadata.deletionTimestamp).toEqual(expect.any(String));
    const cleared = await rawRequest(sim, 'PATCH', `${path}/fin`, {
      ...admin,
      contentType: 'application/merge-patch+json',
      body: { metadata: { finalizers: null } },
    });
    expect(cleared.status).toBe(200);
    expect(
      sim.get(
        'serving.kserve.io/v1alpha1',
        'LLMInferenceService',
        'team-a',
        'fin',
      ),
    ).toBeUndefined();

    const applyBody = JSON.stringify(llmisvc('team-a', 'ssa'));
    const missingManager = await rawRequest(sim, 'PATCH', `${path}/ssa`, {
      ...admin,
      contentType: 'application/apply-patch+yaml',
      body: applyBody,
    });
    expect(missingManager.status).toBe(400);
    const applied = await rawRequest(
      sim,
      'PATCH',
      `${path}/ssa?fieldManager=test`,
      {
        ...admin,
        contentType: 'application/apply-patch+yaml',
        body: applyBody,
      },
    );
    expect(applied.status).toBe(201);

    sim.apply(llmisvc('team-a', 'other'));
    const removed = await rawRequest(
      sim,
      'DELETE',
      `${path}?labelSelector=app%3Dssa`,
      admin,
    );
    expect(removed.json.items.map((i: any) => i.metadata.name)).toEqual([
      'ssa',
    ]);
    expect(
      sim
        .list('serving.kserve.io/v1alpha1', 'LLMInferenceService')
        .map((o: any) => o.metadata.name),
    ).toEqual(['other']);
  });
});
