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
 * Counts of models per value, for the filter chips of the fleet page.
 *
 * @public
 */
export interface ModelFacets {
  /** Per tenant (namespace). */
  readonly tenant: Readonly<Record<string, number>>;
  readonly cluster: Readonly<Record<string, number>>;
  /** Per routing preset; `unknown` when the EPP config could not be read. */
  readonly routing: Readonly<Record<string, number>>;
}

/**
 * Response of `GET /api/llmd/models`: one page of the models matching the query, in the requested order. The
 * response carries an `ETag`; a request with a matching `If-None-Match` gets `304 Not Modified`.
 *
 * @public
 */
export interface ListModelsResponse {
  readonly items: readonly ModelSummary[];
  /** Pass as `cursor` for the next page; absent on the last page. Opaque. */
  readonly nextCursor?: string;
  /** Models matching the filters (all pages). */
  readonly totalCount: number;
  /**
   * Counts per tenant, cluster and routing preset. Each facet counts the models matching every filter but its own,
   * so a chip shows how many models selecting it would give.
   */
  readonly facets: ModelFacets;
}

/**
 * Sort keys of `GET /api/llmd/models`; a leading `-` sorts descending. Ties are broken by namespace, name, cluster.
 *
 * @public
 */
export const MODEL_SORT_KEYS = [
  'name',
  'tenant',
  'cluster',
  'ready',
  'routing',
  'reachable',
  'findings',
  'gpus',
] as const;

/** `name`, `-name`, `tenant`, ... */
const modelSortSchema = z.enum([
  ...MODEL_SORT_KEYS,
  ...MODEL_SORT_KEYS.map(key => `-${key}` as const),
] as [string, ...string[]]);

/**
 * Largest page of `GET /api/llmd/models` and `GET /api/llmd/governance`.
 *
 * @public
 */
export const MAX_PAGE_LIMIT = 500;

/**
 * Page size when the query gives no `limit`.
 *
 * @public
 */
export const DEFAULT_PAGE_LIMIT = 50;

/**
 * `limit` and `cursor` of the paged routes.
 *
 * @public
 */
export const pageQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT),
  /** Opaque, from the previous response's `nextCursor`. */
  cursor: z.string().max(512).optional(),
};

/**
 * Query of `GET /api/llmd/models`. Strict: unknown parameters are rejected, so nothing (a token, say) can be smuggled
 * into URLs that end up in access logs.
 *
 * @public
 */
export const listModelsQuerySchema = z
  .object({
    ...pageQueryShape,
    /** Case-insensitive substring of the name, display name, served model name, tenant or owner. */
    q: z.string().max(200).optional(),
    /** The tenant: the model's namespace. */
    tenant: dnsLabel.optional(),
    cluster: clusterNameSchema.optional(),
    ready: z.enum(['true', 'false']).optional(),
    /** A routing preset, or `unknown`. */
    routing: z.string().max(63).optional(),
    reachable: z
      .enum(['reachable', 'degraded', 'unknown', 'unreachable'])
      .optional(),
    sort: modelSortSchema.default('name'),
  })
  .strict();

/**
 * Parsed query of `GET /api/llmd/models`.
 *
 * @public
 */
export type ListModelsQuery = z.infer<typeof listModelsQuerySchema>;

/**
 * What a client may pass as the query of `GET /api/llmd/models` (every field optional).
 *
 * @public
 */
export type ListModelsQueryInput = z.input<typeof listModelsQuerySchema>;
