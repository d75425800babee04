import type { ClusterSimulator, KubeObject } from '@llmd/cluster-simulator';

/** A model service as the example GitOps seed put it on a simulated cluster (team-a/granite-8b by default). */
export function seededModel(
  sim: ClusterSimulator,
  namespace = 'team-a',
  name = 'granite-8b',
): KubeObject {
  return sim.get(
    'serving.kserve.io/v1alpha1',
    'LLMInferenceService',
    namespace,
    name,
  ) as KubeObject;
}
