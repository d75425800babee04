import type { PreflightCheck } from '../api';
import { isAuthEnabled } from '../models/modelMetadata';
import { crdPresence } from './crdPresence';
import { modelTopology } from './modelTopology';
import {
  objectLabels,
  type PreflightContext,
  unknownCheck,
} from './preflightContext';
import { REACHABILITY_CRDS } from './reachabilityCrds';

/** The fix of a missing AuthPolicy CRD, in OpenShift AI's words (RHOAI 3.5 docs: RHCL ≥ 1.1.1, a Kuadrant CR). */
const INSTALL_AUTHPOLICY_FIX =
  'install Red Hat Connectivity Link 1.1.1 or later (Kuadrant AuthPolicy CRD, kuadrant.io/v1) and create the Kuadrant CR';

/**
 * `crd-authpolicy`: OpenShift AI's controller deletes the HTTPRoute of every routed model with auth on
 * (`security.opendatahub.io/enable-auth` anything but "false") while `kuadrant.io/v1` AuthPolicy is not served.
 */
export function authPolicyCrdCheck(context: PreflightContext): PreflightCheck {
  const id = 'crd-authpolicy';
  const presence = crdPresence(context.source, REACHABILITY_CRDS.authPolicy);
  const v1 =
    presence.state === 'installed' &&
    (!presence.crd || presence.crd.servedVersions.includes('v1'));
  if (v1) {
    return {
      id,
      status: 'ok',
      message: 'kuadrant.io/v1 AuthPolicy is installed',
    };
  }
  if (presence.state === 'unknown') return unknownCheck(id, presence);
  const what =
    presence.state === 'missing'
      ? 'kuadrant.io/v1 AuthPolicy is not installed'
      : 'the AuthPolicy CRD does not serve kuadrant.io/v1';
  if (context.modelsUnreadable) {
    return unknownCheck(id, {
      message: `${what}; cannot tell whether a model enables auth: ${context.modelsUnreadable.message}`,
      fix: INSTALL_AUTHPOLICY_FIX,
    });
  }
  const authOn = context.models.filter(
    m => modelTopology(m).route && isAuthEnabled(m),
  );
  if (authOn.length === 0) {
    return {
      id,
      status: 'warn',
      message: `${what}; needed once a model enables auth (auth is on unless security.opendatahub.io/enable-auth is "false")`,
      fix: INSTALL_AUTHPOLICY_FIX,
    };
  }
  return {
    id,
    status: 'fail',
    message: `${what}, and ${authOn.length} routed model(s) have auth on: OpenShift AI's controller deletes their HTTPRoutes (HTTPRoutesReady=False, GatewayPreconditionNotMet)`,
    fix: `${INSTALL_AUTHPOLICY_FIX}, then touch each model (e.g. add an annotation) so the controller recreates its HTTPRoute`,
    objects: objectLabels('LLMInferenceService', authOn),
  };
}
