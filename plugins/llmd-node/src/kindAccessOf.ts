import type { KindAccess } from '@llmd/plugin-llmd-common';
import type { ReflectorState } from './ReflectorState';
import {
  qualifiedResourceName,
  type WatchedResource,
} from './watchedResources';

/**
 * Whether a reflector's kind can be read, from its state: 403 is `forbidden` (naming the missing permission), 404
 * `not-installed`, any other failure before a first list `error`; a kind listed once stays `ok` while its watch
 * recovers (the cluster's health tells that it is stale).
 */
export function kindAccessOf(
  state: ReflectorState | undefined,
  resource: WatchedResource,
): KindAccess {
  if (state?.failing && state.lastStatus === 403) {
    return { state: 'forbidden', permission: permissionText(resource) };
  }
  if (state?.failing && state.lastStatus === 404) {
    return { state: 'not-installed' };
  }
  if (state?.listed) {
    return { state: 'ok' };
  }
  if (state?.failing) {
    return { state: 'error', message: state.lastError ?? 'unknown error' };
  }
  return { state: 'pending' };
}

/** The RBAC permission a list+watch of the resource needs, e.g. `list, watch httproutes.gateway.networking.k8s.io (cluster-wide)`. */
export function permissionText(
  resource: WatchedResource,
  verbs = 'list, watch',
): string {
  const scope =
    resource.namespace === undefined
      ? '(cluster-wide)'
      : `in namespace ${resource.namespace}`;
  return `${verbs} ${qualifiedResourceName(resource)} ${scope}`;
}
