import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { isFeatureGateEnabled, parseFeatureGate } from './featureGates';

/** Registered gate names and values; `flowControl:` without its gate is ignored by the loader. */
export function checkFeatureGates(ctx: EppLintContext): EppFinding[] {
  const findings: EppFinding[] = [];
  const gates = ctx.root.featureGates;
  // in dialects without the section, the shape check already rejects it as an unknown field
  if (Array.isArray(gates) && 'featureGates' in ctx.dialect.document.fields) {
    gates.forEach((entry, index) => {
      if (typeof entry !== 'string') return; // shape check reports it
      const gate = parseFeatureGate(entry);
      const at = ['featureGates', index];
      if (gate.enabled === undefined) {
        findings.push({
          code: 'invalid-feature-gate',
          severity: 'error',
          path: at,
          message: `Feature gate \`${entry}\` must be written as \`${gate.name}\` or \`${gate.name}=true|false\`.`,
        });
      } else if (ctx.dialect.deprecatedFeatureGates?.includes(gate.name)) {
        findings.push({
          code: 'deprecated-feature-gate',
          severity: 'warning',
          path: at,
          message: `Feature gate \`${gate.name}\` is accepted by ${ctx.dialect.id} but has no effect any more (the EPP logs "remove it").`,
        });
      } else if (!ctx.dialect.featureGates.includes(gate.name)) {
        const known = ctx.dialect.featureGates;
        findings.push({
          code: 'unknown-feature-gate',
          severity: 'error',
          path: at,
          message: `Feature gate \`${gate.name}\` is not registered in ${
            ctx.dialect.id
          }${known.length ? ` (known: ${known.join(', ')})` : ''}.`,
        });
      }
    });
  }
  const hasFlowControlSection =
    ctx.root.flowControl !== undefined &&
    ctx.root.flowControl !== null &&
    'flowControl' in ctx.dialect.document.fields;
  if (hasFlowControlSection && !isFeatureGateEnabled(gates, 'flowControl')) {
    findings.push({
      code: 'flow-control-gate-off',
      severity: 'warning',
      path: ['flowControl'],
      message:
        'The `flowControl` section is ignored because the `flowControl` feature gate is not enabled.',
    });
  }
  return findings;
}
