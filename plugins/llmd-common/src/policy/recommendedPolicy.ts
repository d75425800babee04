import type { LlmdPolicy } from './llmdPolicy';

/**
 * The sample policy of docs/governance.md, and what `llmd lint manifests` applies without `--policy`: approved model
 * sources, GPU and replica limits, auth and tenant isolation as `deny`; HTTPS, EPP dialects, dashboard labels and
 * RoCE for P/D as `warn`.
 *
 * @public
 */
export const RECOMMENDED_LLMD_POLICY: LlmdPolicy = {
  rules: {
    'model-uri-allowed': {
      severity: 'deny',
      prefixes: ['oci://quay.io/redhat-ai-services/', 'hf://ibm-granite/'],
    },
    'max-gpus-per-replica': { severity: 'deny', max: 4 },
    'max-gpus-per-model': { severity: 'deny', max: 16 },
    'max-replicas': { severity: 'warn', max: 8 },
    'require-auth': { severity: 'deny' },
    'require-https': { severity: 'warn' },
    'gateway-from-all': { severity: 'deny' },
    'epp-dialect-allowed': {
      severity: 'warn',
      dialects: ['scheduler-v0.5', 'router-v0.10'],
    },
    'epp-lint-errors': { severity: 'deny' },
    'dashboard-label': { severity: 'warn' },
    'pd-requires-roce': { severity: 'warn' },
    'owner-required': { severity: 'deny' },
  },
  overrides: [
    {
      namespaces: ['team-research'],
      rules: { 'max-gpus-per-model': { severity: 'deny', max: 64 } },
    },
  ],
};
