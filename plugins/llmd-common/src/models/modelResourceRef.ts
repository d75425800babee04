import { isClusterName } from '../api/clusterName';

/**
 * One model service on one cluster: what a `llmd-model` permission resource names.
 *
 * @public
 */
export interface ModelResource {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The resourceRef of a model service on one cluster for the `llmd-model` permission resource type:
 * `<cluster>:<namespace>/<name>`. Per cluster and not per catalog entity, because the same namespace/name may have a
 * different owner on every cluster, and a token is only valid on the cluster that minted it.
 *
 * @public
 */
export function modelResourceRef(resource: ModelResource): string {
  return `${resource.cluster}:${resource.namespace}/${resource.name}`;
}

/**
 * The inverse of {@link modelResourceRef}; undefined for anything that is not a well-formed ref (the permission
 * backend passes refs through from callers, so they are input).
 *
 * @public
 */
export function parseModelResourceRef(ref: string): ModelResource | undefined {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon + 1);
  if (colon < 0 || slash < 0) return undefined;
  const cluster = ref.slice(0, colon);
  const namespace = ref.slice(colon + 1, slash);
  const name = ref.slice(slash + 1);
  if (
    !isClusterName(cluster) ||
    !DNS_LABEL.test(namespace) ||
    !DNS_SUBDOMAIN.test(name)
  ) {
    return undefined;
  }
  return { cluster, namespace, name };
}
