import { DisaggDecision, EppModelCounts } from './EppPodState';
import { FinishedReason, VllmPodState } from './VllmPodState';

/** `max_model_len` of the simulated vLLM (as `/v1/models` reports it): the `max_tokens` of a request without one. */
const MAX_MODEL_LEN = 4096;

/** A completion request as it starts on the simulated vLLM. */
export interface StartedRequest {
  /** `http_requests_total{handler}`, e.g. `/v1/completions`. */
  handler: string;
  /** The prompt's tokens (words), for the prefix cache. */
  promptWords: readonly string[];
  /** Tokens the response will have. */
  generationTokens: number;
  /** `max_tokens` of the request, if given. */
  maxTokens?: number;
}

/** How a served request ended. */
export interface RequestOutcome {
  ttftSeconds: number;
  e2eSeconds: number;
  finishedReason: FinishedReason;
}

/** Where a request runs: its decode pod, its prefill pod (P/D split), the scheduler's counts of its model. */
export interface RequestPlacement {
  decision?: DisaggDecision;
  decode?: VllmPodState;
  prefill?: VllmPodState;
  epp?: EppModelCounts;
}

/**
 * A request in flight on its pods, counted in their gauges from the start; `finish` or `abort` it once. The prefix
 * caches are looked up at the start, as the engine does when it schedules the request.
 */
export class InFlightRequest {
  private readonly promptTokens: number;
  private readonly decodeCached: number;
  private readonly prefillCached: number;
  private ended = false;

  constructor(
    private readonly placement: RequestPlacement,
    private readonly request: StartedRequest,
  ) {
    const { decode, prefill, epp, decision } = placement;
    this.promptTokens = request.promptWords.length;
    this.decodeCached = decode?.cachePrompt(request.promptWords) ?? 0;
    this.prefillCached = prefill?.cachePrompt(request.promptWords) ?? 0;
    this.track(+1);
    if (epp) {
      epp.requests++;
      if (decision)
        epp.decisions[decision] = (epp.decisions[decision] ?? 0) + 1;
    }
  }

  /** The scheduler's decision for a P/D model, else undefined. */
  get decision(): DisaggDecision | undefined {
    return this.placement.decision;
  }

  /** The request was answered: every pod it went through counts it. */
  finish(outcome: RequestOutcome): void {
    if (!this.end()) return;
    const { decode, prefill, epp } = this.placement;
    const { promptTokens, request } = this;
    // With P/D the decode pod computes only the last prompt token; the rest of the KV comes from the prefill pod.
    const transferred = prefill
      ? Math.max(0, promptTokens - this.decodeCached - 1)
      : 0;
    decode?.countHttp(request.handler, 'POST', 200);
    decode?.observe({
      promptTokens,
      cachedTokens: this.decodeCached,
      transferredTokens: transferred,
      generationTokens: request.generationTokens,
      maxTokens: request.maxTokens ?? Math.max(1, MAX_MODEL_LEN - promptTokens),
      ...outcome,
    });
    // The prefill pod got the request with max_tokens 1 from the decode pod's sidecar.
    prefill?.countHttp(request.handler, 'POST', 200);
    prefill?.observe({
      promptTokens,
      cachedTokens: this.prefillCached,
      transferredTokens: 0,
      generationTokens: 1,
      maxTokens: 1,
      ttftSeconds: outcome.ttftSeconds,
      e2eSeconds: outcome.ttftSeconds,
      finishedReason: 'length',
    });
    epp?.duration.observe(outcome.e2eSeconds);
  }

  /** The client went away: the decode pod counts an `abort`. */
  abort(): void {
    if (this.end() && this.placement.decode) {
      this.placement.decode.finished.abort++;
    }
  }

  private end(): boolean {
    if (this.ended) return false;
    this.ended = true;
    this.track(-1);
    return true;
  }

  /** Adds (+1) or removes (-1) the request from the pods' in-flight gauges. */
  private track(sign: 1 | -1): void {
    const { decode, prefill, epp } = this.placement;
    if (decode) {
      decode.running += sign;
      decode.inFlightTokens +=
        sign * (this.promptTokens + this.request.generationTokens);
    }
    if (prefill) {
      prefill.running += sign;
      prefill.inFlightTokens += sign * this.promptTokens;
    }
    if (epp) epp.running += sign;
  }
}
