import type { PolicyRule } from '../policyRule';

/** `epp-lint-errors`: the EPP config a model carries loads (no error diagnostics of the EPP linter). */
export const eppLintErrors: PolicyRule<'epp-lint-errors'> = {
  id: 'epp-lint-errors',
  description:
    'the EPP config a model carries has no errors under the EPP linter (errors mean the scheduler would not start)',
  kinds: ['LLMInferenceService'],
  options: {},
  check(llmisvc, _options, context) {
    const epp = context.eppConfigOf(llmisvc);
    const lint = epp?.analysis.lint;
    if (!epp || !lint) return [];
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
