import { metallbInputSchema } from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createRenderAction } from './createRenderAction';
import { renderExample } from './renderExample';

const ID = 'llmd:metallb:render';

/**
 * `llmd:metallb:render`: MetalLB operator and instance for LoadBalancer Services on bare metal.
 *
 * @public
 */
export function createMetallbRenderAction(options: { gitops: GitopsConfig }) {
  return createRenderAction(
    {
      kind: 'metallb',
      id: ID,
      description:
        'Renders MetalLB for bare metal: the operator (OLM) into platform/metallb/operator and the instance with an address pool and L2 or BGP advertisement into platform/metallb/instance.',
      inputSchema: metallbInputSchema,
      examples: [
        renderExample(ID, 'L2 pool', {
          addresses: ['192.168.1.240-192.168.1.250'],
        }),
        renderExample(ID, 'BGP pool', {
          addresses: ['10.10.0.0/28'],
          mode: 'bgp',
          bgp: { myASN: 64500, peerASN: 64501, peerAddress: '10.0.0.1' },
        }),
      ],
    },
    options.gitops,
  );
}
