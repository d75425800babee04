import type { ClusterSimulator } from '@llmd/cluster-simulator';

/**
 * Merge-patches an object through the simulator's Kubernetes API as its admin (what `kubectl annotate` or
 * `kubectl label` send), e.g. `apis/gateway.networking.k8s.io/v1/namespaces/team-a/gateways/team-a-gateway`.
 * `null` values remove keys.
 */
export async function simulatorMergePatch(
  sim: ClusterSimulator,
  path: string,
  patch: Record<string, unknown>,
): Promise<void> {
  // plain HTTP unless the simulator was started with TLS; the tests here start it without
  if (sim.caData) throw new Error('simulatorMergePatch speaks plain HTTP only');
  const res = await fetch(`${sim.url}/${path}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${sim.adminToken}`,
      'content-type': 'application/merge-patch+json',
    },
    body: JSON.stringify(patch),
  });
  if (!res.ok)
    throw new Error(`PATCH ${path}: ${res.status} ${await res.text()}`);
}
