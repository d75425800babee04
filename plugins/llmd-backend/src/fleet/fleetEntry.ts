import type {
  GovernanceObjectFindings,
  ModelProbeResult,
  ModelSummary,
} from '@llmd/plugin-llmd-common';

/** The kinds the fleet view keeps an entry for: models (summaries and findings) and Gateways (findings). */
export type FleetEntryKind = 'LLMInferenceService' | 'Gateway';

/**
 * What the fleet view keeps of one object: replaced, never mutated, when it is evaluated again, so a memoised
 * page can hold entries without copying them.
 */
export interface FleetEntry {
  /** {@link objectKey} of the object. */
  readonly key: string;
  readonly cluster: string;
  readonly kind: FleetEntryKind;
  readonly namespace: string;
  readonly name: string;
  /** Models only. */
  readonly summary?: ModelSummary;
  /** The object's policy findings; absent when it has none (or no policy is configured). */
  readonly governance?: GovernanceObjectFindings;
  /** The probe result the reachability verdict used; re-evaluated when it changes or expires. */
  readonly probe?: ModelProbeResult;
}

/** An object a fleet entry is kept for. */
export interface FleetObjectRef {
  readonly cluster: string;
  readonly kind: FleetEntryKind;
  readonly namespace: string;
  readonly name: string;
}

/** Entries replaced by one evaluation round of the fleet view: the old records and the new ones. */
export interface FleetChange {
  readonly removed: readonly FleetEntry[];
  readonly added: readonly FleetEntry[];
}
