/**
 * JSON of `GET /api/llmd/governance`: the platform policy evaluated over the live objects of every cluster.
 */

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
 * Response of `GET /api/llmd/governance`.
 *
 * @public
 */
export interface GovernanceResponse {
  /** False when `llmd.policy` is not configured: nothing is evaluated and `items` is empty. */
  readonly configured: boolean;
  /** Rule ids the policy enables. */
  readonly rules: readonly string[];
  /** Totals over all items. */
  readonly counts: GovernanceCounts & { readonly objects: number };
  readonly items: readonly GovernanceObjectFindings[];
}
