import { NotFoundError } from '@backstage/errors';
import type { ClusterSimulator } from '@llmd/cluster-simulator';
import type { StoppableLlmdClusterCache } from './createLlmdClusterCache';
import { cacheTestHarness } from './__testUtils__/cacheTestHarness';
import { clusterFor } from './__testUtils__/simulatorFixtures';

function crd(group: string, plural: string, kind: string) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      scope: 'Namespaced',
      names: {
        kind,
        plural,
        singular: kind.toLowerCase(),
        listKind: `${kind}List`,
      },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object' } },
        },
      ],
    },
  };
}

describe('listCustomResourceDefinitions', () => {
  const harness = cacheTestHarness();
  let sim: ClusterSimulator;
  let cache: StoppableLlmdClusterCache;

  beforeEach(async () => {
    sim = await harness.startSimulator({
      objects: [
        // More than one page of CRDs, so paging is exercised.
        ...Array.from({ length: 120 }, (_, i) =>
          crd(`group${i}.example.com`, `things${i}`, `Thing${i}`),
        ),
        crd('widgets.example.org', 'widgets', 'Widget'),
      ],
    });
    ({ cache } = harness.startCache([clusterFor(sim, 'demo')]));
    await cache.waitForInitialSync();
  });

  it("reads the installed CRDs of the asked groups from the cluster's API server", async () => {
    const found = await cache.listCustomResourceDefinitions('demo', [
      'widgets.example.org',
      'group119.example.com',
      'serving.kserve.io',
    ]);
    const names = found.map(o => o.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'widgets.widgets.example.org',
        'things119.group119.example.com',
      ]),
    );
    expect(names).not.toContain('things0.group0.example.com');
    // each item stands alone, as a CRD object
    expect(found[0]).toEqual(
      expect.objectContaining({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
      }),
    );
  });

  it('refuses an unknown cluster', async () => {
    await expect(
      cache.listCustomResourceDefinitions('nope', ['x']),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
