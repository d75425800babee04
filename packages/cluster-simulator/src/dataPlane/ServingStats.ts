import { PodMetrics } from './metrics/PodMetrics';

/** One served request, as vLLM's request metrics observe it. */
export interface RequestObservation {
  promptTokens: number;
  generationTokens: number;
  /** Arrival to first generated token. */
  ttftSeconds: number;
  /** Arrival to last byte. */
  e2eSeconds: number;
  finishedReason: 'stop' | 'length';
  /** Unix milliseconds the request finished. */
  finishedAt: number;
}

/** What one model (one LLMInferenceService) has served so far. */
export interface ModelServingStats {
  namespace: string;
  name: string;
  /** The model name clients send (`spec.model.name`, else the LLMInferenceService's name). */
  servedModelName: string;
  /** Successful requests. */
  requests: number;
  /** Requests the simulated vLLM refused (bad body, unknown model), by HTTP status. */
  errorsByStatus: Record<number, number>;
  promptTokens: number;
  generationTokens: number;
  finishedReasons: Record<string, number>;
  /** The latest observations, oldest first (at most {@link RECENT_OBSERVATIONS}). */
  recent: RequestObservation[];
}

/** Enough for a histogram scrape interval of a busy demo; older observations live on only in the counters. */
const RECENT_OBSERVATIONS = 1000;

/**
 * Per-model counters and latency observations of the simulated vLLM servers (keys `<namespace>/<name>`), and the
 * per-pod metrics behind each model's pods, which the pod network serves as Prometheus `/metrics`.
 */
export class ServingStats {
  /** The per-pod metrics (vLLM and scheduler pods) the pod network exposes. */
  readonly pods = new PodMetrics();
  private readonly byModel = new Map<string, ModelServingStats>();

  /** The stats of a model, undefined when it has served nothing yet. */
  of(namespace: string, name: string): ModelServingStats | undefined {
    return this.byModel.get(`${namespace}/${name}`);
  }

  /** Every model that has served or refused a request, in order of first request. */
  all(): ModelServingStats[] {
    return [...this.byModel.values()];
  }

  recordServed(model: ServedModelRef, observation: RequestObservation): void {
    const stats = this.entry(model);
    stats.requests++;
    stats.promptTokens += observation.promptTokens;
    stats.generationTokens += observation.generationTokens;
    stats.finishedReasons[observation.finishedReason] =
      (stats.finishedReasons[observation.finishedReason] ?? 0) + 1;
    stats.recent.push(observation);
    if (stats.recent.length > RECENT_OBSERVATIONS) stats.recent.shift();
  }

  recordError(model: ServedModelRef, status: number): void {
    const stats = this.entry(model);
    stats.errorsByStatus[status] = (stats.errorsByStatus[status] ?? 0) + 1;
  }

  private entry(model: ServedModelRef): ModelServingStats {
    const key = `${model.namespace}/${model.name}`;
    let stats = this.byModel.get(key);
    if (!stats) {
      stats = {
        ...model,
        requests: 0,
        errorsByStatus: {},
        promptTokens: 0,
        generationTokens: 0,
        finishedReasons: {},
        recent: [],
      };
      this.byModel.set(key, stats);
    }
    return stats;
  }
}

/** Which model served a request. */
export interface ServedModelRef {
  namespace: string;
  name: string;
  servedModelName: string;
}
