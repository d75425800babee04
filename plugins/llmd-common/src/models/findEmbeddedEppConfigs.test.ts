import { renderEppPreset } from '../epp/eppPresets';
import { findEmbeddedEppConfigs } from './findEmbeddedEppConfigs';

const config = renderEppPreset('default', 'scheduler-v0.2').yaml;
const metadata = { name: 'granite', namespace: 'team-a' };

describe('findEmbeddedEppConfigs', () => {
  it('reads --config-text of an LLMInferenceService and keeps the object for the deployment checks', () => {
    const llmisvc = {
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceService',
      metadata,
      spec: {
        router: {
          scheduler: {
            template: {
              containers: [
                {
                  name: 'main',
                  image: 'ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1',
                  args: ['--config-text', config],
                },
              ],
            },
          },
        },
      },
    };
    const found = findEmbeddedEppConfigs([llmisvc]);
    expect(found.configs).toEqual([
      {
        source:
          'LLMInferenceService team-a/granite, scheduler container main --config-text',
        text: config,
        llmInferenceService: llmisvc,
        schedulerDialect: expect.objectContaining({
          dialect: 'scheduler-v0.7',
        }),
      },
    ]);
  });

  it('follows scheduler.config.ref to a ConfigMap of the same file, and notes one that is elsewhere', () => {
    const withRef = (name: string) => ({
      kind: 'LLMInferenceService',
      metadata: { ...metadata, name },
      spec: { router: { scheduler: { config: { ref: { name: 'epp' } } } } },
    });
    const configMap = {
      kind: 'ConfigMap',
      metadata: { ...metadata, name: 'epp' },
      data: { epp: config },
    };
    const found = findEmbeddedEppConfigs([
      withRef('a'),
      configMap,
      {
        ...withRef('b'),
        spec: { router: { scheduler: { config: { ref: { name: 'other' } } } } },
      },
    ]);
    expect(found.configs.map(c => c.source)).toEqual([
      'LLMInferenceService team-a/a, ConfigMap epp key epp',
    ]);
    expect(found.notes).toEqual([
      'LLMInferenceService team-a/b: its EPP config is key epp of ConfigMap other, which is not in this file',
    ]);
  });

  it('reads EPP Deployments and standalone ConfigMap keys, and lists other kinds', () => {
    const deployment = {
      kind: 'Deployment',
      metadata,
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'epp',
                image: 'ghcr.io/llm-d/llm-d-router:v0.10.0',
                args: [`--config-text=${config}`],
              },
            ],
          },
        },
      },
    };
    const found = findEmbeddedEppConfigs([
      deployment,
      { kind: 'ConfigMap', metadata, data: { 'epp.yaml': config, other: 'x' } },
      { kind: 'Gateway', metadata },
    ]);
    expect(
      found.configs.map(c => [c.source, c.schedulerDialect?.dialect]),
    ).toEqual([
      [
        'Deployment team-a/granite, container epp --config-text',
        'router-v0.10',
      ],
      ['ConfigMap team-a/granite, key epp.yaml', undefined],
    ]);
    expect(found.otherKinds).toEqual(['Gateway']);
  });
});
