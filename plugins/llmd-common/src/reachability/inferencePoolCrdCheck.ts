import type { PreflightCheck } from '../api';
import { crdPresence, type CrdPresence } from './crdPresence';
import { type PreflightContext, unknownCheck } from './preflightContext';
import { REACHABILITY_CRDS } from './reachabilityCrds';

const V1 = 'inference.networking.k8s.io/v1';
const V1ALPHA2 = 'inference.networking.x-k8s.io/v1alpha2';

/** Installed and serving the version the group is known by (unknown versions count as served). */
function serves(presence: CrdPresence, version: string): boolean {
  return (
    presence.state === 'installed' &&
    (!presence.crd || presence.crd.servedVersions.includes(version))
  );
}

/**
 * `crd-inferencepool`: which InferencePool APIs are served. KServe 0.15/0.16 (the v1alpha1 API; OpenShift AI 3.x)
 * templates route to `inference.networking.x-k8s.io/v1alpha2` pools; KServe 0.17+ creates
 * `inference.networking.k8s.io/v1` pools (GIE ≥ v1.0.0) and still reads v1alpha2 ones while migrating.
 */
export function inferencePoolCrdCheck(
  context: PreflightContext,
): PreflightCheck {
  const id = 'crd-inferencepool';
  const v1 = crdPresence(context.source, REACHABILITY_CRDS.inferencePool);
  const v1alpha2 = crdPresence(
    context.source,
    REACHABILITY_CRDS.inferencePoolV1alpha2,
  );
  const has = { v1: serves(v1, 'v1'), v1alpha2: serves(v1alpha2, 'v1alpha2') };
  const served = [has.v1 && V1, has.v1alpha2 && V1ALPHA2].filter(Boolean);
  const wanted = context.llmisvcApiVersion === 'v1alpha1' ? 'v1alpha2' : 'v1';
  const wantedName = wanted === 'v1' ? V1 : V1ALPHA2;
  if (has[wanted]) {
    return {
      id,
      status: 'ok',
      message: `InferencePool served as ${served.join(' and ')}`,
    };
  }
  const unknown = [v1, v1alpha2].find(p => p.state === 'unknown');
  if (unknown?.state === 'unknown') return unknownCheck(id, unknown);
  const fix =
    wanted === 'v1'
      ? 'install the Gateway API Inference Extension CRDs v1.0.0 or later (KServe 0.20 pins v1.5.0)'
      : 'install the Gateway API Inference Extension CRDs that serve inference.networking.x-k8s.io/v1alpha2 (KServe 0.16 pins v0.3.0)';
  if (served.length === 0) {
    return {
      id,
      status: 'fail',
      message:
        'no InferencePool CRD is installed: models with a scheduler cannot get their pool',
      fix,
    };
  }
  return {
    id,
    status: 'warn',
    message: `InferencePool served only as ${served.join(
      ' and ',
    )}; KServe for ${context.llmisvcApiVersion} uses ${wantedName}`,
    fix,
  };
}
