import { createHash } from 'node:crypto';
import { childName } from '../../managedRouterObjects';
import { SIMULATION_ANNOTATIONS } from '../../simulationAnnotations';
import { KubeObject } from '../../types';

/** The part of a model a pod plays (`app.kubernetes.io/component` without `llminferenceservice-`). */
export type PodComponent = 'workload' | 'workload-prefill' | 'router-scheduler';
/** `llm-d.ai/role` of a vLLM pod: `both` without P/D, else `decode` or `prefill`. */
export type PodRole = 'decode' | 'prefill' | 'both';

/** A pod the simulator pretends runs: a vLLM engine or a model's scheduler (EPP). */
export interface SimulatedPod {
  namespace: string;
  /** The pod's name, e.g. `granite-8b-kserve-5d2c0e81a7-0`. */
  name: string;
  /** The LLMInferenceService it belongs to. */
  llmisvc: string;
  component: PodComponent;
  /** vLLM pods only. */
  role?: PodRole;
}

/** The pods of one LLMInferenceService and how its scheduler splits requests. */
export interface ModelPods {
  decode: SimulatedPod[];
  prefill: SimulatedPod[];
  scheduler?: SimulatedPod;
  /** Prompt tokens from which a P/D scheduler sends a request through a prefill pod. */
  pdThresholdTokens: number;
}

/** Default of {@link SIMULATION_ANNOTATIONS.pdThresholdTokens}. */
const DEFAULT_PD_THRESHOLD_TOKENS = 64;

function replicasOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : 1;
}

/** `<deployment>-<replica set hash>-<i>`: stable across restarts, so scrapes keep their series. */
function podsOf(
  llmisvc: KubeObject,
  suffix: string,
  count: number,
  part: Pick<SimulatedPod, 'component' | 'role'>,
): SimulatedPod[] {
  const { namespace = '', name = '' } = llmisvc.metadata;
  const deployment = childName(name, suffix);
  const hash = createHash('sha256')
    .update(`${namespace}/${deployment}`)
    .digest('hex')
    .slice(0, 10);
  return Array.from({ length: count }, (_, i) => ({
    namespace,
    name: `${deployment}-${hash}-${i}`,
    llmisvc: name,
    ...part,
  }));
}

/**
 * The pods KServe would run for an LLMInferenceService: `spec.replicas` vLLM pods of Deployment `<name>-kserve`
 * (default 1), `spec.prefill.replicas` of `<name>-kserve-prefill` when it is P/D, one scheduler pod of
 * `<name>-kserve-router-scheduler` when `spec.router.scheduler` is set; none while stopped
 * (`serving.kserve.io/stop: "true"`).
 */
export function modelPods(llmisvc: KubeObject): ModelPods {
  const spec = (llmisvc.spec ?? {}) as {
    replicas?: unknown;
    prefill?: { replicas?: unknown } | null;
    router?: { scheduler?: unknown } | null;
  };
  const annotations = llmisvc.metadata.annotations ?? {};
  const threshold = Number(
    annotations[SIMULATION_ANNOTATIONS.pdThresholdTokens],
  );
  const pdThresholdTokens =
    Number.isFinite(threshold) && threshold >= 0
      ? threshold
      : DEFAULT_PD_THRESHOLD_TOKENS;
  if (annotations['serving.kserve.io/stop'] === 'true') {
    return { decode: [], prefill: [], pdThresholdTokens };
  }
  const pd = !!spec.prefill && typeof spec.prefill === 'object';
  const hasScheduler =
    spec.router?.scheduler !== undefined && spec.router?.scheduler !== null;
  return {
    decode: podsOf(llmisvc, '-kserve', replicasOf(spec.replicas), {
      component: 'workload',
      role: pd ? 'decode' : 'both',
    }),
    prefill: pd
      ? podsOf(llmisvc, '-kserve-prefill', replicasOf(spec.prefill!.replicas), {
          component: 'workload-prefill',
          role: 'prefill',
        })
      : [],
    scheduler: hasScheduler
      ? podsOf(llmisvc, '-kserve-router-scheduler', 1, {
          component: 'router-scheduler',
        })[0]
      : undefined,
    pdThresholdTokens,
  };
}

/** Every pod of the model, vLLM pods first. */
export function allPods(pods: ModelPods): SimulatedPod[] {
  return [
    ...pods.decode,
    ...pods.prefill,
    ...(pods.scheduler ? [pods.scheduler] : []),
  ];
}

/**
 * The labels Prometheus puts on a pod's series: OpenShift AI's PodMonitor / ServiceMonitor relabelling by default,
 * or, with the model annotated `simulator.llmd.dev/metrics-labels: upstream`, the pod labels through a
 * kubernetes_sd labelmap. `namespace` and `pod` in both.
 */
export function targetLabels(
  pod: SimulatedPod,
  llmisvc: KubeObject,
): Record<string, string> {
  const style =
    llmisvc.metadata.annotations?.[SIMULATION_ANNOTATIONS.metricsLabels];
  const base = { namespace: pod.namespace, pod: pod.name };
  if (style === 'upstream') {
    return {
      ...base,
      app_kubernetes_io_name: pod.llmisvc,
      app_kubernetes_io_component: `llminferenceservice-${pod.component}`,
      app_kubernetes_io_part_of: 'llminferenceservice',
      ...(pod.role ? { llm_d_ai_role: pod.role } : {}),
    };
  }
  return {
    ...base,
    llm_isvc_name: pod.llmisvc,
    llm_isvc_component: pod.component,
    ...(pod.role ? { llm_isvc_role: pod.role } : {}),
  };
}
