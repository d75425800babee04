import type { GitopsProblem, GitopsValidation } from './gitopsValidation';

function location(problem: GitopsProblem): string {
  const doc =
    problem.document !== undefined && problem.document > 0
      ? ` (document ${problem.document + 1})`
      : '';
  const resource = problem.resource ? ` ${problem.resource}` : '';
  const path = problem.path ? ` \`${problem.path}\`` : '';
  return `\`${problem.file}\`${doc}${resource}${path}`;
}

/**
 * One line per problem: `file (document n) Kind ns/name path: message`, for logs and task errors; policy problems
 * start with their rule id in brackets, `[max-gpus-per-replica] file ...`.
 *
 * @public
 */
export function formatGitopsProblem(problem: GitopsProblem): string {
  const rule = problem.rule ? `[${problem.rule}] ` : '';
  return `${rule}${location(problem).replace(/`/g, '')}: ${problem.message}`;
}

function checkOf(problem: GitopsProblem): string {
  return problem.rule ? `${problem.check} \`${problem.rule}\`` : problem.check;
}

// Markdown table cells must not break the table.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(problems: readonly GitopsProblem[]): string {
  return [
    '| Where | Check | Problem |',
    '|---|---|---|',
    ...problems.map(
      p => `| ${cell(location(p))} | ${checkOf(p)} | ${cell(p.message)} |`,
    ),
  ].join('\n');
}

/**
 * The validation report a pull request description carries: a verdict line, counts, and tables of errors and
 * warnings.
 *
 * @public
 */
export function formatValidationReport(validation: GitopsValidation): string {
  const errors = validation.problems.filter(p => p.severity === 'error');
  const warnings = validation.problems.filter(p => p.severity === 'warning');
  const verdict = validation.valid
    ? `✅ ${validation.manifestCount} manifests in ${
        validation.fileCount
      } files passed validation (${
        validation.schemaCheckedCount
      } checked against their CRD or core schema, EPP configs linted${
        validation.policyApplied ? ', governance policy evaluated' : ''
      }).`
    : `❌ ${errors.length} error(s) in ${validation.manifestCount} manifests; this change must not be merged.`;
  const sections = ['### Validation', '', verdict];
  const sources = Object.entries(validation.schemaSources ?? {}).sort();
  if (sources.length > 0) {
    sections.push(
      '',
      `Schemas: ${sources
        .map(([kind, source]) => `${kind} ← ${source}`)
        .join('; ')}.`,
    );
  }
  if (errors.length > 0) sections.push('', '#### Errors', '', table(errors));
  if (warnings.length > 0)
    sections.push('', '#### Warnings', '', table(warnings));
  return `${sections.join('\n')}\n`;
}
