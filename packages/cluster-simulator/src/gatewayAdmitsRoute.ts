import { LabelRequirement, matchesLabels } from './labelSelector';
import { KubeObject } from './types';

/** A `spec.parentRefs` entry of a route. */
export interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  sectionName?: string;
  port?: number;
}

interface LabelSelectorSpec {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }>;
}

interface Listener {
  name?: string;
  port?: number;
  protocol?: string;
  allowedRoutes?: {
    namespaces?: {
      from?: 'Same' | 'All' | 'Selector';
      selector?: LabelSelectorSpec;
    };
    kinds?: Array<{ group?: string; kind?: string }>;
  };
}

const OPERATORS = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: 'notexists',
} as const;

/** A metav1.LabelSelector as requirements; an empty selector matches everything, as in Kubernetes. */
function requirementsOf(
  selector: LabelSelectorSpec | undefined,
): LabelRequirement[] {
  return [
    ...Object.entries(selector?.matchLabels ?? {}).map(
      ([key, value]): LabelRequirement => ({
        key,
        operator: 'eq',
        values: [value],
      }),
    ),
    ...(selector?.matchExpressions ?? []).map(
      (e): LabelRequirement => ({
        key: e.key,
        operator: OPERATORS[e.operator] ?? 'exists',
        values: e.values ?? [],
      }),
    ),
  ];
}

/** Whether a listener's `allowedRoutes` admits an HTTPRoute from `routeNamespace` (Gateway API v1 semantics). */
function listenerAdmits(
  listener: Listener,
  gatewayNamespace: string,
  routeNamespace: string,
  namespaceLabels: Record<string, string>,
): boolean {
  if (listener.protocol !== 'HTTP' && listener.protocol !== 'HTTPS')
    return false;
  const kinds = listener.allowedRoutes?.kinds;
  if (kinds?.length && !kinds.some(k => (k.kind ?? '') === 'HTTPRoute'))
    return false;
  const namespaces = listener.allowedRoutes?.namespaces;
  switch (namespaces?.from ?? 'Same') {
    case 'All':
      return true;
    case 'Selector':
      // A Selector without a selector is invalid; Gateway API implementations admit nothing then.
      return (
        namespaces?.selector !== undefined &&
        matchesLabels(requirementsOf(namespaces.selector), namespaceLabels)
      );
    default:
      return routeNamespace === gatewayNamespace;
  }
}

/**
 * Whether a Gateway accepts an HTTPRoute through one of its parentRefs: some listener the ref selects (by
 * `sectionName` and `port` when given) admits the route's namespace, whose labels (`kubernetes.io/metadata.name`
 * included) decide `from: Selector`. False is what implementations report as `Accepted=False NotAllowedByListeners`.
 */
export function gatewayAdmitsRoute(
  gateway: KubeObject,
  parentRef: ParentRef,
  routeNamespace: string,
  namespaceLabels: Record<string, string>,
): boolean {
  const listeners = ((gateway.spec as any)?.listeners ?? []) as Listener[];
  return listeners.some(
    listener =>
      (parentRef.sectionName === undefined ||
        parentRef.sectionName === listener.name) &&
      (parentRef.port === undefined || parentRef.port === listener.port) &&
      listenerAdmits(
        listener,
        gateway.metadata.namespace ?? '',
        routeNamespace,
        namespaceLabels,
      ),
  );
}
