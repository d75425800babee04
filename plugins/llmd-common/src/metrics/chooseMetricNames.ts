import {
  detectableSeriesName,
  KSERVE_METRIC_PREFIX,
  METRIC_CATALOG,
  type MetricAlias,
  metricAliases,
  type MetricFamily,
  type MetricKey,
} from './metricCatalog';

/**
 * The names to query in one Prometheus, chosen from what it has.
 *
 * @public
 */
export interface ChosenMetricNames {
  /** Metric key → name to query (histograms without `_bucket`); keys Prometheus has under no name are absent. */
  readonly names: Partial<Readonly<Record<MetricKey, string>>>;
  /** Per family, the generation found, for `MetricsSourceInfo.names`; absent when nothing of the family exists. */
  readonly generations: Partial<Readonly<Record<MetricFamily, string>>>;
  /** In words: which aliases are used instead of the current raw names. */
  readonly warnings: readonly string[];
}

/**
 * Chooses, per metric, the first of its aliases that `available` (the series names Prometheus has) contains:
 * current raw name, legacy raw name, `kserve_` current, `kserve_` legacy.
 *
 * @public
 */
export function chooseMetricNames(
  available: Iterable<string>,
): ChosenMetricNames {
  const have = new Set(available);
  const picks = new Map<MetricKey, MetricAlias>();
  for (const key of Object.keys(METRIC_CATALOG) as MetricKey[]) {
    const alias = metricAliases(key).find(a =>
      have.has(detectableSeriesName(key, a.name)),
    );
    if (alias) picks.set(key, alias);
  }
  const names: Partial<Record<MetricKey, string>> = {};
  for (const [key, alias] of picks) names[key] = alias.name;
  return {
    names,
    generations: generationsOf(picks),
    warnings: aliasWarnings(picks),
  };
}

function familyPicks(
  picks: ReadonlyMap<MetricKey, MetricAlias>,
  family: MetricFamily,
): MetricAlias[] {
  return [...picks]
    .filter(([key]) => METRIC_CATALOG[key].family === family)
    .map(([, alias]) => alias);
}

function generationsOf(
  picks: ReadonlyMap<MetricKey, MetricAlias>,
): Partial<Record<MetricFamily, string>> {
  const result: Partial<Record<MetricFamily, string>> = {};
  const describe = (
    family: MetricFamily,
    raw: string,
    legacyRaw: string,
  ): void => {
    const aliases = familyPicks(picks, family);
    if (aliases.length === 0) return;
    const prefixed = aliases.some(a => a.prefixed);
    const legacy = aliases.some(a => a.legacy);
    const base = legacy && !aliases.some(a => !a.legacy) ? legacyRaw : raw;
    result[family] = [
      prefixed
        ? `${KSERVE_METRIC_PREFIX}${base} (OpenShift AI prefixed)`
        : base,
      ...(legacy ? ['legacy names'] : []),
    ].join(', ');
  };
  describe('vllm', 'vllm:*', 'vllm:*');
  describe('epp', 'llm_d_epp_*', 'llm_d_inference_scheduler_*');
  return result;
}

function aliasWarnings(picks: ReadonlyMap<MetricKey, MetricAlias>): string[] {
  const warnings: string[] = [];
  for (const family of ['vllm', 'epp'] as const) {
    const prefixed = familyPicks(picks, family).filter(a => a.prefixed);
    if (prefixed.length > 0) {
      // vLLM: the whole family; EPP: the one or two names read
      const what =
        family === 'vllm'
          ? `vLLM metrics (${KSERVE_METRIC_PREFIX}vllm:*)`
          : `EPP metrics (${prefixed.map(a => a.name).join(', ')})`;
      warnings.push(
        `${what} are read under OpenShift AI's ${KSERVE_METRIC_PREFIX} prefix: Prometheus has no raw copy of them`,
      );
    }
  }
  for (const [key, alias] of picks) {
    if (!alias.legacy) continue;
    const entry = METRIC_CATALOG[key];
    const current = alias.prefixed
      ? `${KSERVE_METRIC_PREFIX}${entry.current[0]}`
      : entry.current[0];
    warnings.push(
      `${entry.label} is read from ${alias.name}, ${entry.legacyNote} (${current} is not in Prometheus)`,
    );
  }
  return warnings;
}
