import { routeParentConditions } from './routeParentConditions';

const ref = { namespace: 'openshift-ingress', name: 'openshift-ai-inference' };
const parentRef = {
  name: 'openshift-ai-inference',
  namespace: 'openshift-ingress',
};
const cond = (type: string, status: string, reason = type) => ({
  type,
  status,
  reason,
});

function route(parents: unknown[]) {
  return {
    metadata: { name: 'm-kserve-route', namespace: 'team-a' },
    spec: { parentRefs: [parentRef] },
    status: { parents },
  };
}

describe('routeParentConditions', () => {
  it("skips the policy controller's entry (no Accepted), as KServe's IsHTTPRouteReady does", () => {
    const result = routeParentConditions(
      route([
        {
          parentRef,
          controllerName: 'kuadrant.io/policy-controller',
          conditions: [cond('kuadrant.io/AuthPolicyAffected', 'True')],
        },
        {
          parentRef,
          controllerName: 'openshift.io/gateway-controller/v1',
          conditions: [cond('Accepted', 'True'), cond('ResolvedRefs', 'True')],
        },
      ]),
      ref,
    );
    expect(result).toEqual({
      attached: true,
      accepted: { status: 'True', reason: 'Accepted' },
      resolvedRefs: { status: 'True', reason: 'ResolvedRefs' },
    });
  });

  it('reports no acceptance while only the policy controller wrote, and a rejection over an acceptance', () => {
    expect(
      routeParentConditions(
        route([
          {
            parentRef,
            conditions: [cond('kuadrant.io/AuthPolicyAffected', 'True')],
          },
        ]),
        ref,
      ),
    ).toEqual({ attached: true });
    const mixed = routeParentConditions(
      route([
        {
          parentRef: { ...parentRef, sectionName: 'http' },
          conditions: [cond('Accepted', 'True'), cond('ResolvedRefs', 'True')],
        },
        {
          parentRef: { ...parentRef, sectionName: 'https' },
          conditions: [
            cond('Accepted', 'False', 'NotAllowedByListeners'),
            cond('ResolvedRefs', 'True'),
          ],
        },
      ]),
      ref,
    );
    expect(mixed.accepted).toEqual({
      status: 'False',
      reason: 'NotAllowedByListeners',
    });
  });

  it('defaults the parentRef namespace to the route namespace', () => {
    const local = {
      metadata: { name: 'r', namespace: 'team-a' },
      spec: { parentRefs: [{ name: 'team-a-gateway' }] },
    };
    expect(
      routeParentConditions(local, {
        namespace: 'team-a',
        name: 'team-a-gateway',
      }).attached,
    ).toBe(true);
    expect(routeParentConditions(local, ref).attached).toBe(false);
  });
});
