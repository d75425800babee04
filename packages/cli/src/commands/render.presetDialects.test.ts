import { parseAllDocuments } from 'yaml';
import {
  EPP_DIALECT_IDS,
  lintEndpointPickerConfig,
} from '@llmd/plugin-llmd-common';
import { runTestCli } from '../testCliIo';

// Issue #17 "done when": `llmd render model` with routing.preset kv-cache-aware (and prefill-decode) succeeds for
// every EPP dialect, and the EPP config it writes lints clean in that dialect (warnings allowed).
const model = (routing: string, prefill = '') => `name: granite-8b
namespace: team-a
owner: group:default/team-a
model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct', name: ibm-granite/granite-3.3-8b-instruct }
replicas: 1
gpusPerReplica: 1
gateway: { name: team-a-gateway, namespace: team-a }
routing: ${routing}
${prefill}`;

const inputs = {
  'kv.yaml': model('{ preset: kv-cache-aware }'),
  'pd.yaml': model(
    '{ preset: prefill-decode, threshold: 300 }',
    'prefill: { replicas: 1, gpusPerReplica: 1 }\n',
  ),
};

/** The EPP config text in the rendered LLMInferenceService (config flag of `main`, or the inline config). */
function renderedEppConfig(stream: string): string {
  const llmisvc = parseAllDocuments(stream)
    .map(d => d.toJS())
    .find(d => d?.kind === 'LLMInferenceService');
  const scheduler = llmisvc?.spec?.router?.scheduler;
  if (scheduler?.config?.inline) return JSON.stringify(scheduler.config.inline);
  const args: string[] =
    scheduler?.template?.containers?.find(
      (c: { name: string }) => c.name === 'main',
    )?.args ?? [];
  const index = args.findIndex(a => /^--?config-?[tT]ext(=|$)/.test(a));
  if (index < 0) throw new Error('no EPP config in the rendered model');
  const [, inline] = args[index].split(/=(.*)/s);
  return inline ?? args[index + 1];
}

describe('llmd render model: presets in every EPP dialect', () => {
  it.each(
    EPP_DIALECT_IDS.flatMap(dialect => [
      ['kv.yaml', dialect],
      ['pd.yaml', dialect],
    ]),
  )(
    '%s renders for %s and its EPP config loads there',
    async (file, dialect) => {
      const version = dialect.startsWith('router-') ? 'v1alpha2' : 'v1alpha1';
      const result = await runTestCli(inputs, [
        'render',
        'model',
        '-f',
        file,
        '--llmisvc-version',
        version,
        '--epp-dialect',
        dialect,
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const lint = lintEndpointPickerConfig(renderedEppConfig(result.stdout), {
        dialect,
      });
      expect(lint.config?.plugins.length).toBeGreaterThan(0);
      expect(lint.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    },
  );
});
