import { guideEppConfigs } from './__testUtils__/eppReference';
import { EPP_DIALECT_IDS, type EppDialectId } from './eppDialects';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

/*
 * The advanced deployment guide's three EPP configs (hand-written fixtures shaped like them, src/test-fixtures), in
 * every dialect, get the verdict the upstream loader of that version gives: the P/D one writes `config:` (rejected
 * everywhere by strict decoding), the default one loads everywhere, the KV-cache-aware one needs
 * kv-cache-utilization-scorer and float weights (llm-d ≥ v0.6).
 */

const configs = guideEppConfigs();
const [pd, defaults, kvCacheAware] = configs;

const floatWeightDialects: EppDialectId[] = [
  'scheduler-v0.6',
  'scheduler-v0.7',
  'router-v0.9',
  'router-v0.10',
];

describe("the advanced deployment guide's EPP configs", () => {
  it('finds the three configs in order (P/D, default, KV-cache aware)', () => {
    expect(configs).toHaveLength(3);
    expect(pd).toContain('pd-profile-handler');
    expect(defaults).toContain('single-profile-handler');
    expect(kvCacheAware).toContain('kv-cache-utilization-scorer');
  });

  it.each(EPP_DIALECT_IDS)(
    'P/D config is rejected in %s because of `config:`',
    dialect => {
      const result = lintEndpointPickerConfig(pd, { dialect });
      expect(result.valid).toBe(false);
      const configKey = result.diagnostics.find(
        d => d.code === 'config-instead-of-parameters',
      );
      expect(configKey).toMatchObject({
        severity: 'error',
        path: 'plugins[0].config',
        line: 5,
      });
    },
  );

  it.each(EPP_DIALECT_IDS)('default config loads in %s', dialect => {
    const result = lintEndpointPickerConfig(defaults, { dialect });
    expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  });

  it.each(floatWeightDialects)('KV-cache-aware config loads in %s', dialect => {
    expect(lintEndpointPickerConfig(kvCacheAware, { dialect }).valid).toBe(
      true,
    );
  });

  it.each(EPP_DIALECT_IDS.filter(d => !floatWeightDialects.includes(d)))(
    'KV-cache-aware config is rejected in %s for its fractional weight',
    dialect => {
      const result = lintEndpointPickerConfig(kvCacheAware, { dialect });
      expect(result.valid).toBe(false);
      expect(result.diagnostics.map(d => d.code)).toContain('invalid-weight');
    },
  );

  it('names the missing kv-cache-utilization-scorer on the OpenShift AI default dialect', () => {
    const result = lintEndpointPickerConfig(kvCacheAware, {
      dialect: 'scheduler-v0.2',
    });
    expect(
      result.diagnostics.find(d => d.code === 'unknown-plugin-type')?.message,
    ).toMatch(/kv-cache-scorer/);
  });
});
