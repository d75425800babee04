import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { CURRENT_KV_CACHE_METRIC, KV_CACHE_SCORERS } from './kvCacheMetric';

/**
 * KV-cache scorers on EPPs whose default metric current vLLM no longer exports: S v0.2 (`-kvCacheUsagePercentageMetric`,
 * default vllm:gpu_cache_usage_perc: pkg/epp/server/runserver.go@G v0.5.0) and S v0.3 (kebab-case flag, same default:
 * runserver.go@G v1.0.0). A warning: the config loads, the KV signal is lost.
 */
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
      message: `\`${plugin.type}\` in ${ctx.dialect.id} reads \`${ctx.dialect.kvCacheMetric.defaultMetric}\`, which current vLLM no longer exports; start the EPP with ${ctx.dialect.kvCacheMetric.usageFlagName}=${CURRENT_KV_CACHE_METRIC} (this version's spelling of the flag).`,
    }));
}
