import { gatewayInputSchema } from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createRenderAction } from './createRenderAction';
import { renderExample } from './renderExample';

const ID = 'llmd:gateway:render';

/**
 * `llmd:gateway:render`: the platform's shared inference Gateway and its GatewayClass.
 *
 * @public
 */
export function createGatewayRenderAction(options: { gitops: GitopsConfig }) {
  return createRenderAction(
    {
      kind: 'gateway',
      id: ID,
      description:
        'Renders a shared inference Gateway (and its GatewayClass) that admits routes only from selected namespaces, into platform/gateways/<name>.',
      inputSchema: gatewayInputSchema,
      examples: [
        renderExample(
          ID,
          'Shared Gateway for namespaces with the opt-in label',
          {
            name: 'openshift-ai-inference',
            namespace: 'openshift-ingress',
            allowedNamespaces: { selectorLabel: 'llm-d.ai/gateway-access' },
          },
        ),
      ],
    },
    options.gitops,
  );
}
