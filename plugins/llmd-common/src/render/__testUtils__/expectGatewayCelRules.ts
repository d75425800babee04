import type { KubeManifest } from '../gitopsFile';

/*
 * The Gateway CRD enforces some rules with CEL (x-kubernetes-validations), which the schema validator does not run.
 * This re-checks them on a rendered Gateway, plus the portal's own rule that `from: All` is never emitted.
 */

interface Listener {
  name: string;
  protocol: string;
  port: number;
  hostname?: string;
  tls?: { mode?: string; certificateRefs?: unknown[] };
  allowedRoutes?: { namespaces?: { from?: string } };
}

/** Throws (via expect) unless the Gateway's listeners satisfy the Gateway CRD's CEL rules. */
export function expectGatewayCelRules(gateway: KubeManifest): void {
  const listeners = (gateway.spec as { listeners: Listener[] }).listeners;
  const names = listeners.map(l => l.name);
  expect(new Set(names).size).toBe(names.length);
  const routes = listeners.map(
    l => `${l.protocol}/${l.port}/${l.hostname ?? ''}`,
  );
  expect(new Set(routes).size).toBe(routes.length);
  for (const listener of listeners) {
    if (listener.protocol === 'HTTP') expect(listener.tls).toBeUndefined();
    if (listener.protocol === 'HTTPS') {
      expect(listener.tls?.mode).toBe('Terminate');
      expect(listener.tls?.certificateRefs?.length).toBeGreaterThan(0);
    }
    expect(listener.allowedRoutes?.namespaces?.from).not.toBe('All');
    expect(['Same', 'Selector']).toContain(
      listener.allowedRoutes?.namespaces?.from,
    );
  }
}
