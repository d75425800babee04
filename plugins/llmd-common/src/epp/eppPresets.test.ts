import { parse } from 'yaml';
import { EPP_DIALECT_IDS } from './eppDialects';
import { EppPresetNotExpressibleError } from './EppPresetNotExpressibleError';
import {
  EPP_PRESET_IDS,
  eppPresetDialects,
  renderEppPreset,
} from './eppPresets';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

const expressible = EPP_PRESET_IDS.flatMap(preset =>
  eppPresetDialects(preset).map(dialect => [preset, dialect] as const),
);

describe('EPP presets', () => {
  it.each(expressible)('%s lints clean in %s', (preset, dialect) => {
    const rendered = renderEppPreset(preset, dialect);
    expect(parse(rendered.yaml)).toEqual(rendered.config);
    // only the KV-metric trap of v0.2/v0.3 may remain (a warning: the config loads, the flag fixes it)
    expect(
      lintEndpointPickerConfig(rendered.yaml, { dialect }).diagnostics.filter(
        d => d.code !== 'kv-metric-default-outdated',
      ),
    ).toEqual([]);
    expect(rendered.yaml).not.toMatch(/^\s*config:/m);
  });

  it('default, prefill-decode and kv-cache-aware are expressible everywhere; precise-prefix from v0.3', () => {
    expect(eppPresetDialects('default')).toEqual([...EPP_DIALECT_IDS]);
    expect(eppPresetDialects('prefill-decode')).toEqual([...EPP_DIALECT_IDS]);
    // v0.2 has the KV scorer as kv-cache-scorer (register.go@G v0.5.0), so kv-cache-aware renders there too
    expect(eppPresetDialects('kv-cache-aware')).toEqual([...EPP_DIALECT_IDS]);
    // precise-prefix-cache-scorer is registered from S v0.3.0 (pkg/plugins/register.go@S v0.3.0)
    expect(eppPresetDialects('precise-prefix')).toEqual(
      EPP_DIALECT_IDS.filter(id => id !== 'scheduler-v0.2'),
    );
  });

  it('throws a typed error naming the dialect and what is missing when a preset cannot be expressed', () => {
    const attempt = () => renderEppPreset('precise-prefix', 'scheduler-v0.2');
    expect(attempt).toThrow(EppPresetNotExpressibleError);
    expect(attempt).toThrow(
      expect.objectContaining({
        dialect: 'scheduler-v0.2',
        preset: 'precise-prefix',
        message: expect.stringContaining('precise-prefix-cache-scorer'),
      }),
    );
  });

  it('uses kv-cache-scorer with whole-number weights on scheduler-v0.2', () => {
    const v02 = renderEppPreset('kv-cache-aware', 'scheduler-v0.2');
    expect(v02.yaml).toContain('type: kv-cache-scorer');
    expect(v02.yaml).not.toContain('kv-cache-utilization-scorer');
    const codes = lintEndpointPickerConfig(v02.yaml, {
      dialect: 'scheduler-v0.2',
    }).diagnostics.map(d => `${d.severity}:${d.code}`);
    expect(codes).toEqual(['warning:kv-metric-default-outdated']);
  });

  it('keeps the kv-cache-aware weight ratios with whole numbers where weights are integers', () => {
    const weights = (
      dialect: 'scheduler-v0.2' | 'scheduler-v0.5' | 'router-v0.10',
    ) =>
      (
        renderEppPreset('kv-cache-aware', dialect).config
          .schedulingProfiles as any
      )[0].plugins
        .map((p: { weight?: number }) => p.weight)
        .filter((w: number | undefined) => w !== undefined);
    expect(weights('router-v0.10')).toEqual([2, 1, 1.5]);
    expect(weights('scheduler-v0.5')).toEqual([4, 2, 3]);
    expect(weights('scheduler-v0.2')).toEqual([4, 2, 3]);
  });

  it('expresses the P/D threshold the way each version understands it', () => {
    const v02 = renderEppPreset('prefill-decode', 'scheduler-v0.2', {
      prefillThreshold: 300,
    });
    expect(v02.yaml).toContain('threshold: 300');
    expect(v02.yaml).toContain('prefill-header-handler');
    const router = renderEppPreset('prefill-decode', 'router-v0.10', {
      prefillThreshold: 300,
    });
    expect(router.yaml).toContain('nonCachedTokens: 300');
    expect(router.yaml).not.toContain('header-handler');
    const always = renderEppPreset('prefill-decode', 'router-v0.10', {
      prefillThreshold: 0,
    });
    expect(always.yaml).toContain('always-disagg-pd-decider');
    // S v0.6.0 registers always-disagg-pd-decider (pkg/plugins/register.go@S v0.6.0), so "always" is expressible there
    expect(
      renderEppPreset('prefill-decode', 'scheduler-v0.6', {
        prefillThreshold: 0,
      }).yaml,
    ).toContain('always-disagg-pd-decider');
  });

  it('passes model server settings to the token producer on router dialects', () => {
    const rendered = renderEppPreset('precise-prefix', 'router-v0.10', {
      modelName: 'meta-llama/Llama-3.1-8B-Instruct',
      modelServerUrl: 'http://my-model.ns.svc:8000',
      kvBlockSize: 128,
    });
    expect(rendered.yaml).toContain('url: http://my-model.ns.svc:8000');
    expect(rendered.yaml).toContain('blockSize: 128');
    expect(
      lintEndpointPickerConfig(rendered.yaml, { dialect: 'router-v0.10' })
        .valid,
    ).toBe(true);
  });
});
