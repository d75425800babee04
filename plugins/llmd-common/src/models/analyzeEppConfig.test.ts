import { renderEppPreset } from '../epp/eppPresets';
import { MAX_CLUSTER_EPP_CONFIG_BYTES } from '../epp/eppConfigTooLarge';
import { analyzeEppConfig, eppConfigAnalysisRuns } from './analyzeEppConfig';

const options = (llmInferenceService: object) => ({
  clusterDialect: 'router-v0.10',
  llmInferenceService,
});

describe('analyzeEppConfig', () => {
  const text = renderEppPreset('default', 'router-v0.10').yaml;

  it('analyses once per cached object and text, again for a new copy or another text', () => {
    const object = { metadata: { name: 'm' } };
    const before = eppConfigAnalysisRuns();
    const first = analyzeEppConfig(text, options(object));
    expect(analyzeEppConfig(text, options(object))).toBe(first);
    expect(eppConfigAnalysisRuns()).toBe(before + 1);
    // a new resourceVersion is a new cached object
    expect(analyzeEppConfig(text, options({ ...object }))).not.toBe(first);
    // a ConfigMap change under the same object is a new text
    analyzeEppConfig(`${text}# changed\n`, options(object));
    expect(eppConfigAnalysisRuns()).toBe(before + 3);
  });

  it('refuses a config over the cluster cap unparsed, with one config-too-large error', () => {
    const big = `${text}${'# padding\n'.repeat(
      MAX_CLUSTER_EPP_CONFIG_BYTES / 10,
    )}`;
    const analysis = analyzeEppConfig(big, {
      ...options({ metadata: { name: 'big' } }),
      ownSchedulerImage: true,
    });
    expect(analysis.lint?.diagnostics.map(d => d.code)).toEqual([
      'config-too-large',
    ]);
    expect(analysis.lint?.valid).toBe(false);
    expect(analysis.description).toBeUndefined();
    // not detected from the text: that would parse it
    expect(analysis.dialectSource).toBe('cluster-default');
  });
});
