import {
  type ClusterPreflightResponse,
  type InstalledCrd,
  type PreflightCheck,
  type PreflightCheckStatus,
} from '../api';
import { authPolicyCrdCheck } from './authPolicyCrdCheck';
import { crdPresence } from './crdPresence';
import { gatewayApiCrdCheck } from './gatewayApiCrdCheck';
import { gatewayClassesCheck, gatewaysCheck } from './gatewayPreflightChecks';
import { inferencePoolCrdCheck } from './inferencePoolCrdCheck';
import { leaderWorkerSetCrdCheck, metallbCrdCheck } from './optionalCrdChecks';
import {
  type ClusterPreflightInput,
  type PreflightContext,
  preflightContext,
} from './preflightContext';
import {
  llmInferenceServiceConfigCrdCheck,
  llmInferenceServiceCrdCheck,
} from './preflightCrdChecks';
import { REACHABILITY_CRDS } from './reachabilityCrds';
import { schedulerTemplateCheck } from './schedulerTemplateCheck';

/** The checks in the order of PREFLIGHT_CHECK_IDS. */
const CHECKS: readonly ((context: PreflightContext) => PreflightCheck)[] = [
  llmInferenceServiceCrdCheck,
  llmInferenceServiceConfigCrdCheck,
  gatewayApiCrdCheck,
  inferencePoolCrdCheck,
  authPolicyCrdCheck,
  leaderWorkerSetCrdCheck,
  metallbCrdCheck,
  gatewayClassesCheck,
  gatewaysCheck,
  schedulerTemplateCheck,
];

const RANK: Record<PreflightCheckStatus, number> = {
  ok: 0,
  warn: 1,
  unknown: 2,
  fail: 3,
};

/** The worst status: fail, then unknown, then warn, then ok. */
function worst(checks: readonly PreflightCheck[]): PreflightCheckStatus {
  return checks.reduce<PreflightCheckStatus>(
    (status, check) =>
      RANK[check.status] > RANK[status] ? check.status : status,
    'ok',
  );
}

/** The relevant CRDs found, when CRDs may be read. */
function installedCrds(context: PreflightContext): InstalledCrd[] | undefined {
  if (context.source.access('CustomResourceDefinition').state !== 'ok') {
    return undefined;
  }
  return Object.values(REACHABILITY_CRDS).flatMap(crd => {
    const presence = crdPresence(context.source, crd);
    return presence.state === 'installed' && presence.crd ? [presence.crd] : [];
  });
}

/**
 * What a cluster must have before any model can be reached: the CRDs (and the versions they serve), GatewayClasses
 * accepted, Gateways programmed with an address, the controller's scheduler template. Pure: reads only `source`
 * (lists LLMInferenceServices and Gateways once). Every check of PREFLIGHT_CHECK_IDS, in order; `unknown` names the
 * permission the portal lacks.
 *
 * @public
 */
export function evaluateClusterPreflight(
  input: ClusterPreflightInput,
): ClusterPreflightResponse {
  const context = preflightContext(input);
  const checks = CHECKS.map(check => check(context));
  const crds = installedCrds(context);
  return {
    cluster: input.cluster,
    status: worst(checks),
    checks,
    ...(crds && { crds }),
  };
}
