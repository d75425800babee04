import type { ModelCondition } from '../api';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';

const STATUSES = new Set(['True', 'False', 'Unknown']);

/**
 * `status.conditions` with a type, in the order the controller wrote them; odd statuses read as Unknown.
 *
 * @public
 */
export function readModelConditions(llmisvc: KubeObjectLike): ModelCondition[] {
  return objectsAt(llmisvc, 'status', 'conditions').flatMap(raw => {
    const type = stringAt(raw, 'type');
    if (!type) return [];
    const status = stringAt(raw, 'status') ?? 'Unknown';
    const optional = (key: string) => {
      const value = stringAt(raw, key);
      return value ? { [key]: value } : {};
    };
    return [
      {
        type,
        status: (STATUSES.has(status)
          ? status
          : 'Unknown') as ModelCondition['status'],
        ...optional('reason'),
        ...optional('message'),
        ...optional('lastTransitionTime'),
        ...optional('severity'),
      },
    ];
  });
}

/**
 * Ready means the `Ready` condition is True; no status (not reconciled yet) is not ready.
 *
 * @public
 */
export function isModelReady(conditions: readonly ModelCondition[]): boolean {
  return conditions.some(c => c.type === 'Ready' && c.status === 'True');
}
