import {
  type KubeObjectLike,
  objectsAt,
  stringAt,
  valueAt,
} from '../kube/kubeObject';
import { labelSelectorMatches } from './labelSelectorMatches';

/** The namespace label the API server sets on every Namespace (Gateway API selectors often use it). */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * Whether one listener admits routes of a namespace (`allowedRoutes.namespaces.from`: `Same`, the default, `All`,
 * or `Selector` against the namespace's labels). `namespaceLabels` undefined: the labels could not be read.
 */
export interface ListenerAdmission {
  readonly admitted: boolean | 'unknown';
  readonly listener: string;
  /** The listener's rule in words, e.g. `from: Same`. */
  readonly rule: string;
}

/** How a listener's `allowedRoutes.namespaces` reads, in words. */
function ruleOf(listener: Record<string, unknown>): string {
  const from =
    stringAt(listener, 'allowedRoutes', 'namespaces', 'from') ?? 'Same';
  if (from !== 'Selector') return `from: ${from}`;
  const selector = valueAt(listener, 'allowedRoutes', 'namespaces', 'selector');
  return `from: Selector ${JSON.stringify(selector ?? {})}`;
}

/**
 * Whether the listeners a route attaches to admit a namespace: the listener `sectionName` names, else every
 * listener of the Gateway (the route is accepted when at least one admits it).
 *
 * @param namespaceLabels - the labels of the route's Namespace; undefined when it may not be read
 */
export function listenerAdmissions(
  gateway: KubeObjectLike,
  routeNamespace: string,
  namespaceLabels: Readonly<Record<string, string>> | undefined,
  sectionName?: string,
): ListenerAdmission[] {
  return objectsAt(gateway, 'spec', 'listeners')
    .filter(l => !sectionName || l.name === sectionName)
    .map((listener): ListenerAdmission => {
      const name = stringAt(listener, 'name') ?? '';
      const rule = ruleOf(listener);
      const from =
        stringAt(listener, 'allowedRoutes', 'namespaces', 'from') ?? 'Same';
      if (from === 'All') return { admitted: true, listener: name, rule };
      if (from === 'Same') {
        return {
          admitted: gateway.metadata.namespace === routeNamespace,
          listener: name,
          rule,
        };
      }
      if (from !== 'Selector') return { admitted: false, listener: name, rule };
      if (!namespaceLabels)
        return { admitted: 'unknown', listener: name, rule };
      const selector = valueAt(
        listener,
        'allowedRoutes',
        'namespaces',
        'selector',
      );
      const labels = {
        [NAMESPACE_NAME_LABEL]: routeNamespace,
        ...namespaceLabels,
      };
      return {
        admitted: labelSelectorMatches(selector ?? {}, labels),
        listener: name,
        rule,
      };
    });
}
