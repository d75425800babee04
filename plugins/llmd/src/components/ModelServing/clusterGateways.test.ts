import {
  graniteCluster,
  llamaPdStaleCluster,
} from '../../__testUtils__/modelDetailFixtures';
import { clusterGateways } from './clusterGateways';

describe('clusterGateways', () => {
  it('names the Gateways of the spec, with the listener when a ref names one', () => {
    expect(clusterGateways(graniteCluster)).toEqual([
      'openshift-ingress/openshift-ai-inference',
    ]);
    expect(clusterGateways(llamaPdStaleCluster)).toEqual([
      'team-a/team-a-gateway:http',
    ]);
  });

  it('lists a Gateway named twice once', () => {
    expect(
      clusterGateways({
        gateways: [
          { namespace: 'team-a', name: 'inference', sectionName: 'https' },
          { namespace: 'team-a', name: 'inference', sectionName: 'https' },
        ],
      }),
    ).toEqual(['team-a/inference:https']);
  });
});
