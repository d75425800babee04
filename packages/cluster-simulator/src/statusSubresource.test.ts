import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { LLMISVC, llmisvc } from './__testUtils__/clients';
import { simulatorPerTest } from './__testUtils__/simulatorPerTest';

describe('status subresource and versions', () => {
  const env = simulatorPerTest();

  it('keeps status on main-resource writes and changes only status through /status', async () => {
    const { custom } = env.clients;
    env.sim.apply({ ...llmisvc('team-a', 'm'), status: { url: 'http://old' } });
    const current = await custom.getNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'm',
    });
    const replaced = await custom.replaceNamespacedCustomObject({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'm',
      body: { ...current, status: { url: 'http://ignored' } },
    });
    expect(replaced.status).toEqual({ url: 'http://old' });

    const statusUpdate = await custom.replaceNamespacedCustomObjectStatus({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'm',
      body: {
        ...replaced,
        spec: { changed: true },
        status: { url: 'http://new' },
      },
    });
    expect(statusUpdate.status).toEqual({ url: 'http://new' });
    expect(statusUpdate.spec).toEqual(current.spec);
    expect(statusUpdate.metadata.generation).toBe(current.metadata.generation);

    const patched = await custom.patchNamespacedCustomObjectStatus(
      {
        ...LLMISVC,
        namespace: 'team-a',
        name: 'm',
        body: { status: { observedGeneration: 1 } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(patched.status).toEqual({
      url: 'http://new',
      observedGeneration: 1,
    });
    const read = await custom.getNamespacedCustomObjectStatus({
      ...LLMISVC,
      namespace: 'team-a',
      name: 'm',
    });
    expect(read.status).toEqual(patched.status);
  });

  it('serves one object set through every version of a resource', async () => {
    env.sim.apply(llmisvc('team-a', 'both'));
    const v2 = await env.clients.custom.getNamespacedCustomObject({
      ...LLMISVC,
      version: 'v1alpha2',
      namespace: 'team-a',
      name: 'both',
    });
    expect(v2.apiVersion).toBe('serving.kserve.io/v1alpha2');
    expect(
      env.sim.get(
        'serving.kserve.io/v1alpha2',
        'LLMInferenceService',
        'team-a',
        'both',
      ),
    ).toMatchObject({
      apiVersion: 'serving.kserve.io/v1alpha2',
    });
  });
});
