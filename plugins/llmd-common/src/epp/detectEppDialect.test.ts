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
