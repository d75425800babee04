import { listEppDialects } from '../epp/eppDialects';
import {
  EPP_PRESET_IDS,
  eppPresetDialects,
  renderEppPreset,
} from '../epp/eppPresets';
import {
  detectRoutingPreset,
  detectRoutingPresetOfConfig,
} from './detectRoutingPreset';

describe('detectRoutingPreset', () => {
  const cases = EPP_PRESET_IDS.flatMap(preset =>
    eppPresetDialects(preset).map(dialect => [preset, dialect] as const),
  );

  it('covers every preset on at least one dialect', () => {
    expect(new Set(cases.map(([preset]) => preset))).toEqual(
      new Set(EPP_PRESET_IDS),
    );
    expect(listEppDialects().length).toBeGreaterThan(1);
  });

  it.each(cases)(
    'recognises the %s preset as rendered for %s',
    (preset, dialect) => {
      const { yaml } = renderEppPreset(preset, dialect, { modelName: 'm' });
      expect(detectRoutingPresetOfConfig(yaml)).toBe(preset);
    },
  );

  it('calls other configs custom', () => {
    const text = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
  - type: single-profile-handler
  - type: queue-scorer
  - type: max-score-picker
schedulingProfiles:
  - name: default
    plugins:
      - pluginRef: queue-scorer
      - pluginRef: max-score-picker
`;
    expect(detectRoutingPresetOfConfig(text)).toBe('custom');
    expect(detectRoutingPresetOfConfig('plugins: [')).toBe('custom');
    expect(detectRoutingPresetOfConfig('')).toBe('custom');
  });

  it('reads the controller default as default and an unreadable text as unknown', () => {
    expect(detectRoutingPreset({ source: 'controller-default' })).toBe(
      'default',
    );
    expect(detectRoutingPreset({ source: 'configmap-ref' })).toBeUndefined();
  });
});
