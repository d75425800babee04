import { eventually } from '@internal/test-support';
import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { ClusterSimulator } from '../types';
import { clientsFor, failureOf, LLMISVC, llmisvc } from './clients';

/** An LLMInferenceService (v1alpha1) with route and scheduler, on `gateway` when given, with annotations. */
export function modelManifest(
  namespace: string,
  name: string,
  options: {
    gateway?: { namespace: string; name: string };
    annotations?: Record<string, string>;
    replicas?: number;
  } = {},
) {
  const object = llmisvc(namespace, name, { replicas: options.replicas ?? 2 });
  (object.metadata as any).annotations = options.annotations ?? {};
  if (options.gateway) {
    (object.spec.router as any).gateway = { refs: [options.gateway] };
  }
  return object;
}

/** A Namespace with labels. */
export function namespaceManifest(
  name: string,
  labels: Record<string, string> = {},
) {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

/** Reads objects of the simulator through client-node, as the portal does. */
export function routerReader(sim: ClusterSimulator) {
  const { custom } = clientsFor(sim);
  const get =
    (group: string, version: string, plural: string) =>
    (namespace: string, name: string) =>
      custom.getNamespacedCustomObject({
        group,
        version,
        plural,
        namespace,
        name,
      }) as Promise<any>;
  const model = get(LLMISVC.group, LLMISVC.version, LLMISVC.plural);
  const condition = async (namespace: string, name: string, type: string) =>
    ((await model(namespace, name)).status?.conditions ?? []).find(
      (c: any) => c.type === type,
    );
  return {
    model,
    condition,
    httpRoute: get('gateway.networking.k8s.io', 'v1', 'httproutes'),
    gateway: get('gateway.networking.k8s.io', 'v1', 'gateways'),
    inferencePool: get('inference.networking.k8s.io', 'v1', 'inferencepools'),
    inferencePoolV1alpha2: get(
      'inference.networking.x-k8s.io',
      'v1alpha2',
      'inferencepools',
    ),
    authPolicy: get('kuadrant.io', 'v1', 'authpolicies'),
    /** The HTTP status of reading an object that should not exist. */
    missing: async (read: Promise<unknown>) => (await failureOf(read)).code,
    /** Waits until a condition of the model has the status, and returns it. */
    waitFor: (namespace: string, name: string, type: string, status: string) =>
      eventually(`${namespace}/${name} ${type}=${status}`, async () => {
        const found = await condition(namespace, name, type);
        return found?.status === status && found;
      }),
  };
}

export { SIMULATION_ANNOTATIONS };
