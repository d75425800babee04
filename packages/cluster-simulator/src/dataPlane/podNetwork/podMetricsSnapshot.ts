import { inferencePoolNameOf } from '../../managedRouterObjects';
import { SIMULATION_ANNOTATIONS } from '../../simulationAnnotations';
import { KubeObject } from '../../types';
import { eppFamilies, EppMetricNames } from '../metrics/eppExposition';
import { ExpositionStyle, MetricFamily } from '../metrics/exposition';
import { PodMetrics } from '../metrics/PodMetrics';
import { vllmFamilies, VllmMetricNames } from '../metrics/vllmExposition';
import { DATA_PLANE_KINDS, StoreReader } from '../StoreReader';
import {
  allPods,
  modelPods,
  SimulatedPod,
  targetLabels,
} from './simulatedPods';

/**
 * One simulated pod's metrics as its `/metrics` exposes them at this moment, with the labels its scrape target
 * carries (what Prometheus adds to every series).
 *
 * @public
 */
export interface PodMetricsSnapshot {
  namespace: string;
  /** The pod's name. */
  pod: string;
  /** The LLMInferenceService it belongs to. */
  llmisvc: string;
  component: 'workload' | 'workload-prefill' | 'router-scheduler';
  /** `decode`, `prefill` or `both` for vLLM pods. */
  role?: 'decode' | 'prefill' | 'both';
  /** The labels of its http_sd target (besides `__metrics_path__`). */
  targetLabels: Record<string, string>;
  /** `python` for vLLM pods, `go` for scheduler pods: how the exposition prints numbers. */
  style: ExpositionStyle;
  /** Every family, with every sample (histogram buckets are cumulative, as exposed). */
  families: MetricFamily[];
}

function namesOf<T extends string>(value: string | undefined, fallback: T): T {
  return value === 'legacy' || value === 'both' ? (value as T) : fallback;
}

function servedModelName(llmisvc: KubeObject): string {
  const name = (llmisvc.spec as any)?.model?.name;
  return typeof name === 'string' && name ? name : llmisvc.metadata.name ?? '';
}

/** The ready endpoints the scheduler sees: the `ready-replicas` fault, else every vLLM pod. */
function readyEndpoints(llmisvc: KubeObject, vllmPods: number): number {
  const ready = Number(
    llmisvc.metadata.annotations?.[SIMULATION_ANNOTATIONS.readyReplicas],
  );
  return Number.isInteger(ready) && ready >= 0
    ? Math.min(ready, vllmPods)
    : vllmPods;
}

function snapshotOf(
  llmisvc: KubeObject,
  pod: SimulatedPod,
  metrics: PodMetrics,
  vllmPodCount: number,
): PodMetricsSnapshot {
  const annotations = llmisvc.metadata.annotations ?? {};
  const base = {
    namespace: pod.namespace,
    pod: pod.name,
    llmisvc: pod.llmisvc,
    component: pod.component,
    ...(pod.role ? { role: pod.role } : {}),
    targetLabels: targetLabels(pod, llmisvc),
  };
  if (pod.component === 'router-scheduler') {
    const names = namesOf<EppMetricNames>(
      annotations[SIMULATION_ANNOTATIONS.eppMetricNames],
      'current',
    );
    const pool = inferencePoolNameOf(pod.llmisvc);
    const ready = readyEndpoints(llmisvc, vllmPodCount);
    return {
      ...base,
      style: 'go',
      families: eppFamilies(metrics.epp(pod), pool, ready, names),
    };
  }
  const names = namesOf<VllmMetricNames>(
    annotations[SIMULATION_ANNOTATIONS.vllmMetricNames],
    'current',
  );
  return {
    ...base,
    style: 'python',
    families: vllmFamilies(metrics.vllm(pod), servedModelName(llmisvc), names),
  };
}

/** Every simulated pod of every LLMInferenceService, ordered by namespace, model and pod; `only` picks one. */
export function podMetricsSnapshots(
  reader: StoreReader,
  metrics: PodMetrics,
  only?: { namespace: string; pod: string },
): PodMetricsSnapshot[] {
  const models = reader.list(DATA_PLANE_KINDS.llmisvc, only?.namespace);
  return models.flatMap(llmisvc => {
    const pods = modelPods(llmisvc);
    const vllmPodCount = pods.decode.length + pods.prefill.length;
    return allPods(pods)
      .filter(pod => !only || pod.name === only.pod)
      .map(pod => snapshotOf(llmisvc, pod, metrics, vllmPodCount));
  });
}

/** Every simulated pod with the labels of its scrape target, without reading its metrics. */
export function podTargets(
  reader: StoreReader,
): Array<{ namespace: string; pod: string; labels: Record<string, string> }> {
  return reader.list(DATA_PLANE_KINDS.llmisvc).flatMap(llmisvc =>
    allPods(modelPods(llmisvc)).map(pod => ({
      namespace: pod.namespace,
      pod: pod.name,
      labels: targetLabels(pod, llmisvc),
    })),
  );
}
