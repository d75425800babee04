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
    expect(
      lintEndpointPickerConfig(rendered.yaml, { dialect }).diagnostics,
    ).toEqual([]);
    expect(rendered.yaml).not.toMatch(/^\s*config:/m);
  });

  it('default and prefill-decode are expressible everywhere', () => {
    expect(eppPresetDialects('default')).toEqual([...EPP_DIALECT_IDS]);
    expect(eppPresetDialects('prefill-decode')).toEqual([...EPP_DIALECT_IDS]);
  });

  it('throws a typed error naming the dialect when a preset cannot be expressed', () => {
    expect(() => renderEppPreset('kv-cache-aware', 'scheduler-v0.2')).toThrow(
      EppPresetNotExpressibleError,
    );
    const attempt = () => renderEppPreset('precise-prefix', 'scheduler-v0.3');
    expect(attempt).toThrow(
      expect.objectContaining({
        dialect: 'scheduler-v0.3',
        preset: 'precise-prefix',
        message: expect.stringContaining('dialect scheduler-v0.3'),
      }),
    );
  });

  it('keeps the kv-cache-aware weight ratios with whole numbers where weights are integers', () => {
    const weights = (dialect: 'scheduler-v0.5' | 'router-v0.10') =>
      (
        renderEppPreset('kv-cache-aware', dialect).config
          .schedulingProfiles as any
      )[0].plugins
        .map((p: { weight?: number }) => p.weight)
        .filter((w: number | undefined) => w !== undefined);
    expect(weights('router-v0.10')).toEqual([2, 1, 1.5]);
    expect(weights('scheduler-v0.5')).toEqual([4, 2, 3]);
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
