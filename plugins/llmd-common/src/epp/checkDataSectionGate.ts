import type { EppFinding } from './eppDiagnostic';
import type { EppLintContext } from './eppLintContext';
import { isFeatureGateEnabled } from './featureGates';

/**
 * GIE v1.3 (scheduler-v0.5): `data:` is a load error while the dataLayer gate is off, and the gate is a load error
 * without `data:` (pkg/epp/config/loader/configloader.go@G v1.3.0 `buildDataLayerConfig`; gone in G fd30cb97714a).
 */
export function checkDataSectionGate(ctx: EppLintContext): EppFinding[] {
  if (!ctx.dialect.dataSectionNeedsGate) return [];
  const hasData = ctx.root.data !== undefined && ctx.root.data !== null;
  const gateOn = isFeatureGateEnabled(ctx.root.featureGates, 'dataLayer');
  if (hasData === gateOn) return [];
  return [
    {
      code: 'data-layer-gate-mismatch',
      severity: 'error',
      path: hasData ? ['data'] : ['featureGates'],
      message: hasData
        ? `\`data:\` is set but the dataLayer feature gate is off; ${ctx.dialect.id} fails to load. Add \`dataLayer\` to featureGates or remove the section.`
        : `The dataLayer feature gate is on but there is no \`data:\` section; ${ctx.dialect.id} fails to load. Add the section or remove the gate.`,
    },
  ];
}
