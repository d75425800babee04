import { Histogram } from './Histogram';
import { EPP_REQUEST_DURATION_BUCKETS } from './vllmBuckets';

/** How the EPP's disaggregation profile handler routed a request (`llm_d_epp_disagg_decision_total{decision_type}`). */
export type DisaggDecision = 'decode-only' | 'prefill-decode';

/** Counts of one model name the EPP saw (its `model_name` = `target_model_name`; nothing rewrites models here). */
export interface EppModelCounts {
  requests: number;
  running: number;
  /** Errors by the EPP's error code (`BadRequest`, `NotFound`). */
  errors: Record<string, number>;
  /** Only for P/D models, whose EPP runs a disaggregation profile handler. */
  decisions: Partial<Record<DisaggDecision, number>>;
  duration: Histogram;
}

/** The EPP's error code for a model server's HTTP status. */
export function eppErrorCode(status: number): string {
  if (status === 404) return 'NotFound';
  if (status === 429) return 'ResourceExhausted';
  if (status === 503) return 'ServiceUnavailable';
  return status >= 500 ? 'Internal' : 'BadRequest';
}

/** What the scheduler (EPP) pod of one model counts: requests, errors, P/D decisions, by requested model name. */
export class EppPodState {
  readonly byModel = new Map<string, EppModelCounts>();

  model(modelName: string): EppModelCounts {
    let counts = this.byModel.get(modelName);
    if (!counts) {
      counts = {
        requests: 0,
        running: 0,
        errors: {},
        decisions: {},
        duration: new Histogram(EPP_REQUEST_DURATION_BUCKETS),
      };
      this.byModel.set(modelName, counts);
    }
    return counts;
  }
}
