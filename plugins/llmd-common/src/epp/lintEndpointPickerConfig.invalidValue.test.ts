import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

// `invalid-value` is the documented code for a value of the right type that the field does not accept.
describe('lintEndpointPickerConfig invalid-value', () => {
  const config = (threshold: string) =>
    `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: max-score-picker
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: max-score-picker
saturationDetector:
  metricsStalenessThreshold: ${threshold}
`;

  it('reports a string the field does not accept as invalid-value, a wrong type as wrong-type', () => {
    const bad = lintEndpointPickerConfig(config('soon'), {
      dialect: 'scheduler-v0.5',
    });
    expect(bad.diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        severity: 'error',
        path: 'saturationDetector.metricsStalenessThreshold',
        line: 10,
      }),
    ]);
    const wrongType = lintEndpointPickerConfig(config('[1]'), {
      dialect: 'scheduler-v0.5',
    });
    expect(wrongType.diagnostics.map(d => d.code)).toEqual(['wrong-type']);
    const good = lintEndpointPickerConfig(config('200ms'), {
      dialect: 'scheduler-v0.5',
    });
    expect(good.diagnostics).toEqual([]);
  });
});
