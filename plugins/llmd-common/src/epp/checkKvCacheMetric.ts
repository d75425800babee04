import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { CURRENT_KV_CACHE_METRIC, KV_CACHE_SCORERS } from './kvCacheMetric';

/** KV-cache scorers on EPPs whose default metric current vLLM no longer exports. */
export function checkKvCacheMetric(ctx: EppLintContext): EppFinding[] {
  if (ctx.dialect.kvCacheMetric.defaultMetric === CURRENT_KV_CACHE_METRIC) {
    return [];
  }
  return ctx.plugins
    .filter(
      plugin => KV_CACHE_SCORERS.includes(plugin.type ?? '') && plugin.spec,
    )
    .map(plugin => ({
      code: 'kv-metric-default-outdated' as const,
      severity: 'warning' as const,
      path: ['plugins', plugin.index, 'type'],
      message: `\`${plugin.type}\` in ${ctx.dialect.id} reads \`${ctx.dialect.kvCacheMetric.defaultMetric}\` unless the EPP is started with --kv-cache-usage-percentage-metric=${CURRENT_KV_CACHE_METRIC}.`,
    }));
}
