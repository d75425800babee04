import { InputError } from '@backstage/errors';
import {
  formatGitopsProblem,
  formatValidationReport,
  type GitopsValidation,
} from '@llmd/plugin-llmd-common';

/** `apiVersion Kind ← source` for every kind checked, sorted; empty when no schema named its source. */
export function schemaSourcesLine(validation: GitopsValidation): string {
  return Object.entries(validation.schemaSources)
    .sort()
    .map(([kind, source]) => `${kind} ← ${source}`)
    .join('; ');
}

/** The outputs of `llmd:gitops:validate`: the verdict, the markdown report, the schema sources and every problem. */
export function validationStepOutputs(validation: GitopsValidation) {
  return {
    valid: validation.valid,
    report: formatValidationReport(validation),
    schemaSources: validation.schemaSources,
    problems: validation.problems.map(p => ({
      file: p.file,
      path: p.path,
      message: p.message,
      severity: p.severity,
      check: p.check,
      ...(p.rule && { rule: p.rule }),
    })),
  };
}

/** The error that fails the step: one line per error, then the schema sources. */
export function validationFailure(validation: GitopsValidation): InputError {
  const errors = validation.problems.filter(p => p.severity === 'error');
  const sources = schemaSourcesLine(validation);
  return new InputError(
    `Validation failed with ${errors.length} error(s):\n${errors
      .map(p => `  ${formatGitopsProblem(p)}`)
      .join('\n')}${sources ? `\nSchemas: ${sources}` : ''}`,
  );
}
