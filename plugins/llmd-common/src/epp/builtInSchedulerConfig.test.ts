import { builtInSchedulerConfig } from './builtInSchedulerConfig';
import { EPP_DIALECT_IDS, type EppDialectId } from './eppDialects';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';
import { describeEndpointPickerConfig } from './describeEndpointPickerConfig';

// DIALECT-FACTS Part 2: which versions run a built-in default and which cannot start without a config.
const cannotStart: EppDialectId[] = [
  'scheduler-v0.2',
  'scheduler-v0.3',
  'scheduler-v0.5',
  'scheduler-v0.6',
];

describe('builtInSchedulerConfig', () => {
  it.each(cannotStart)('%s cannot start without a config', dialect => {
    const result = builtInSchedulerConfig(dialect);
    expect(result.kind).toBe('cannot-start');
    if (result.kind !== 'cannot-start') return;
    expect(result.diagnostic).toMatchObject({
      code: 'epp-config-required',
      severity: 'error',
      path: '',
    });
    expect(result.diagnostic.explanation).toMatch(/built-in default/);
  });

  const withDefault = EPP_DIALECT_IDS.filter(id => !cannotStart.includes(id));

  it.each(withDefault)(
    '%s runs the loader default, which lints clean in that dialect',
    dialect => {
      const result = builtInSchedulerConfig(dialect);
      expect(result.kind).toBe('built-in-default');
      if (result.kind !== 'built-in-default') return;
      const lint = lintEndpointPickerConfig(result.configText, { dialect });
      expect(lint.diagnostics).toEqual([]);
      const description = describeEndpointPickerConfig(lint.config!, dialect);
      expect(description.profiles).toHaveLength(1);
      expect(
        description.profiles[0].scorers.map(s => [s.type, s.weight]),
      ).toEqual([
        ['queue-scorer', 2],
        ['kv-cache-utilization-scorer', 2],
        ['prefix-cache-scorer', 3],
      ]);
      expect(description.profiles[0].picker.type).toBe('max-score-picker');
    },
  );

  it('writes queue 2, kv-cache-utilization 2, prefix 3 and max-score-picker (G v1.4.0 loadDefaultConfig)', () => {
    const result = builtInSchedulerConfig('scheduler-v0.7');
    expect(result.kind === 'built-in-default' && result.configText).toContain(
      'pluginRef: prefix-cache-scorer\n        weight: 3',
    );
  });

  it('adds the router data layer and the approx producer (R v0.9.0 defaults.go)', () => {
    const result = builtInSchedulerConfig('router-v0.10');
    if (result.kind !== 'built-in-default') throw new Error(result.kind);
    expect(result.configText).toContain('apiVersion: llm-d.ai/v1alpha1');
    expect(result.configText).toContain('core-metrics-extractor');
    expect(result.configText).toContain('approx-prefix-cache-producer');
  });
});
