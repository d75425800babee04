import type { EppDialectId } from '../epp';

/**
 * What decided the dialect of a scheduler: the cluster's configuration (`llmd.clusters[].defaults.eppDialect`), the
 * tag of the EPP image, the spelling of the EPP's flags, or nothing (the built-in assumption).
 *
 * @public
 */
export type SchedulerEppDialectSource =
  | 'configured'
  | 'image-tag'
  | 'flags'
  | 'assumed';

/**
 * The EPP dialect a cluster's (or one model's) scheduler is taken to run, with the evidence for it.
 *
 * @public
 */
export interface SchedulerEppDialect {
  readonly id: EppDialectId;
  readonly source: SchedulerEppDialectSource;
  /** One line for people, e.g. `scheduler-v0.7 — from image tag v0.7.1`. */
  readonly summary: string;
  /** What was read and what it says, most decisive first (sentences). */
  readonly evidence: readonly string[];
  /** Set when two pieces of evidence contradict each other (e.g. the image tag and the flags), saying which won. */
  readonly conflict?: string;
  /**
   * The object whose scheduler was read: the controller's template, the model (or base config) for its own override,
   * or a Deployment (the CLI).
   */
  readonly scheduler?: {
    /** `LLMInferenceServiceConfig`, `LLMInferenceService` or `Deployment`. */
    readonly kind: string;
    readonly namespace: string;
    readonly name: string;
    /** The EPP image it names. */
    readonly image?: string;
  };
}
