import { tenantInputSchema } from '@llmd/plugin-llmd-common';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createRenderAction } from './createRenderAction';
import { renderExample } from './renderExample';

const ID = 'llmd:tenant:render';

/**
 * `llmd:tenant:render`: a tenant namespace with its dedicated Gateway or a shared-Gateway opt-in.
 *
 * @public
 */
export function createTenantRenderAction(options: { gitops: GitopsConfig }) {
  return createRenderAction(
    {
      kind: 'tenant',
      id: ID,
      description:
        'Renders a tenant (Namespace and a dedicated Gateway with from: Same, or the opt-in label of a shared Gateway) into tenants/<namespace>/base.',
      inputSchema: tenantInputSchema,
      examples: [
        renderExample(ID, 'Tenant with its own HTTP Gateway', {
          namespace: 'team-a',
          owner: 'group:default/team-a',
          gateway: { mode: 'dedicated' },
        }),
        renderExample(ID, 'Tenant on the shared Gateway', {
          namespace: 'team-b',
          owner: 'group:default/team-b',
          gateway: { mode: 'shared' },
        }),
      ],
    },
    options.gitops,
  );
}
