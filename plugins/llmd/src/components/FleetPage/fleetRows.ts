import type { ModelSummary } from '@llmd/plugin-llmd-common';

/** Readiness of a model over the clusters that run it. */
export type FleetReadiness = 'ready' | 'partial' | 'not-ready';

/** One row of the fleet table: a model service on every cluster that runs it. */
export interface FleetRow {
  /** The catalog entity (`component:<namespace>/<name>`), unique per row. */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly displayName: string;
  readonly modelName: string;
  readonly clusters: readonly string[];
  /** Clusters that cannot be reached (their state is the last known one). */
  readonly staleClusters: readonly string[];
  readonly readiness: FleetReadiness;
  /** "Ready", "1/2 ready", "Not ready": also the sort and filter value of the column. */
  readonly readyText: string;
  /** Clients need a token on at least one cluster. */
  readonly auth: boolean;
  /** Runs a separate prefill pool (P/D disaggregation) somewhere. */
  readonly pd: boolean;
  /** GPUs over all clusters; undefined when any cluster's total is unknown (multi-node pools). */
  readonly gpus?: number;
  /** The routing preset, `mixed` when clusters differ, undefined when unknown. */
  readonly routingPreset?: string;
  readonly lintErrors: number;
  readonly lintWarnings: number;
  /** Policy findings; undefined when no policy is configured. */
  readonly policyDeny?: number;
  readonly policyWarn?: number;
  /** Lint and policy findings together (what the "Findings" column sorts by). */
  readonly findings: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function rowOf(id: string, summaries: readonly ModelSummary[]): FleetRow {
  const first = summaries[0];
  const readyCount = summaries.filter(s => s.ready).length;
  let readiness: FleetReadiness = 'partial';
  if (readyCount === summaries.length) readiness = 'ready';
  else if (readyCount === 0) readiness = 'not-ready';
  const readyText = {
    ready: 'Ready',
    partial: `${readyCount}/${summaries.length} ready`,
    'not-ready': 'Not ready',
  }[readiness];
  const presets = new Set(summaries.map(s => s.routingPreset));
  const gpus = summaries.map(s => s.gpus);
  const lintErrors = sum(summaries.map(s => s.eppLint?.errors ?? 0));
  const lintWarnings = sum(summaries.map(s => s.eppLint?.warnings ?? 0));
  const withPolicy = summaries.filter(s => s.findings);
  const policyDeny = withPolicy.length
    ? sum(withPolicy.map(s => s.findings!.deny))
    : undefined;
  const policyWarn = withPolicy.length
    ? sum(withPolicy.map(s => s.findings!.warn))
    : undefined;
  let routingPreset: string | undefined = 'mixed';
  if (presets.size === 1) routingPreset = first.routingPreset;
  return {
    id,
    namespace: first.namespace,
    name: first.name,
    displayName: first.displayName,
    modelName: first.modelName,
    clusters: summaries.map(s => s.cluster),
    staleClusters: summaries.filter(s => s.stale).map(s => s.cluster),
    readiness,
    readyText,
    auth: summaries.some(s => s.authEnabled),
    pd: summaries.some(s => s.replicas.prefill !== undefined),
    ...(gpus.every(g => g !== undefined) && { gpus: sum(gpus as number[]) }),
    ...(routingPreset && { routingPreset }),
    lintErrors,
    lintWarnings,
    ...(policyDeny !== undefined && { policyDeny, policyWarn }),
    findings: lintErrors + lintWarnings + (policyDeny ?? 0) + (policyWarn ?? 0),
  };
}

/**
 * Groups the backend's per-cluster summaries into one row per model service, sorted by namespace and name. Linear
 * in the number of summaries, so 5 000 models cost a few milliseconds.
 */
export function fleetRows(summaries: readonly ModelSummary[]): FleetRow[] {
  const byEntity = new Map<string, ModelSummary[]>();
  for (const summary of summaries) {
    const group = byEntity.get(summary.entityRef);
    if (group) group.push(summary);
    else byEntity.set(summary.entityRef, [summary]);
  }
  return [...byEntity]
    .map(([id, group]) => rowOf(id, group))
    .sort(
      (a, b) =>
        a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
}
