import { missingEppConfigHits } from '../missingEppConfigHits';
import type { PolicyRule } from '../policyRule';

/**
 * `epp-lint-errors`: the EPP config a model carries loads (no error diagnostics of the EPP linter), and a model
 * without any config runs on a scheduler version that has a built-in default (scheduler ≥ v0.7).
 */
export const eppLintErrors: PolicyRule<'epp-lint-errors'> = {
  id: 'epp-lint-errors',
  description:
    'the EPP config a model carries has no errors under the EPP linter (errors mean the scheduler would not start); without any config, the scheduler version must have a built-in default (v0.7 on)',
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc, _options, context) {
    const epp = context.eppConfigOf(llmisvc);
    if (!epp) return missingEppConfigHits(llmisvc, context);
    const lint = epp.analysis.lint;
    if (!lint) return [];
    return lint.diagnostics
      .filter(d => d.severity === 'error')
      .map(d => ({
        path: epp.path,
        message: `EPP config (${lint.dialect}) ${d.code}${
          d.path ? ` at ${d.path}` : ''
        }: ${d.message}`,
      }));
  },
};
