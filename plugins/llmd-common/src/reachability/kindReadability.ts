import type {
  ReachabilityKind,
  ReachabilitySource,
} from './reachabilitySource';

/**
 * Why a kind cannot be read, in words with the fix, for an `unknown` outcome.
 */
export interface Unreadable {
  readonly message: string;
  readonly fix?: string;
}

/**
 * Why the portal cannot tell anything about a kind: forbidden (naming the permission to grant), not synced yet, or
 * a read error. Undefined when the kind is readable or not installed (its CRD is missing: callers decide what that
 * means).
 */
export function kindUnreadable(
  source: ReachabilitySource,
  kind: ReachabilityKind,
): Unreadable | undefined {
  const access = source.access(kind);
  switch (access.state) {
    case 'forbidden':
      return {
        message: `the credentials in use may not read ${kind} objects (missing permission: ${access.permission})`,
        fix: `grant ${access.permission} to the identity that reads the cluster (the portal's service account; your own user for llmd diagnose), e.g. a ClusterRole bound to it`,
      };
    case 'pending':
      return {
        message: `${kind} objects are not synced yet`,
        fix: 'wait for the portal to finish its first list of the cluster; if this stays, read the portal log for the watch',
      };
    case 'error':
      return {
        message: `${kind} objects could not be read: ${access.message}`,
      };
    default:
      return undefined;
  }
}
