import { renderEppPreset } from './eppPresets';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';
import { extractEndpointPickerConfigText } from './llmInferenceServiceScheduler';

const llmisvc = (spec: Record<string, unknown>) => ({
  apiVersion: 'serving.kserve.io/v1alpha1',
  kind: 'LLMInferenceService',
  metadata: { name: 'm', namespace: 'ns' },
  spec: { model: { uri: 'hf://x/y' }, ...spec },
});
const scheduler = (containers: unknown[]) => ({
  router: { scheduler: { template: { containers } } },
});
const codes = (
  text: string,
  dialect: 'scheduler-v0.2' | 'router-v0.10',
  service: unknown,
  disconnected?: boolean,
) =>
  lintEndpointPickerConfig(text, {
    dialect,
    deployment: { llmInferenceService: service, disconnected },
  }).diagnostics.map(d => `${d.severity}:${d.code}@${d.path}`);

describe('deployment context', () => {
  const pd = renderEppPreset('prefill-decode', 'scheduler-v0.2').yaml;
  const single = renderEppPreset('default', 'scheduler-v0.2').yaml;

  it('flags a P/D config without a prefill pool, and a prefill pool without a P/D config', () => {
    expect(codes(pd, 'scheduler-v0.2', llmisvc({}))).toEqual([
      'warning:pd-profile-without-prefill-pool@LLMInferenceService.spec',
    ]);
    expect(
      codes(single, 'scheduler-v0.2', llmisvc({ prefill: { replicas: 1 } })),
    ).toEqual([
      'warning:prefill-pool-without-pd-profile@LLMInferenceService.spec.prefill',
    ]);
    expect(
      codes(pd, 'scheduler-v0.2', llmisvc({ prefill: { replicas: 1 } })),
    ).toEqual([]);
  });

  it("catches the guide's KV metric workaround on the wrong container and on versions that reject it", () => {
    const kv = renderEppPreset('kv-cache-aware', 'router-v0.10').yaml;
    const flag = [
      '--kv-cache-usage-percentage-metric',
      'vllm:kv_cache_usage_perc',
    ];
    expect(
      codes(
        kv,
        'router-v0.10',
        llmisvc(scheduler([{ name: 'scheduler', args: flag }])),
      ),
    ).toEqual([
      'warning:kv-metric-flag-wrong-container@LLMInferenceService.spec.router.scheduler.template.containers[0].args',
    ]);
    expect(
      codes(
        kv,
        'router-v0.10',
        llmisvc(scheduler([{ name: 'main', args: flag }])),
      ),
    ).toEqual([
      'error:kv-metric-flag-deprecated@LLMInferenceService.spec.router.scheduler.template.containers[0].args',
    ]);
  });

  it('accepts the KV metric flag on old EPPs and then drops the outdated-metric warning', () => {
    const text = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: kv-cache-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: kv-cache-scorer
    weight: 1
`;
    expect(codes(text, 'scheduler-v0.2', llmisvc({}))).toEqual([
      'warning:kv-metric-default-outdated@plugins[0].type',
    ]);
    // v0.2 (GIE v0.5.0) only defines the camelCase flag -kvCacheUsagePercentageMetric (runner.go@G v0.5.0 var block)
    const main = scheduler([
      {
        name: 'main',
        args: ['--kvCacheUsagePercentageMetric=vllm:kv_cache_usage_perc'],
      },
    ]);
    expect(codes(text, 'scheduler-v0.2', llmisvc(main))).toEqual([]);
    const kebab = scheduler([
      {
        name: 'main',
        args: ['--kv-cache-usage-percentage-metric=vllm:kv_cache_usage_perc'],
      },
    ]);
    expect(codes(text, 'scheduler-v0.2', llmisvc(kebab))).toEqual([
      'warning:kv-metric-default-outdated@plugins[0].type',
    ]);
  });

  it('warns that precise-prefix-cache-scorer downloads its tokenizer unless the cluster is connected', () => {
    const precise = renderEppPreset('precise-prefix', 'scheduler-v0.5').yaml;
    const run = (disconnected?: boolean) =>
      lintEndpointPickerConfig(precise, {
        dialect: 'scheduler-v0.5',
        deployment: { disconnected },
      }).diagnostics.map(d => d.code);
    expect(run(true)).toEqual(['precise-prefix-needs-tokenizer']);
    expect(run(undefined)).toEqual(['precise-prefix-needs-tokenizer']);
    expect(run(false)).toEqual([]);
    const split = renderEppPreset('precise-prefix', 'router-v0.10').yaml;
    expect(
      lintEndpointPickerConfig(split, {
        dialect: 'router-v0.10',
        deployment: { disconnected: true },
      }).diagnostics,
    ).toEqual([]);
  });

  it('reads --allow-experimental-plugins from the scheduler container main', () => {
    const text =
      'apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\nplugins:\n- type: topology-affinity-scorer\n';
    expect(codes(text, 'router-v0.10', llmisvc({}))).toEqual([
      'error:experimental-plugin@plugins[0].type',
    ]);
    const allowed = llmisvc(
      scheduler([{ name: 'main', args: ['--allow-experimental-plugins'] }]),
    );
    expect(codes(text, 'router-v0.10', allowed)).toEqual([]);
  });

  it('extracts the deployed config from --config-text or config.inline', () => {
    const text = renderEppPreset('default', 'scheduler-v0.2').yaml;
    expect(
      extractEndpointPickerConfigText(
        llmisvc(scheduler([{ name: 'main', args: ['--config-text', text] }])),
      ),
    ).toBe(text);
    expect(
      extractEndpointPickerConfigText(
        llmisvc({ router: { scheduler: { config: { inline: text } } } }),
      ),
    ).toBe(text);
    expect(extractEndpointPickerConfigText(llmisvc({}))).toBeUndefined();
  });
});
