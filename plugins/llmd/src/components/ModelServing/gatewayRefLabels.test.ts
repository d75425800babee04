import {
  graniteCluster,
  llamaPdStaleCluster,
} from '../../__testUtils__/modelDetailFixtures';
import { gatewayRefLabels } from './gatewayRefLabels';

describe('gatewayRefLabels', () => {
  it('names the Gateways of the spec, with the listener when a ref names one', () => {
    expect(gatewayRefLabels(graniteCluster)).toEqual([
      'openshift-ingress/openshift-ai-inference',
    ]);
    expect(gatewayRefLabels(llamaPdStaleCluster)).toEqual([
      'team-a/team-a-gateway:http',
    ]);
  });

  it('lists a Gateway named twice once', () => {
    expect(
      gatewayRefLabels({
        gateways: [
          { namespace: 'team-a', name: 'inference', sectionName: 'https' },
          { namespace: 'team-a', name: 'inference', sectionName: 'https' },
        ],
      }),
    ).toEqual(['team-a/inference:https']);
  });
});
