import type { ModelEppConfig } from '@llmd/plugin-llmd-common';
import {
  configMapEpp,
  controllerDefaultEpp,
  inlineEpp,
  pdExampleEpp,
  readEppReference,
} from './__testUtils__/eppFixtures';
import { describeEppDialect, describeEppSource } from './describeEppSource';

const base: ModelEppConfig = {
  source: 'controller-default',
  dialect: 'scheduler-v0.2',
  dialectSource: 'cluster-default',
};

describe('describeEppSource', () => {
  it('describes the sources the real resolution yields', () => {
    expect(describeEppSource(pdExampleEpp())).toBe(
      '--config-text of scheduler container main of LLMInferenceService team-a/llama-3-1-8b-pd',
    );
    expect(
      describeEppSource(
        inlineEpp(readEppReference('llm-d-router-HEAD/epp-config.yaml')),
      ),
    ).toBe(
      'Inline in spec.router.scheduler.config of LLMInferenceService team-a/m',
    );
    expect(describeEppSource(configMapEpp())).toBe(
      'ConfigMap team-a/my-epp key config.yaml (spec.router.scheduler.config.ref) of LLMInferenceService team-a/m',
    );
    expect(describeEppSource(controllerDefaultEpp())).toBe(
      'Controller default (no EPP configuration set)',
    );
  });

  it('names the preset or base config that decided, with its mechanism', () => {
    const preset: ModelEppConfig = {
      ...base,
      mechanism: 'configmap-ref',
      origin: {
        kind: 'LLMInferenceServiceConfig',
        namespace: 'kserve',
        name: 'kserve-config-llm-scheduler',
      },
      configMap: {
        namespace: 'kserve',
        name: 'config-scheduler-x',
        key: 'epp',
      },
    };
    expect(describeEppSource(preset)).toBe(
      'Controller default preset LLMInferenceServiceConfig kserve/kserve-config-llm-scheduler, ConfigMap kserve/config-scheduler-x key epp (spec.router.scheduler.config.ref)',
    );
    expect(
      describeEppSource({
        ...base,
        source: 'base-ref',
        mechanism: 'inline',
        origin: {
          kind: 'LLMInferenceServiceConfig',
          namespace: 'team-a',
          name: 'shared',
        },
      }),
    ).toBe(
      'Base config LLMInferenceServiceConfig team-a/shared, inline in spec.router.scheduler.config',
    );
    expect(
      describeEppSource({
        ...base,
        source: 'config-file-arg',
        mechanism: 'config-file-arg',
        origin: { kind: 'LLMInferenceService', namespace: 'team-a', name: 'm' },
        configMap: { namespace: 'team-a', name: 'epp', key: 'c.yaml' },
      }),
    ).toBe(
      '--config-file of scheduler container main (ConfigMap team-a/epp key c.yaml) of LLMInferenceService team-a/m',
    );
  });

  it('says when the model decided but passes no config (the EPP built-in default)', () => {
    expect(
      describeEppSource({
        ...base,
        origin: { kind: 'LLMInferenceService', namespace: 'team-a', name: 'm' },
      }),
    ).toBe(
      'EPP built-in default (the scheduler of LLMInferenceService team-a/m passes no config)',
    );
  });
});

describe('describeEppDialect', () => {
  it('says whether the dialect is the cluster default or detected, and why', () => {
    expect(describeEppDialect(base)).toBe('scheduler-v0.2 (cluster default)');
    expect(
      describeEppDialect({
        ...base,
        dialect: 'router-v0.10',
        dialectSource: 'detected',
        dialectReason: 'apiVersion llm-d.ai/v1alpha1',
      }),
    ).toBe('router-v0.10 (detected: apiVersion llm-d.ai/v1alpha1)');
  });
});
