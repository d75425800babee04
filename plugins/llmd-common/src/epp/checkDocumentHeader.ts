import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';

/** apiVersion and kind: the loader refuses other kinds and apiVersions its scheme does not register. */
export function checkDocumentHeader(ctx: EppLintContext): EppFinding[] {
  const findings: EppFinding[] = [];
  const { apiVersion, kind } = ctx.root;
  if (kind !== 'EndpointPickerConfig') {
    findings.push({
      code: 'wrong-kind',
      severity: 'error',
      path: kind === undefined ? [] : ['kind'],
      message:
        kind === undefined
          ? 'The document has no `kind`; it must be `EndpointPickerConfig`.'
          : `\`kind\` is ${JSON.stringify(
              kind,
            )}; it must be \`EndpointPickerConfig\`.`,
    });
  }
  const accepted = ctx.dialect.apiVersions;
  const match = accepted.find(entry => entry.value === apiVersion);
  const current = accepted.find(entry => !entry.deprecated)?.value;
  if (!match) {
    findings.push({
      code: 'unknown-api-version',
      severity: 'error',
      path: apiVersion === undefined ? [] : ['apiVersion'],
      message: `${
        apiVersion === undefined
          ? 'The document has no `apiVersion`'
          : `apiVersion ${JSON.stringify(apiVersion)} is not accepted by ${
              ctx.dialect.id
            }`
      }; use \`${current}\`.`,
    });
  } else if (match.deprecated) {
    findings.push({
      code: 'deprecated-api-version',
      severity: 'warning',
      path: ['apiVersion'],
      message: `apiVersion \`${match.value}\` is deprecated in ${ctx.dialect.id}; use \`${current}\`.`,
    });
  }
  return findings;
}
