import {
  DEFAULT_LISTENER_PORTS,
  type GatewayListenerInput,
} from './gatewayListenerInput';

/** A Kubernetes label selector (`matchLabels` and/or `matchExpressions`). */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: ReadonlyArray<{
    readonly key: string;
    readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    readonly values?: readonly string[];
  }>;
}

/**
 * Which namespaces may attach routes to a listener. `All` is deliberately not expressible: any namespace could then
 * attach an HTTPRoute for another tenant's path (HTTPRoute hijacking).
 */
export type AllowedRouteNamespaces =
  | { readonly from: 'Same' }
  | { readonly from: 'Selector'; readonly selector: LabelSelector };

/** A `spec.listeners[]` entry of a Gateway (gateway.networking.k8s.io/v1), keys in the order they are written. */
export interface GatewayListener {
  readonly name: string;
  readonly protocol: string;
  readonly port: number;
  readonly hostname?: string;
  readonly allowedRoutes: { readonly namespaces: AllowedRouteNamespaces };
  readonly tls?: {
    readonly mode: 'Terminate';
    readonly certificateRefs: ReadonlyArray<{
      readonly group: '';
      readonly kind: 'Secret';
      readonly name: string;
    }>;
  };
}

// Leaves room for a "-<n>" suffix within the Gateway API's 253-character limit on listener names.
const MAX_GENERATED_NAME = 240;

function baseName(listener: GatewayListenerInput): string {
  const protocol = listener.protocol.toLowerCase();
  return listener.port === DEFAULT_LISTENER_PORTS[listener.protocol]
    ? protocol
    : `${protocol}-${listener.port}`;
}

function hostnameSlug(hostname: string): string {
  return hostname.replace(/^\*\./, 'wildcard.').replace(/\./g, '-');
}

function truncateName(name: string): string {
  return name.slice(0, MAX_GENERATED_NAME).replace(/-+$/, '');
}

/**
 * Names for the listeners, in order: the given name, else `http` / `https` on the default port and `http-8080` on
 * others; listeners that would share a name get their hostname appended (`https-team-a-apps-example-com`), and a
 * numeric suffix settles whatever is left. Deterministic, and unique within the Gateway as the CRD requires.
 */
export function listenerNames(
  listeners: readonly GatewayListenerInput[],
): string[] {
  const explicit = new Set(
    listeners.flatMap(l => (l.name === undefined ? [] : [l.name])),
  );
  const bases = listeners.map(baseName);
  const generatedCount = new Map<string, number>();
  listeners.forEach((listener, i) => {
    if (listener.name === undefined) {
      generatedCount.set(bases[i], (generatedCount.get(bases[i]) ?? 0) + 1);
    }
  });
  const taken = new Set(explicit);
  return listeners.map((listener, i) => {
    if (listener.name !== undefined) return listener.name;
    let candidate = bases[i];
    const clashes =
      (generatedCount.get(candidate) ?? 0) > 1 || explicit.has(candidate);
    if (clashes && listener.hostname !== undefined) {
      candidate = truncateName(
        `${candidate}-${hostnameSlug(listener.hostname)}`,
      );
    }
    let unique = candidate;
    for (let n = 2; taken.has(unique); n++) unique = `${candidate}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/**
 * Renders a Gateway's listeners: every one gets the same `allowedRoutes` restriction; HTTPS listeners terminate TLS
 * with the given certificate Secret (in the Gateway's namespace).
 */
export function renderGatewayListeners(
  listeners: readonly GatewayListenerInput[],
  namespaces: AllowedRouteNamespaces,
): GatewayListener[] {
  const names = listenerNames(listeners);
  return listeners.map((listener, i) => ({
    name: names[i],
    protocol: listener.protocol,
    port: listener.port,
    ...(listener.hostname === undefined ? {} : { hostname: listener.hostname }),
    // A copy per listener, so no two manifest nodes are the same object (callers may edit a render).
    allowedRoutes: { namespaces: structuredClone(namespaces) },
    ...(listener.protocol === 'HTTPS'
      ? {
          tls: {
            mode: 'Terminate' as const,
            certificateRefs: [
              {
                group: '' as const,
                kind: 'Secret' as const,
                name: listener.secretName ?? '',
              },
            ],
          },
        }
      : {}),
  }));
}
