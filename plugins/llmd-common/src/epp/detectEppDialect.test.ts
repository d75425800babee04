import { detectEppDialect } from './detectEppDialect';
import { DEFAULT_EPP_DIALECT } from './eppDialects';
import { renderEppPreset } from './eppPresets';

describe('detectEppDialect', () => {
  it('takes llm-d.ai configs for the newest router', () => {
    expect(
      detectEppDialect(
        'apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n',
      ).dialect,
    ).toBe('router-v0.10');
  });

  it('takes legacy configs that fit it for the OpenShift AI default', () => {
    const text = renderEppPreset('prefill-decode', 'scheduler-v0.2').yaml;
    expect(detectEppDialect(text)).toMatchObject({
      dialect: DEFAULT_EPP_DIALECT,
    });
  });

  it('moves to a dialect that knows the plugins and weights used', () => {
    const text = renderEppPreset('prefill-decode', 'scheduler-v0.7').yaml;
    const detection = detectEppDialect(text);
    expect(detection.dialect).toBe('scheduler-v0.7');
    expect(detection.reason).toContain('not accepted by scheduler-v0.2');
  });

  it('never throws on garbage and falls back to the default dialect', () => {
    expect(detectEppDialect('{{{').dialect).toBe(DEFAULT_EPP_DIALECT);
    expect(detectEppDialect('').dialect).toBe(DEFAULT_EPP_DIALECT);
  });
});

describe('detectEppDialect with a preferred dialect', () => {
  const preferred = { dialect: DEFAULT_EPP_DIALECT, why: 'the default' };

  it('keeps the preferred dialect when it accepts the apiVersion, naming a better fit', () => {
    const text = renderEppPreset('prefill-decode', 'scheduler-v0.7').yaml;
    const detection = detectEppDialect(text, preferred);
    expect(detection.dialect).toBe(DEFAULT_EPP_DIALECT);
    expect(detection.reason).toMatch(
      /^the default; it accepts apiVersion \S+; the content fits scheduler-v0\.7 better \(.* not in scheduler-v0\.2\)$/,
    );
  });

  it('detects from the content when the preferred dialect refuses the apiVersion', () => {
    const detection = detectEppDialect(
      'apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\n',
      preferred,
    );
    expect(detection.dialect).toBe('router-v0.10');
    expect(detection.reason).toContain(
      'scheduler-v0.2 (the default) does not accept apiVersion llm-d.ai/v1alpha1',
    );
  });
});
