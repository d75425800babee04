import {
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { SIMULATION_ANNOTATIONS } from '@llmd/cluster-simulator';

/** A healthy demo model the fault test breaks and repairs one way after another (its Gateway is team-a's own). */
export const FAULTY = { namespace: 'team-a', name: 'granite-8b-scheduler-v07' };

/** The LLMInferenceService of {@link FAULTY}, as CustomObjectsApi names it. */
export const LLMISVC = {
  group: 'serving.kserve.io',
  version: 'v1alpha1',
  plural: 'llminferenceservices',
  ...FAULTY,
};

const TEAM_GATEWAY = {
  group: 'gateway.networking.k8s.io',
  version: 'v1',
  plural: 'gateways',
  namespace: 'team-a',
  name: 'team-a-gateway',
};

type Target = typeof LLMISVC | typeof TEAM_GATEWAY;

/** Faults of the simulator (SIMULATION_ANNOTATIONS), where they go and the step of the chain each must fail. */
export const FAULTS: readonly {
  on: Target;
  key: string;
  value: string;
  step: string;
}[] = [
  {
    on: LLMISVC,
    key: SIMULATION_ANNOTATIONS.readyReplicas,
    value: '0',
    step: 'Workloads',
  },
  {
    on: LLMISVC,
    key: SIMULATION_ANNOTATIONS.schedulerReady,
    value: 'false',
    step: 'Scheduler',
  },
  {
    on: LLMISVC,
    key: SIMULATION_ANNOTATIONS.inferencePool,
    value: 'missing',
    step: 'InferencePool',
  },
  {
    on: TEAM_GATEWAY,
    key: SIMULATION_ANNOTATIONS.gatewayProgrammed,
    value: 'false',
    step: 'Gateway',
  },
  {
    on: TEAM_GATEWAY,
    key: SIMULATION_ANNOTATIONS.gatewayAddress,
    value: 'none',
    step: 'Gateway address',
  },
];

/**
 * Sets (or, with null, removes) annotations of a demo object through the Kubernetes API, as a user would with
 * `kubectl annotate`, using the demo cluster's kubeconfig.
 */
export function demoAnnotator(kubeconfigPath: string) {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(kubeconfigPath);
  const custom = kubeConfig.makeApiClient(CustomObjectsApi);
  return (target: Target, annotations: Record<string, string | null>) =>
    custom.patchNamespacedCustomObject(
      { ...target, body: { metadata: { annotations } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
}
