import { z } from 'zod';
import { dnsLabel } from '../kube/dnsNames';
import { clusterNameSchema } from './clusterName';
import type { ModelRoutingPreset } from '../render/model/modelRoutingInput';
import type { GovernanceCounts } from './governance';
import type { ModelReachabilitySummary } from './reachability';

/**
 * Replica counts from the spec: the decode pool (`spec.replicas`) and, with P/D disaggregation, the prefill pool.
 *
 * @public
 */
export interface ModelReplicas {
  readonly decode: number;
  /** Set only when the model runs a separate prefill pool (`spec.prefill`). */
  readonly prefill?: number;
}

/**
 * One LLMInferenceService on one cluster, as listed by `GET /api/llmd/models`.
 *
 * @public
 */
export interface ModelSummary {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  /** The catalog entity of the model service (`component:<namespace>/<name>`). */
  readonly entityRef: string;
  /** `openshift.io/display-name`, else the object name. */
  readonly displayName: string;
  /** `backstage.io/owner` annotation, when set. */
  readonly owner?: string;
  /** The served model name clients send as `model` (`spec.model.name`, else the object name). */
  readonly modelName: string;
  /** The `Ready` condition is `True`. */
  readonly ready: boolean;
  readonly replicas: ModelReplicas;
  /** Clients need a token (auth is on unless `security.opendatahub.io/enable-auth` is "false"). */
  readonly authEnabled: boolean;
  /** Base URLs (`.../<namespace>/<name>/v1`), most authoritative first. */
  readonly endpoints: readonly string[];
  /** The cluster cannot be reached; this is its last known state. */
  readonly stale: boolean;
  /** GPUs over all pods of the decode and prefill pools; absent when the spec does not state them (multi-node). */
  readonly gpus?: number;
  /** The routing preset its EPP config matches; absent when the config could not be read. */
  readonly routingPreset?: ModelRoutingPreset;
  /** Lint findings of its EPP config; absent when there is no config text to lint. */
  readonly eppLint?: { readonly errors: number; readonly warnings: number };
  /** Policy findings on the live object; absent when no policy is configured. */
  readonly findings?: GovernanceCounts;
  /**
   * Whether clients can reach it, from the cached objects (and the last probe when one is fresh); absent when the
   * backend does not evaluate reachability.
   */
  readonly reachability?: ModelReachabilitySummary;
}

/**
 * Response of `GET /api/llmd/models`.
 *
 * @public
 */
export interface ListModelsResponse {
  readonly items: readonly ModelSummary[];
}

/**
 * Query of `GET /api/llmd/models`. Strict: unknown parameters are rejected, so nothing (a token, say) can be smuggled
 * into URLs that end up in access logs.
 *
 * @public
 */
export const listModelsQuerySchema = z
  .object({
    cluster: clusterNameSchema.optional(),
    namespace: dnsLabel.optional(),
  })
  .strict();

/**
 * Parsed query of `GET /api/llmd/models`.
 *
 * @public
 */
export type ListModelsQuery = z.infer<typeof listModelsQuerySchema>;
