import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { deprecatedInRouterV09, plugin } from './pluginSpecBuilder';

/*
 * Filters registered by llm-d-router (reference/epp/plugin-catalog-llm-d-router-HEAD.tsv).
 */

const alpha = { stability: 'alpha' } as const;
const labelSelector = {
  matchLabels: v.map(v.string()),
  matchExpressions: v.list(
    v.object({
      key: v.string(),
      operator: v.string(),
      values: v.list(v.string()),
    }),
  ),
};

/** Filter plugins of llm-d-router. */
export const routerFilterPlugins: Readonly<Record<string, PluginTypeSpec>> = {
  'decode-filter': plugin('filter', 'none', {
    summary:
      'Keeps decode pods (label llm-d.ai/role decode, prefill-decode or both) and pods without a role label.',
  }),
  'prefill-filter': plugin('filter', 'none', {
    summary: 'Keeps pods labelled llm-d.ai/role prefill (or a combined role).',
  }),
  'encode-filter': plugin('filter', 'none', {
    summary: 'Keeps pods labelled llm-d.ai/role encode (or a combined role).',
  }),
  'label-selector-filter': plugin('filter', labelSelector, {
    summary: 'Keeps endpoints whose pod labels match a label selector.',
  }),
  'by-label': plugin(
    'filter',
    {
      label: v.string(),
      validValues: v.list(v.string()),
      allowsNoLabel: v.bool(false),
    },
    { deprecated: deprecatedInRouterV09('label-selector-filter') },
  ),
  'by-label-selector': plugin('filter', 'unchecked', {
    deprecated: deprecatedInRouterV09('label-selector-filter'),
  }),
  'prefix-cache-affinity-filter': plugin(
    'filter',
    {
      affinityThreshold: v.float(0.8),
      explorationProbability: v.float(0.01),
      maxTTFTPenaltyMs: v.float(5000),
      ttftSource: v.string(),
    },
    { summary: 'Keeps endpoints with a good enough prefix-cache match.' },
  ),
  'slo-headroom-tier-filter': plugin(
    'filter',
    { epsilonExploreNeg: v.float(0.01) },
    { summary: 'Keeps the endpoints predicted to meet the latency SLO.' },
  ),
  'header-based-testing-filter': plugin('filter', 'unchecked'),
  'endpoint-attribute-filter': plugin('filter', 'unchecked', alpha),
  'session-affinity-filter': plugin('filter', 'unchecked', alpha),
  'multicluster-session-affinity-filter': plugin('filter', 'unchecked', alpha),
  'topology-affinity-filter': plugin(
    'filter',
    { minAffinity: v.any(), topologyProducerName: v.string() },
    {
      ...alpha,
      summary:
        'Keeps prefill pods close (same host, rack or zone) to the decode pod already picked.',
    },
  ),
  'utilization-filter': plugin('filter', 'unchecked', alpha),
};
