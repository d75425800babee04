import type { KubeObjectLike } from '../kube/kubeObject';
import { modelGatewayRefs } from './modelGatewayRefs';

const model = (router?: unknown): KubeObjectLike => ({
  metadata: { name: 'm', namespace: 'team-a' },
  spec: { router },
});

describe('modelGatewayRefs', () => {
  it('reads refs, defaulting the namespace to the model’s and dropping duplicates', () => {
    expect(
      modelGatewayRefs(
        model({
          gateway: {
            refs: [
              { name: 'gw' },
              { name: 'shared', namespace: 'openshift-ingress' },
              { name: 'gw', namespace: 'team-a' },
              { namespace: 'x' },
            ],
          },
        }),
      ),
    ).toEqual([
      { namespace: 'team-a', name: 'gw' },
      { namespace: 'openshift-ingress', name: 'shared' },
    ]);
  });

  it('uses the default Gateway for `gateway: {}` and none without a gateway', () => {
    expect(modelGatewayRefs(model({ gateway: {} }))).toEqual([
      { namespace: 'openshift-ingress', name: 'openshift-ai-inference' },
    ]);
    expect(
      modelGatewayRefs(model({ gateway: {} }), { namespace: 'gw', name: 'x' }),
    ).toEqual([{ namespace: 'gw', name: 'x' }]);
    expect(modelGatewayRefs(model({ route: {} }))).toEqual([]);
    expect(modelGatewayRefs(model())).toEqual([]);
  });
});
