import { builtInSchedulerConfig } from '../../epp/builtInSchedulerConfig';
import { EPP_DIALECT_IDS } from '../../epp/eppDialects';
import { lintDeploymentContext } from '../../epp/lintDeploymentContext';
import { lintEndpointPickerConfig } from '../../epp/lintEndpointPickerConfig';
import { extractEndpointPickerConfigText } from '../../epp/llmInferenceServiceScheduler';
import { parseEndpointPickerConfig } from '../../epp/parseEndpointPickerConfig';
import {
  LLMISVC_API_VERSIONS,
  type RenderTarget,
  resolveRenderTarget,
} from '../renderTarget';
import type { ModelInputRaw } from './modelInput';
import { renderModelService } from './renderModelService';
import { renderScheduler } from './renderScheduler';
import {
  SCHEDULER_DEFAULT_ARGS_KSERVE_V016,
  SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
} from './schedulerDefaultArgs';
import {
  BASIC,
  modelUnlessPresetInexpressible,
  V1ALPHA1,
  V1ALPHA2,
} from './__testUtils__/modelFixtures';

const variants: ReadonlyArray<readonly [string, ModelInputRaw]> = [
  ['default', BASIC],
  ['kv-cache-aware', { ...BASIC, routing: { preset: 'kv-cache-aware' } }],
  ['precise-prefix', { ...BASIC, routing: { preset: 'precise-prefix' } }],
  ['P/D by default', { ...BASIC, prefill: {} }],
  [
    'P/D always',
    {
      ...BASIC,
      prefill: {},
      routing: { preset: 'prefill-decode', threshold: 0 },
    },
  ],
];

// each dialect with the scheduler template whose flags its binary parses (scheduler-v0.2: upstream KServe v0.16)
const targets: RenderTarget[] = LLMISVC_API_VERSIONS.flatMap(version =>
  EPP_DIALECT_IDS.map(eppDialect =>
    resolveRenderTarget({ llmisvcApiVersion: version, eppDialect }),
  ),
);

describe('renderScheduler', () => {
  it('leaves the controller default alone without a config', () => {
    expect(renderScheduler(undefined, V1ALPHA1)).toEqual({});
    expect(renderScheduler(undefined, V1ALPHA2)).toEqual({});
  });

  it('passes the config as data in config.inline on v1alpha2', () => {
    const config = {
      apiVersion: 'llm-d.ai/v1alpha1',
      kind: 'EndpointPickerConfig',
    };
    expect(
      renderScheduler({ source: 'custom', text: 'ignored', config }, V1ALPHA2),
    ).toEqual({ config: { inline: config } });
  });

  it('passes the config as --config-text of container main after the full default arguments on v1alpha1', () => {
    const scheduler = renderScheduler(
      { source: 'custom', text: 'kind: EndpointPickerConfig\n', config: {} },
      V1ALPHA1,
    );
    expect(scheduler).toEqual({
      template: {
        containers: [
          {
            name: 'main',
            args: [
              ...SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
              '--config-text',
              'kind: EndpointPickerConfig\n',
            ],
          },
        ],
      },
    });
  });
});

describe('renderScheduler by scheduler template', () => {
  const epp = {
    source: 'custom' as const,
    text: 'kind: EndpointPickerConfig\n',
    config: {},
  };
  const argsFor = (target: RenderTarget) =>
    (renderScheduler(epp, target) as any).template.containers[0].args;

  it('passes --configText after the camelCase arguments of upstream KServe v0.16 (llm-d-inference-scheduler v0.2)', () => {
    expect(argsFor({ ...V1ALPHA1, schedulerTemplate: 'kserve-v0.16' })).toEqual(
      [
        ...SCHEDULER_DEFAULT_ARGS_KSERVE_V016,
        '--configText',
        'kind: EndpointPickerConfig\n',
      ],
    );
  });

  it("passes --config-text after OpenShift AI's kebab-case arguments (scheduler ≥ v0.3), also when no template is named", () => {
    for (const target of [
      { ...V1ALPHA1, schedulerTemplate: 'openshift-ai' as const },
      V1ALPHA1,
    ]) {
      expect(argsFor(target)).toEqual([
        ...SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
        '--config-text',
        'kind: EndpointPickerConfig\n',
      ]);
    }
  });

  it('ignores the template on v1alpha2, where the config is data', () => {
    expect(
      renderScheduler(epp, { ...V1ALPHA2, schedulerTemplate: 'kserve-v0.16' }),
    ).toEqual({ config: { inline: {} } });
  });
});

describe('the rendered LLMInferenceService and its EPP config agree', () => {
  for (const target of targets) {
    for (const [name, raw] of variants) {
      it(`${name} on ${target.llmisvcApiVersion} / ${target.eppDialect}`, () => {
        const input = modelUnlessPresetInexpressible(raw, target);
        if (!input) return;
        const llmisvc = renderModelService(input, target).manifests[0];
        const text = extractEndpointPickerConfigText(llmisvc);
        // the controller's default only where the EPP has a built-in one (scheduler-v0.7 on, DIALECT-FACTS Part 2)
        expect(text === undefined).toBe(
          name === 'default' &&
            builtInSchedulerConfig(target.eppDialect).kind ===
              'built-in-default',
        );
        if (text === undefined) return;
        const deployment = {
          llmInferenceService: llmisvc,
          disconnected: false,
        };
        const lint = lintEndpointPickerConfig(text, {
          dialect: target.eppDialect,
          deployment,
        });
        expect(lint.diagnostics.filter(d => d.severity === 'error')).toEqual(
          [],
        );
        const config = parseEndpointPickerConfig(text).config!;
        expect(
          lintDeploymentContext(config, deployment, target.eppDialect),
        ).toEqual([]);
      });
    }
  }
});
