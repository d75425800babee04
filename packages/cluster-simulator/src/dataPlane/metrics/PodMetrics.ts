import type { ModelPods, SimulatedPod } from '../podNetwork/simulatedPods';
import { DisaggDecision, eppErrorCode, EppPodState } from './EppPodState';
import { InFlightRequest, StartedRequest } from './InFlightRequest';
import { VllmPodState } from './VllmPodState';

/** A model as the pod metrics need it: who it is and which pods serve it. */
export interface PodMetricsModel {
  namespace: string;
  name: string;
  servedModelName: string;
  pods: ModelPods;
}

/** The EPP's disaggregation decision for a P/D model (scheduler and prefill pods), else undefined. */
function disaggDecision(
  pods: ModelPods,
  promptTokens: number,
): DisaggDecision | undefined {
  if (!pods.scheduler || !pods.prefill.length) return undefined;
  return promptTokens >= pods.pdThresholdTokens
    ? 'prefill-decode'
    : 'decode-only';
}

/**
 * The metrics of every simulated pod, by `<namespace>/<pod>`, and how requests spread over them: round-robin over
 * a model's decode pods (and its prefill pods for `prefill-decode` requests), the model's scheduler pod counting
 * each request it routes. Entries are created on first use; the pod network lists pods from the models' specs.
 */
export class PodMetrics {
  private readonly vllmPods = new Map<string, VllmPodState>();
  private readonly eppPods = new Map<string, EppPodState>();
  private readonly turns = new Map<string, number>();

  /** The state of a vLLM pod (created empty when it has served nothing). */
  vllm(pod: Pick<SimulatedPod, 'namespace' | 'name'>): VllmPodState {
    const key = `${pod.namespace}/${pod.name}`;
    let state = this.vllmPods.get(key);
    if (!state) this.vllmPods.set(key, (state = new VllmPodState()));
    return state;
  }

  /** The state of a scheduler (EPP) pod. */
  epp(pod: Pick<SimulatedPod, 'namespace' | 'name'>): EppPodState {
    const key = `${pod.namespace}/${pod.name}`;
    let state = this.eppPods.get(key);
    if (!state) this.eppPods.set(key, (state = new EppPodState()));
    return state;
  }

  /** A request answered without generating (`/v1/models`), counted on the next pod. */
  countHttp(
    model: PodMetricsModel,
    handler: string,
    method: string,
    status: number,
  ): void {
    const pod = this.next(model, 'decode');
    if (pod) this.vllm(pod).countHttp(handler, method, status);
  }

  /** A completion request the vLLM refused (bad body, unknown model): its 4xx, and an EPP error. */
  countRefused(model: PodMetricsModel, handler: string, status: number): void {
    this.countHttp(model, handler, 'POST', status);
    if (!model.pods.scheduler) return;
    const counts = this.epp(model.pods.scheduler).model(model.servedModelName);
    const code = eppErrorCode(status);
    counts.requests++;
    counts.errors[code] = (counts.errors[code] ?? 0) + 1;
  }

  /** A completion request starts: the scheduler decides, the pods count it in flight. */
  start(model: PodMetricsModel, request: StartedRequest): InFlightRequest {
    const { pods } = model;
    const decision = disaggDecision(pods, request.promptWords.length);
    const decodePod = this.next(model, 'decode');
    const prefillPod =
      decision === 'prefill-decode' ? this.next(model, 'prefill') : undefined;
    return new InFlightRequest(
      {
        decision,
        decode: decodePod && this.vllm(decodePod),
        prefill: prefillPod && this.vllm(prefillPod),
        epp:
          pods.scheduler &&
          this.epp(pods.scheduler).model(model.servedModelName),
      },
      request,
    );
  }

  private next(
    model: PodMetricsModel,
    role: 'decode' | 'prefill',
  ): SimulatedPod | undefined {
    const pods = model.pods[role];
    if (!pods.length) return undefined;
    const key = `${model.namespace}/${model.name}/${role}`;
    const turn = this.turns.get(key) ?? 0;
    this.turns.set(key, turn + 1);
    return pods[turn % pods.length];
  }
}
