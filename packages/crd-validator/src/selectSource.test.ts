import { CrdVersionSchema } from './loadCrdSchemas';
import { rankSources, selectSource, sourceMatches } from './selectSource';

function candidate(
  group: string,
  version: string,
  source: string,
): CrdVersionSchema {
  return {
    group,
    version,
    kind: 'K',
    scope: 'Namespaced',
    source,
    file: `${source}/k.yaml`,
    openAPIV3Schema: {},
  };
}

describe('selectSource', () => {
  const kserve = [
    candidate(
      'serving.kserve.io',
      'v1alpha1',
      'kserve/upstream-HEAD/config/crd/full/llmisvc',
    ),
    candidate(
      'serving.kserve.io',
      'v1alpha1',
      'kserve/upstream-v0.16.0/config/crd/minimal/llmisvc',
    ),
    candidate(
      'serving.kserve.io',
      'v1alpha1',
      'kserve/upstream-v0.16.0/config/crd/full/llmisvc',
    ),
  ];

  it('matches sources on whole path segments', () => {
    expect(sourceMatches(kserve[0], 'upstream-HEAD')).toBe(true);
    expect(sourceMatches(kserve[0], 'kserve/upstream-HEAD')).toBe(true);
    expect(sourceMatches(kserve[0], 'upstream')).toBe(false);
    expect(sourceMatches(kserve[0], '')).toBe(false);
  });

  it('uses the pin for serving.kserve.io/v1alpha1 and prefers the full CRD', () => {
    expect(selectSource(kserve)?.source).toBe(
      'kserve/upstream-v0.16.0/config/crd/full/llmisvc',
    );
    expect(selectSource(kserve, 'upstream-v0.16.0')?.source).toBe(
      'kserve/upstream-v0.16.0/config/crd/full/llmisvc',
    );
    expect(selectSource(kserve, 'minimal')?.source).toBe(
      'kserve/upstream-v0.16.0/config/crd/minimal/llmisvc',
    );
    expect(selectSource(kserve, 'upstream-HEAD')?.source).toBe(
      'kserve/upstream-HEAD/config/crd/full/llmisvc',
    );
    expect(selectSource(kserve, 'odh-kserve-release-v0.15')).toBeUndefined();
  });

  it('honours custom pins', () => {
    expect(
      selectSource(kserve, undefined, {
        'serving.kserve.io/v1alpha1': 'upstream-HEAD',
      })?.source,
    ).toBe('kserve/upstream-HEAD/config/crd/full/llmisvc');
  });

  it('otherwise prefers untagged/HEAD snapshots, then the highest version tag', () => {
    const pools = [
      candidate(
        'inference.networking.k8s.io',
        'v1',
        'crds/inference-extension/v1.4.0',
      ),
      candidate(
        'inference.networking.k8s.io',
        'v1',
        'crds/inference-extension/v1.6.0',
      ),
    ];
    expect(rankSources(pools).map(c => c.source)).toEqual([
      'crds/inference-extension/v1.6.0',
      'crds/inference-extension/v1.4.0',
    ]);
    const metallb = [
      candidate('metallb.io', 'v1beta1', 'crds/metallb/operator-v0.14.2'),
      candidate('metallb.io', 'v1beta1', 'crds/metallb'),
    ];
    expect(selectSource(metallb)?.source).toBe('crds/metallb');
    expect(selectSource(metallb, 'operator-v0.14.2')?.source).toBe(
      'crds/metallb/operator-v0.14.2',
    );
  });
});
