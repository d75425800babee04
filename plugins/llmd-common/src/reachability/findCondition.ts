import { objectsAt, stringAt } from '../kube/kubeObject';

/**
 * A Kubernetes status condition as the reachability evaluation reads it.
 */
export interface FoundCondition {
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
}

/**
 * The condition of a type in a condition list (`status.conditions` of an object, `conditions` of a route parent
 * status), undefined when absent.
 *
 * @param holder - the object holding the list (a Gateway, a route parent status, ...)
 * @param path - where the list is in it; `status.conditions` when absent
 */
export function findCondition(
  holder: unknown,
  type: string,
  path: readonly string[] = ['status', 'conditions'],
): FoundCondition | undefined {
  const raw = objectsAt(holder, ...path).find(c => c.type === type);
  if (!raw) return undefined;
  const reason = stringAt(raw, 'reason');
  const message = stringAt(raw, 'message');
  return {
    status: stringAt(raw, 'status') ?? 'Unknown',
    ...(reason && { reason }),
    ...(message && { message }),
  };
}

/** `Type=Status (Reason: message)`, the way `kubectl describe` users recognise a condition. */
export function describeCondition(
  type: string,
  condition: FoundCondition | undefined,
): string {
  if (!condition) return `no ${type} condition`;
  const detail = [condition.reason, condition.message]
    .filter(Boolean)
    .join(': ');
  return `${type}=${condition.status}${detail ? ` (${detail})` : ''}`;
}
