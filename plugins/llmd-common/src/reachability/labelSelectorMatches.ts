import { isPlainObject } from '../kube/isPlainObject';
import { objectsAt, stringAt, valueAt } from '../kube/kubeObject';

function valuesOf(expression: Record<string, unknown>): string[] {
  const values = expression.values;
  return Array.isArray(values)
    ? values.filter((v): v is string => typeof v === 'string')
    : [];
}

/**
 * Whether labels match a Kubernetes label selector (`matchLabels` and `matchExpressions` with In, NotIn, Exists,
 * DoesNotExist, all of which must hold). An empty selector matches everything; an unknown operator matches nothing,
 * as the API server would reject it.
 */
export function labelSelectorMatches(
  selector: unknown,
  labels: Readonly<Record<string, string>>,
): boolean {
  const matchLabels = valueAt(selector, 'matchLabels');
  if (isPlainObject(matchLabels)) {
    const ok = Object.entries(matchLabels).every(
      ([key, value]) => labels[key] === value,
    );
    if (!ok) return false;
  }
  return objectsAt(selector, 'matchExpressions').every(expression => {
    const key = stringAt(expression, 'key') ?? '';
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (stringAt(expression, 'operator')) {
      case 'In':
        return has && valuesOf(expression).includes(labels[key]);
      case 'NotIn':
        return !has || !valuesOf(expression).includes(labels[key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
}
