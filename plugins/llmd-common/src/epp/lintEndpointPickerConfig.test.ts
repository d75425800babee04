import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

const header = (apiVersion = 'llm-d.ai/v1alpha1') =>
  `apiVersion: ${apiVersion}\nkind: EndpointPickerConfig\n`;
const codes = (
  text: string,
  dialect: Parameters<typeof lintEndpointPickerConfig>[1],
) =>
  lintEndpointPickerConfig(text, dialect).diagnostics.map(
    d => `${d.severity}:${d.code}`,
  );

describe('lintEndpointPickerConfig', () => {
  it('reports YAML syntax errors as diagnostics with line and column', () => {
    const result = lintEndpointPickerConfig(
      `${header()}plugins:\n  - type: "unclosed\n`,
      {
        dialect: 'router-v0.10',
      },
    );
    expect(result.valid).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'yaml-syntax',
      severity: 'error',
    });
    expect(result.diagnostics[0].line).toBeGreaterThanOrEqual(3);
    expect(result.diagnostics[0].column).toBeGreaterThan(0);
  });

  it('treats duplicate keys and non-mappings as errors', () => {
    expect(
      codes(`${header()}plugins: []\nplugins: []\n`, {
        dialect: 'router-v0.10',
      }),
    ).toContain('error:duplicate-field');
    expect(codes('- a\n- b\n', { dialect: 'router-v0.10' })).toEqual([
      'error:not-a-mapping',
    ]);
  });

  it('treats an empty config as none: the built-in default from v0.7, a cannot-start error before (DIALECT-FACTS Part 2)', () => {
    // LoadRawConfig with no bytes loads the default (loader/configloader.go@R v0.9.0, @G v1.4.0)
    expect(codes('', { dialect: 'router-v0.10' })).toEqual([]);
    expect(codes('\n', { dialect: 'scheduler-v0.7' })).toEqual([]);
    // runner.go@G v1.0.0 `(*Runner).Run`: "scheduler config must be set"
    expect(codes('', { dialect: 'scheduler-v0.3' })).toEqual([
      'error:epp-config-required',
    ]);
  });

  it('points the path and position at the offending node', () => {
    const text = `${header()}plugins:\n- type: queue-scorer\nschedulingProfiles:\n- name: a\n  plugins:\n  - pluginRef: queue-scorer\n    weight: 0\n`;
    const zero = lintEndpointPickerConfig(text, {
      dialect: 'router-v0.10',
    }).diagnostics.find(d => d.code === 'zero-weight');
    expect(zero).toMatchObject({
      path: 'schedulingProfiles[0].plugins[0].weight',
      line: 9,
      column: 5,
      severity: 'warning',
    });
    expect(zero?.explanation.length).toBeGreaterThan(zero!.message.length);
  });

  it('rejects unknown parameters in strict dialects and only warns in lenient ones', () => {
    const text = (apiVersion: string) =>
      `${header(
        apiVersion,
      )}plugins:\n- type: load-aware-scorer\n  parameters:\n    treshold: 10\n`;
    expect(
      codes(text('llm-d.ai/v1alpha1'), { dialect: 'router-v0.10' }),
    ).toContain('error:unknown-parameter');
    expect(
      codes(text('inference.networking.x-k8s.io/v1alpha1'), {
        dialect: 'scheduler-v0.2',
      }),
    ).toContain('warning:unknown-parameter');
  });

  it('says where moved parameters went', () => {
    const result = lintEndpointPickerConfig(
      `${header()}plugins:\n- type: prefix-cache-scorer\n  parameters:\n    blockSizeTokens: 64\n`,
      { dialect: 'router-v0.10' },
    );
    expect(result.diagnostics[0]).toMatchObject({
      code: 'moved-parameter',
      severity: 'error',
    });
    expect(result.diagnostics[0].message).toContain(
      'approx-prefix-cache-producer',
    );
  });

  it('enforces declaration order up to router v0.9 only', () => {
    const text = `${header()}plugins:\n- type: disagg-profile-handler\n  parameters:\n    deciders:\n      prefill: prefix-based-pd-decider\n- type: prefix-based-pd-decider\n  parameters:\n    nonCachedTokens: 8\n`;
    expect(codes(text, { dialect: 'router-v0.9' })).toContain(
      'error:plugin-ref-before-definition',
    );
    expect(codes(text, { dialect: 'router-v0.10' })).not.toContain(
      'error:plugin-ref-before-definition',
    );
  });

  it('checks weights against the dialect weight type and the plugin kind', () => {
    const text = (apiVersion: string, weight: string) =>
      `${header(
        apiVersion,
      )}plugins:\n- type: queue-scorer\n- type: max-score-picker\nschedulingProfiles:\n- name: default\n  plugins:\n  - pluginRef: queue-scorer\n    weight: ${weight}\n  - pluginRef: max-score-picker\n    weight: 3\n`;
    const legacy = 'inference.networking.x-k8s.io/v1alpha1';
    expect(codes(text(legacy, '2.5'), { dialect: 'scheduler-v0.5' })).toContain(
      'error:invalid-weight',
    );
    expect(
      codes(text(legacy, '2.0'), { dialect: 'scheduler-v0.5' }),
    ).not.toContain('error:invalid-weight');
    expect(
      codes(text('llm-d.ai/v1alpha1', '2.5'), { dialect: 'router-v0.10' }),
    ).toEqual(['warning:weight-on-non-scorer']);
    expect(
      codes(
        `${header(
          legacy,
        )}plugins:\n- type: queue-scorer\nschedulingProfiles:\n- name: d\n  plugins:\n  - pluginRef: queue-scorer\n`,
        {
          dialect: 'scheduler-v0.2',
        },
      ),
    ).toContain('error:missing-weight');
  });

  it('warns about P/D setups that load but do not disaggregate as meant', () => {
    const text = `${header()}plugins:\n- type: decode-filter\n- type: prefix-based-pd-decider\n- type: disagg-profile-handler\n  parameters:\n    deciders:\n      prefill: prefix-based-pd-decider\nschedulingProfiles:\n- name: decode\n  plugins:\n  - pluginRef: decode-filter\n`;
    expect(codes(text, { dialect: 'router-v0.10' })).toEqual([
      'warning:pd-decider-never-disaggregates',
      'warning:pd-profile-missing',
    ]);
  });

  it('gates Alpha plugins on router v0.10 by the experimental flag', () => {
    // an Alpha type that R v0.9.0 registers too (topology-affinity-scorer arrives in v0.10.0)
    const text = `${header()}plugins:\n- type: session-affinity-scorer\n`;
    expect(codes(text, { dialect: 'router-v0.10' })).toEqual([
      'warning:experimental-plugin',
    ]);
    expect(
      codes(text, { dialect: 'router-v0.10', allowExperimentalPlugins: false }),
    ).toEqual(['error:experimental-plugin']);
    expect(
      codes(text, { dialect: 'router-v0.10', allowExperimentalPlugins: true }),
    ).toEqual([]);
    expect(codes(text, { dialect: 'router-v0.9' })).toEqual([]);
  });

  it('rejects sections a dialect does not have and flags deprecated ones', () => {
    const legacy = header('inference.networking.x-k8s.io/v1alpha1');
    expect(
      codes(`${legacy}featureGates: [dataLayer]\n`, {
        dialect: 'scheduler-v0.2',
      }),
    ).toEqual(['error:unknown-field']);
    // GIE v1.3.0 loads `data:` only with the dataLayer gate (loader/configloader.go@G v1.3.0 buildDataLayerConfig)
    expect(codes(`${legacy}data: {}\n`, { dialect: 'scheduler-v0.5' })).toEqual(
      ['error:data-layer-gate-mismatch'],
    );
    expect(
      codes(`${legacy}featureGates: [dataLayer]\ndata: {}\n`, {
        dialect: 'scheduler-v0.5',
      }),
    ).toEqual([]);
    expect(
      codes(
        `${header()}parser:\n  pluginRef: openai-parser\nplugins:\n- type: openai-parser\n`,
        {
          dialect: 'router-v0.10',
        },
      ),
    ).toEqual(['warning:deprecated-section']);
  });

  it('reports the dialect it detected when none is given', () => {
    const result = lintEndpointPickerConfig(`${header()}plugins: []\n`);
    expect(result.dialect).toBe('router-v0.10');
    expect(result.detection?.reason).toContain('llm-d.ai/v1alpha1');
  });
});
