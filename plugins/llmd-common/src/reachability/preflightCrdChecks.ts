import type { PreflightCheck } from '../api';
import { crdPresence } from './crdPresence';
import { type PreflightContext, unknownCheck } from './preflightContext';
import { REACHABILITY_CRDS } from './reachabilityCrds';

/** `crd-llminferenceservice`: installed, and serving the version the portal reads. */
export function llmInferenceServiceCrdCheck(
  context: PreflightContext,
): PreflightCheck {
  const id = 'crd-llminferenceservice';
  const { name } = REACHABILITY_CRDS.llmInferenceService;
  const presence = crdPresence(
    context.source,
    REACHABILITY_CRDS.llmInferenceService,
  );
  const version = context.llmisvcApiVersion;
  if (presence.state === 'unknown') return unknownCheck(id, presence);
  if (presence.state === 'missing') {
    return {
      id,
      status: 'fail',
      message: `${name} is not installed: KServe's LLMInferenceService controller is missing`,
      fix: 'install KServe with LLMInferenceService support (OpenShift AI: set the kserve component of the DataScienceCluster to Managed)',
    };
  }
  if (!presence.crd) {
    return {
      id,
      status: 'ok',
      message: `${name} is installed (the portal lists LLMInferenceServices in ${version}; other served versions unknown)`,
    };
  }
  const served = presence.crd.servedVersions;
  if (!served.includes(version)) {
    const other = served.find(v => v === 'v1alpha1' || v === 'v1alpha2');
    return {
      id,
      status: 'fail',
      message: `${name} serves ${
        served.join(', ') || 'no version'
      }, but the portal reads ${version}`,
      fix: other
        ? `set llmd.clusters[].defaults.llmisvcApiVersion to ${other} for this cluster, or upgrade KServe (v1alpha2 needs KServe 0.17 or later)`
        : `install a KServe release that serves serving.kserve.io/${version}`,
    };
  }
  return {
    id,
    status: presence.crd.established ? 'ok' : 'warn',
    message: `${name} serves ${served.join(', ')}${
      presence.crd.established ? '' : ', but is not Established'
    }`,
    ...(!presence.crd.established && {
      fix: `check the CRD's conditions: kubectl describe crd ${name}`,
    }),
  };
}

/** `crd-llminferenceserviceconfig`: the controller's templates (and the scheduler template) need it. */
export function llmInferenceServiceConfigCrdCheck(
  context: PreflightContext,
): PreflightCheck {
  const id = 'crd-llminferenceserviceconfig';
  const { name } = REACHABILITY_CRDS.llmInferenceServiceConfig;
  const presence = crdPresence(
    context.source,
    REACHABILITY_CRDS.llmInferenceServiceConfig,
  );
  if (presence.state === 'unknown') return unknownCheck(id, presence);
  if (presence.state === 'missing') {
    return {
      id,
      status: 'fail',
      message: `${name} is not installed: the controller's templates cannot exist`,
      fix: 'install the KServe CRDs of the release the controller runs (config/crd/full/llmisvc)',
    };
  }
  const served = presence.crd?.servedVersions;
  return {
    id,
    status: 'ok',
    message: served
      ? `${name} serves ${served.join(', ')}`
      : `${name} is installed`,
  };
}
