import { gatewayManifest } from '@internal/test-support';
import {
  MANAGED_CLIENT_LABEL,
  modelClientServiceAccountName,
} from '@llmd/plugin-llmd-common';

/** Namespaces the benchmark spreads its models over. */
const BENCH_NAMESPACES = 10;

/** Name of the i-th benchmark model. */
export function benchModelName(index: number): string {
  return `model-${String(index).padStart(4, '0')}`;
}

/** Namespace of the i-th benchmark model. */
export function benchModelNamespace(index: number): string {
  return `tenant-${index % BENCH_NAMESPACES}`;
}

/**
 * The objects one simulated cluster is seeded with: a dedicated Gateway per tenant namespace and `models`
 * LLMInferenceServices (v1alpha1, auth on, the stock Kubernetes plugin's `backstage.io/kubernetes-id` label so both
 * backends find the same model); the first `clientAccounts` models also get the portal-managed client
 * ServiceAccount the token route mints for.
 */
export function benchClusterObjects(
  models: number,
  clientAccounts = 0,
): object[] {
  const objects: object[] = [];
  for (let n = 0; n < Math.min(models, BENCH_NAMESPACES); n++) {
    const namespace = `tenant-${n}`;
    objects.push(
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
      gatewayManifest(namespace, `${namespace}-gateway`),
    );
  }
  for (let i = 0; i < models; i++) {
    objects.push(benchModelManifest(benchModelName(i), benchModelNamespace(i)));
  }
  for (let i = 0; i < Math.min(models, clientAccounts); i++) {
    objects.push({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: modelClientServiceAccountName(benchModelName(i)),
        namespace: benchModelNamespace(i),
        labels: { [MANAGED_CLIENT_LABEL]: 'true' },
      },
    });
  }
  return objects;
}

/** Name of the k-th model that only cluster `cluster` runs (`--solo-models`). */
export function benchSoloModelName(cluster: number, k: number): string {
  return `solo-c${cluster}-${k}`;
}

/** Namespace of the models that only one cluster runs (the first tenant's, whose Gateway every cluster has). */
export const BENCH_SOLO_NAMESPACE = benchModelNamespace(0);

/**
 * The models only cluster `cluster` runs: `count` LLMInferenceServices named for the cluster, the realistic case of a
 * model page (the repeated models answer for every cluster of the fleet).
 */
export function benchSoloModels(cluster: number, count: number): object[] {
  return Array.from({ length: count }, (_, k) =>
    benchModelManifest(benchSoloModelName(cluster, k), BENCH_SOLO_NAMESPACE),
  );
}

/** One benchmark LLMInferenceService (v1alpha1, auth on, the stock Kubernetes plugin's label). */
function benchModelManifest(name: string, namespace: string): object {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: {
      name,
      namespace,
      labels: {
        'backstage.io/kubernetes-id': name,
        'opendatahub.io/dashboard': 'true',
      },
      annotations: {
        'backstage.io/owner': `group:default/${namespace}`,
        'security.opendatahub.io/enable-auth': 'true',
      },
    },
    spec: {
      model: {
        uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:llama-3-1-8b',
        name: 'meta-llama/Llama-3.1-8B-Instruct',
      },
      replicas: 2,
      router: {
        route: {},
        gateway: { refs: [{ name: `${namespace}-gateway`, namespace }] },
        scheduler: {},
      },
    },
  };
}
