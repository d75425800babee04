import type {
  FleetModelMetrics,
  ModelSummary,
  ReachabilityVerdict,
} from '@llmd/plugin-llmd-common';
import { DIAGNOSIS_STEP_NAMES } from '../Reachability/diagnosisStepNames';

/** One row of the fleet table: a model service on one cluster. */
export interface FleetRow {
  /** Unique per row: the cluster and the catalog entity. */
  readonly id: string;
  /** The catalog entity (`component:<namespace>/<name>`); a model on two clusters has two rows with one entity. */
  readonly entityRef: string;
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly displayName: string;
  readonly modelName: string;
  /** The cluster cannot be reached; the row is its last known state. */
  readonly stale: boolean;
  readonly ready: boolean;
  /** Clients need a token. */
  readonly auth: boolean;
  /** Runs a separate prefill pool (P/D disaggregation). */
  readonly pd: boolean;
  /** Undefined when the spec does not state them (multi-node pools). */
  readonly gpus?: number;
  /** Undefined when the EPP config could not be read. */
  readonly routingPreset?: string;
  readonly lintErrors: number;
  readonly lintWarnings: number;
  /** Policy findings; undefined when no policy is configured. */
  readonly policyDeny?: number;
  readonly policyWarn?: number;
  /** Lint and policy findings together. */
  readonly findings: number;
  /** Undefined when the backend does not evaluate reachability. */
  readonly reachability?: ReachabilityVerdict;
  /** The first step that is not ok and its message (the Reachable column's tooltip). */
  readonly reachabilityNote?: string;
}

function reachabilityOf({ reachability }: ModelSummary) {
  if (!reachability) return {};
  if (reachability.verdict === 'reachable') {
    return { reachability: reachability.verdict };
  }
  const step = reachability.step
    ? DIAGNOSIS_STEP_NAMES[reachability.step]
    : reachability.verdict;
  return {
    reachability: reachability.verdict,
    reachabilityNote: `${step}${
      reachability.message ? ` — ${reachability.message}` : ''
    }`,
  };
}

/** The row of one model summary of `GET /api/llmd/models` (one model on one cluster). */
export function fleetRow(summary: ModelSummary): FleetRow {
  const lintErrors = summary.eppLint?.errors ?? 0;
  const lintWarnings = summary.eppLint?.warnings ?? 0;
  const policy = summary.findings;
  return {
    id: `${summary.cluster}/${summary.entityRef}`,
    entityRef: summary.entityRef,
    cluster: summary.cluster,
    namespace: summary.namespace,
    name: summary.name,
    displayName: summary.displayName,
    modelName: summary.modelName,
    stale: summary.stale,
    ready: summary.ready,
    auth: summary.authEnabled,
    pd: summary.replicas.prefill !== undefined,
    ...(summary.gpus !== undefined && { gpus: summary.gpus }),
    ...(summary.routingPreset && { routingPreset: summary.routingPreset }),
    lintErrors,
    lintWarnings,
    ...(policy && { policyDeny: policy.deny, policyWarn: policy.warn }),
    findings:
      lintErrors + lintWarnings + (policy ? policy.deny + policy.warn : 0),
    ...reachabilityOf(summary),
  };
}

/** The metrics columns, which sort the visible page only (the backend does not know the numbers). */
export type FleetMetricColumn = keyof Pick<
  FleetModelMetrics,
  'ttftP95Seconds' | 'requestsPerSecond' | 'kvCacheUsage'
>;

/**
 * The visible rows in the order of one metric, models without a number last in either direction (a dash is not
 * "the fastest"). Stable: rows with equal numbers keep the backend's order.
 */
export function sortByMetric<R>(
  rows: readonly R[],
  valueOf: (row: R) => number | null | undefined,
  descending: boolean,
): R[] {
  const known = rows.filter(row => typeof valueOf(row) === 'number');
  const unknown = rows.filter(row => typeof valueOf(row) !== 'number');
  const sign = descending ? -1 : 1;
  return [
    ...[...known].sort(
      (a, b) => sign * ((valueOf(a) as number) - (valueOf(b) as number)),
    ),
    ...unknown,
  ];
}
