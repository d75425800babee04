import {
  parseLlmdPolicy,
  resolveModelEppConfig,
} from '@llmd/plugin-llmd-common';
import { PD_EPP_CONFIG, qwenPd } from '../__testUtils__/testObjects';
import { FleetGovernance } from './FleetGovernance';

const parsed = parseLlmdPolicy({
  rules: { 'require-auth': { severity: 'deny' } },
});
if (!('policy' in parsed)) throw new Error('test policy is invalid');

const ON_CLUSTER = { eppDialect: 'scheduler-v0.2' };

describe('FleetGovernance', () => {
  it('evaluates each cached object once per dialect, and again once it is replaced', () => {
    const governance = new FleetGovernance({ policy: parsed.policy });
    const first = governance.findingsOf(qwenPd, ON_CLUSTER);
    expect(first?.map(f => f.rule)).toEqual(['require-auth']);
    expect(governance.findingsOf(qwenPd, ON_CLUSTER)).toBe(first);
    // the cache puts a new object in place of a changed one
    const fixed = {
      ...qwenPd,
      metadata: { ...qwenPd.metadata, annotations: {} },
    };
    expect(governance.findingsOf(fixed, ON_CLUSTER)).toEqual([]);
  });

  it('reports nothing without a policy', () => {
    const governance = new FleetGovernance({});
    expect(governance.configured).toBe(false);
    expect(governance.findingsOf(qwenPd, ON_CLUSTER)).toBeUndefined();
  });

  it('checks an EPP config kept in a ConfigMap, and again when the ConfigMap changes', () => {
    const lintPolicy = parseLlmdPolicy({
      rules: { 'epp-lint-errors': { severity: 'deny' } },
    });
    if (!('policy' in lintPolicy)) throw new Error('test policy is invalid');
    const model = {
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: { name: 'qwen', namespace: 'team-a' },
      spec: {
        router: { scheduler: { config: { ref: { name: 'qwen-epp' } } } },
      },
    };
    const configMap = (text: string) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'qwen-epp', namespace: 'team-a' },
      data: { epp: text },
    });
    // v0.2 wants scorer weights
    const valid = PD_EPP_CONFIG.replaceAll(
      '  - pluginRef: queue-scorer\n',
      '  - pluginRef: queue-scorer\n    weight: 1\n',
    );
    // a profile naming a plugin that is not defined: the scheduler would not start
    let current = configMap(
      valid.replace('- pluginRef: decode-filter', '- pluginRef: gone'),
    );
    const lookup = {
      llmInferenceServiceConfig: () => undefined,
      configMap: (namespace: string, name: string) =>
        namespace === 'team-a' && name === 'qwen-epp' ? current : undefined,
    };
    // what the backend's views hand over: the config as resolved from the cache now
    const onCluster = () => ({
      eppDialect: 'scheduler-v0.2',
      epp: resolveModelEppConfig(model, {
        lookup,
        clusterDialect: 'scheduler-v0.2',
      }),
    });
    const governance = new FleetGovernance({ policy: lintPolicy.policy });
    const findings = governance.findingsOf(model, onCluster()) ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map(f => `${f.rule} ${f.path}`))).toEqual(
      new Set(['epp-lint-errors spec.router.scheduler.config.ref']),
    );
    expect(findings.map(f => f.message).join()).toContain('gone');
    current = configMap(valid);
    expect(governance.findingsOf(model, onCluster())).toEqual([]);
  });
});
