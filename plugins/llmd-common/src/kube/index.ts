/*
 * Kubernetes primitives the rest of the package builds on (the leaf layer: imports nothing from the package): the
 * object shape it reads, path readers, DNS-1123 names and annotations every object may carry.
 */

export type { KubeObjectLike } from './kubeObject';
export { dnsLabel, dnsSubdomain } from './dnsNames';
export { DISPLAY_NAME_ANNOTATION, OWNER_ANNOTATION } from './objectAnnotations';
