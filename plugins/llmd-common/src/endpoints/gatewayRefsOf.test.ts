import type { KubeObjectLike } from '../kube/kubeObject';
import { gatewayRefsOf } from './gatewayRefsOf';

const model = (router?: unknown): KubeObjectLike => ({
  metadata: { name: 'm', namespace: 'team-a' },
  spec: { router },
});

describe('gatewayRefsOf', () => {
  it('reads every named ref in order with its position and listener, duplicates kept', () => {
    expect(
      gatewayRefsOf(
        model({
          gateway: {
            refs: [
              { namespace: 'x' },
              { name: 'gw', sectionName: 'https' },
              'not-a-ref',
              { name: 'gw', namespace: 'team-a' },
            ],
          },
        }),
      ),
    ).toEqual([
      { namespace: 'team-a', name: 'gw', sectionName: 'https', index: 1 },
      { namespace: 'team-a', name: 'gw', index: 3 },
    ]);
  });

  it("gives the controller's default Gateway, without a position, for `gateway: {}`", () => {
    expect(gatewayRefsOf(model({ gateway: {} }))).toEqual([
      { namespace: 'openshift-ingress', name: 'openshift-ai-inference' },
    ]);
    expect(gatewayRefsOf(model({ route: {} }))).toEqual([]);
  });
});
