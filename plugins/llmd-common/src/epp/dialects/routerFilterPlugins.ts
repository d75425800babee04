import type { PluginTypeSpec } from '../eppDialect';
import { v } from '../valueSpec';
import { deprecatedInRouterV09, plugin } from './pluginSpecBuilder';

/*
 * Filters registered by llm-d-router.
 * Checked against llm-d-router v0.9.0 and v0.10.0: every type is registered in cmd/epp/runner/runner.go
 * `registerInTreePlugins` at the tags named on its entry, and its parameters are the JSON fields its factory decodes in
 * the file named there (relative to pkg/epp/framework/plugins/). Entries marked "not in v0.9.0" are dropped by
 * routerV09, which also overrides the parameters that changed between the two tags.
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
  // scheduling/filter/bylabel/roles.go@R v0.9.0, v0.10.0
  'decode-filter': plugin('filter', 'none', {
    summary:
      'Keeps decode pods (label llm-d.ai/role decode, prefill-decode or both) and pods without a role label.',
  }),
  // scheduling/filter/bylabel/roles.go@R v0.9.0, v0.10.0
  'prefill-filter': plugin('filter', 'none', {
    summary: 'Keeps pods labelled llm-d.ai/role prefill (or a combined role).',
  }),
  // scheduling/filter/bylabel/roles.go@R v0.9.0, v0.10.0
  'encode-filter': plugin('filter', 'none', {
    summary: 'Keeps pods labelled llm-d.ai/role encode (or a combined role).',
  }),
  // scheduling/filter/bylabel/selector.go@R v0.9.0, v0.10.0
  'label-selector-filter': plugin('filter', labelSelector, {
    summary: 'Keeps endpoints whose pod labels match a label selector.',
  }),
  // scheduling/filter/bylabel/filter.go@R v0.9.0, v0.10.0
  'by-label': plugin(
    'filter',
    {
      label: v.string(),
      validValues: v.list(v.string()),
      allowsNoLabel: v.bool(false),
    },
    { deprecated: deprecatedInRouterV09('label-selector-filter') },
  ),
  // scheduling/filter/bylabel/selector.go@R v0.9.0, v0.10.0
  'by-label-selector': plugin('filter', 'unchecked', {
    deprecated: deprecatedInRouterV09('label-selector-filter'),
  }),
  // scheduling/filter/prefixcacheaffinity/plugin.go@R v0.9.0, v0.10.0
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
  // scheduling/filter/sloheadroomtier/plugin.go@R v0.9.0, v0.10.0
  'slo-headroom-tier-filter': plugin(
    'filter',
    { epsilonExploreNeg: v.float(0.01) },
    { summary: 'Keeps the endpoints predicted to meet the latency SLO.' },
  ),
  // scheduling/test/filter/request_header_based_filter.go@R v0.9.0, v0.10.0
  'header-based-testing-filter': plugin('filter', 'none'),
  // scheduling/filter/endpointattribute/filter.go@R v0.10.0 (not in v0.9.0)
  'endpoint-attribute-filter': plugin('filter', 'unchecked', alpha),
  // scheduling/filter/sessionaffinity/session_affinity.go@R v0.9.0, v0.10.0
  'session-affinity-filter': plugin('filter', 'unchecked', alpha),
  // scheduling/filter/sessionaffinity/multicluster.go@R v0.10.0 (not in v0.9.0)
  'multicluster-session-affinity-filter': plugin('filter', 'unchecked', alpha),
  // scheduling/filter/topologyaffinity/filter.go@R v0.10.0 (not in v0.9.0)
  'topology-affinity-filter': plugin(
    'filter',
    { minAffinity: v.any(), topologyProducerName: v.string() },
    {
      ...alpha,
      summary:
        'Keeps prefill pods close (same host, rack or zone) to the decode pod already picked.',
    },
  ),
  // scheduling/filter/utilization/filter.go@R v0.10.0 (not in v0.9.0)
  'utilization-filter': plugin('filter', 'unchecked', alpha),
};
