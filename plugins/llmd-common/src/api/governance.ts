/**
 * JSON of `GET /api/llmd/governance`: the platform policy evaluated over the live objects of every cluster.
 */

import { z } from 'zod';
import { dnsLabel } from '../kube/dnsNames';
import { clusterNameSchema } from './clusterName';
import { pageQueryShape } from './modelSummary';

/**
 * One broken policy rule, as the API and UIs show it.
 *
 * @public
 */
export interface GovernanceFinding {
  /** Policy rule id, e.g. `max-gpus-per-model`. */
  readonly rule: string;
  /** `deny` blocks changes in the scaffolder and GitOps CI; on a running object it marks a violation. */
  readonly severity: 'deny' | 'warn';
  /** Dotted path of the offending field in the object. */
  readonly path: string;
  readonly message: string;
}

/**
 * Counts of findings by severity.
 *
 * @public
 */
export interface GovernanceCounts {
  readonly deny: number;
  readonly warn: number;
}

/**
 * The findings of one object on one cluster (only objects with findings are listed).
 *
 * @public
 */
export interface GovernanceObjectFindings {
  readonly cluster: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** The catalog entity, for LLMInferenceServices (`component:<namespace>/<name>`). */
  readonly entityRef?: string;
  /** The cluster cannot be reached; the object is its last known state. */
  readonly stale: boolean;
  readonly findings: readonly GovernanceFinding[];
}

/**
 * Response of `GET /api/llmd/governance`: one page of the objects with findings matching the query (cluster, then
 * namespace, kind and name order). Carries an `ETag`; a matching `If-None-Match` gets `304 Not Modified`.
 *
 * @public
 */
export interface GovernanceResponse {
  /** False when `llmd.policy` is not configured: nothing is evaluated and `items` is empty. */
  readonly configured: boolean;
  /** Rule ids the policy enables. */
  readonly rules: readonly string[];
  /** Totals over all items. */
  /** Totals over every object with findings (not only the filtered ones). */
  readonly counts: GovernanceCounts & { readonly objects: number };
  readonly items: readonly GovernanceObjectFindings[];
  /** Pass as `cursor` for the next page; absent on the last page. Opaque. */
  readonly nextCursor?: string;
  /** Objects matching the filters (all pages). */
  readonly totalCount: number;
}

/**
 * Query of `GET /api/llmd/governance`. Strict, like every query.
 *
 * @public
 */
export const governanceQuerySchema = z
  .object({
    ...pageQueryShape,
    cluster: clusterNameSchema.optional(),
    /** The namespace of the object (a tenant), for namespaced objects. */
    tenant: dnsLabel.optional(),
    /** Only objects with at least one finding of this severity. */
    severity: z.enum(['deny', 'warn']).optional(),
    /** Only objects with a finding of this rule id. */
    rule: z.string().max(100).optional(),
    /** Case-insensitive substring of the object's name, namespace or a finding's message. */
    q: z.string().max(200).optional(),
  })
  .strict();

/**
 * Parsed query of `GET /api/llmd/governance`.
 *
 * @public
 */
export type GovernanceQuery = z.infer<typeof governanceQuerySchema>;

/**
 * What a client may pass as the query of `GET /api/llmd/governance`.
 *
 * @public
 */
export type GovernanceQueryInput = z.input<typeof governanceQuerySchema>;
