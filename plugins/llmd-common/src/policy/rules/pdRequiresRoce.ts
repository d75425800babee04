import { objectsAt, valueAt } from '../../kube/kubeObject';
import { annotationPath } from '../fieldPath';
import type { PolicyRule } from '../policyRule';

/** Multus annotation naming a pod's extra networks (the RDMA network attachment for RoCE). */
const NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks';

/** Whether container `main` of the pod template at `path` requests an RDMA device (`rdma/...` resource). */
function requestsRdma(llmisvc: unknown, path: readonly string[]): boolean {
  const main = objectsAt(llmisvc, ...path, 'containers').find(
    c => c.name === 'main',
  );
  return ['limits', 'requests'].some(list => {
    const resources = valueAt(main, 'resources', list);
    return (
      typeof resources === 'object' &&
      resources !== null &&
      Object.keys(resources).some(name => name.startsWith('rdma/'))
    );
  });
}

/** `pd-requires-roce`: a prefill/decode model has an RDMA network for the KV-cache transfer. */
export const pdRequiresRoce: PolicyRule<'pd-requires-roce'> = {
  id: 'pd-requires-roce',
  description: `a P/D model (spec.prefill set) has an RDMA network: the ${NETWORKS_ANNOTATION} annotation or an rdma/* resource on container main`,
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc) {
    if (valueAt(llmisvc, 'spec', 'prefill') === undefined) return [];
    const networks =
      llmisvc.metadata.annotations?.[NETWORKS_ANNOTATION]?.trim();
    if (
      networks ||
      requestsRdma(llmisvc, ['spec', 'template']) ||
      requestsRdma(llmisvc, ['spec', 'prefill', 'template'])
    ) {
      return [];
    }
    return [
      {
        path: annotationPath(NETWORKS_ANNOTATION),
        message:
          'prefill/decode without an RDMA network: the KV-cache transfer falls back to TCP and is much slower',
      },
    ];
  },
};
