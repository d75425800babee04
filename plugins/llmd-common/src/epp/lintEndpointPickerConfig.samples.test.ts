import {
  listEppReference,
  readEppReference,
} from './__testUtils__/eppReference';
import { embeddedEppConfigs } from './__testUtils__/embeddedEppConfigs';
import { renderHelmTemplateVariant } from './__testUtils__/renderHelmTemplateVariant';
import type { EppDialectId } from './eppDialects';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

/*
 * Every vendored EPP sample lints without errors in the dialect it was written for (vendor/PROVENANCE.tsv says where
 * each came from). Samples are read from vendor/epp.
 */

const legacyDialects: Record<string, EppDialectId> = {
  'gie-v1.0.0-chart-epp-config.yaml.tpl': 'scheduler-v0.3',
  'gie-v1.3.0-chart-epp-config.yaml.tpl': 'scheduler-v0.5',
  'llm-d-inference-scheduler-v0.2.0-epp-prefix-cache-tracking-config.yaml':
    'scheduler-v0.2',
  'llm-d-inference-scheduler-v0.2.0-pd-epp-config.yaml': 'scheduler-v0.2',
  'llm-d-inference-scheduler-v0.5.0-epp-precise-prefix-cache-config.yaml':
    'scheduler-v0.5',
  'llm-d-inference-scheduler-v0.6.0-pd-epp-config.yaml': 'scheduler-v0.6',
  'llm-d-inference-scheduler-v0.7.0-pd-epp-config.yaml': 'scheduler-v0.7',
};

interface Sample {
  readonly label: string;
  readonly dialect: EppDialectId;
  readonly text: string;
}

/** Turns one reference file into the EPP configs it holds. */
function samplesOf(file: string, dialect: EppDialectId): Sample[] {
  // upstream deploys this sample through envsubst; PRIMARY_PORT is a number there
  const raw = readEppReference(file).replace('${PRIMARY_PORT}', '8000');
  if (file.endsWith('.tpl')) {
    // Helm templates: lint both branch variants of every conditional, config by config
    return (['then', 'else'] as const).flatMap(branch =>
      embeddedEppConfigs(renderHelmTemplateVariant(raw, branch)).map(c => ({
        label: `${file} [${branch}] ${c.key}`,
        dialect,
        text: c.text,
      })),
    );
  }
  if (file.endsWith('.values.yaml')) {
    return embeddedEppConfigs(raw).map(c => ({
      label: `${file} ${c.key}`,
      dialect,
      text: c.text,
    }));
  }
  return [{ label: file, dialect, text: raw }];
}

const loaderCasesFile = 'loader-testcases.multidoc.yaml'; // covered by the loader-cases test
const samples: Sample[] = [
  ...listEppReference('legacy').flatMap(f =>
    samplesOf(`legacy/${f}`, legacyDialects[f]),
  ),
  ...listEppReference('llm-d-router-HEAD')
    .filter(f => f !== loaderCasesFile)
    .flatMap(f => samplesOf(`llm-d-router-HEAD/${f}`, 'router-v0.10')),
];

describe('reference samples lint without errors in their own dialect', () => {
  it('finds every sample, including the configs inside templates and values files', () => {
    expect(
      Object.keys(legacyDialects).every(f =>
        samples.some(s => s.label.startsWith(`legacy/${f}`)),
      ),
    ).toBe(true);
    // 7 legacy files (2 templates x 2 variants) + 14 router files (template 2 configs x 2 variants)
    expect(samples.length).toBeGreaterThanOrEqual(7 + 2 + 14 + 3);
  });

  it.each(samples.map(s => [s.label, s.dialect, s]))(
    '%s (%s)',
    (_label, _dialect, sample) => {
      const { text, dialect } = sample as Sample;
      const result = lintEndpointPickerConfig(text, { dialect });
      expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual(
        [],
      );
    },
  );
});
