import type { ModelInput } from './modelInput';

/** Annotation with which the KServe/ODH gateway AuthPolicy is switched; absent means on. */
const ENABLE_AUTH_ANNOTATION = 'security.opendatahub.io/enable-auth';

/** Multus annotation naming the extra networks of a pod. */
export const NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks';

/** Labels of the LLMInferenceService: the OpenShift AI dashboard lists only services carrying this one. */
export function modelLabels(): Record<string, string> {
  return { 'opendatahub.io/dashboard': 'true' };
}

/**
 * Annotations of the LLMInferenceService, identity first. All of them belong on the LLMInferenceService itself: the
 * dashboard and the AuthPolicy read them there, and the v1alpha1 pod templates are bare PodSpecs without metadata.
 * The Multus network annotation reaches the pods because the controller copies annotations prefixed
 * `k8s.v1.cni.cncf.io` to the Deployments and pod templates of both pools.
 */
export function modelAnnotations(input: ModelInput): Record<string, string> {
  const dashboard = input.dashboard;
  return {
    'backstage.io/owner': input.owner,
    'openshift.io/display-name': input.displayName ?? input.name,
    'opendatahub.io/model-type': 'generative',
    // Always explicit: without it the controller assumes auth and fails where Connectivity Link is missing.
    [ENABLE_AUTH_ANNOTATION]: input.auth.enabled ? 'true' : 'false',
    ...(dashboard && {
      'opendatahub.io/hardware-profile-name': dashboard.hardwareProfileName,
      'opendatahub.io/hardware-profile-namespace':
        dashboard.hardwareProfileNamespace,
      ...(dashboard.connection && {
        'opendatahub.io/connections': dashboard.connection,
      }),
    }),
    ...(input.roce && { [NETWORKS_ANNOTATION]: input.roce.networks }),
  };
}
