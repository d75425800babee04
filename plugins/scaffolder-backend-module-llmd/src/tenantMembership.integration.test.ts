import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isResourcePermission,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  LLMD_TENANT_RESOURCE_TYPE,
  tenantOwner,
} from '@llmd/plugin-llmd-common';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  createLlmdTenantConditionalDecision,
  llmdTenantConditions,
  llmdTenantPermissionRules,
} from './permissions/llmdTenantConditions';
import {
  startScaffolderTestBackend,
  TEMPLATES_DIR,
} from './__testUtils__/startScaffolderTestBackend';

jest.setTimeout(120_000);

/*
 * Also-decide bullet 1 of issue 22: the model template let any user propose a model in any tenant. On the real
 * scaffolder running the real model template: the validate step asks the permission service for llmd.tenant.propose
 * on the tenant with the task initiator's credentials. The permission service stands in for the permission backend
 * (whose mock-auth requests cannot carry on-behalf-of credentials): it asks a policy shaped like the dev policy and
 * applies its conditional decision with this module's IS_TENANT_MEMBER rule, as the backend would.
 */

const OWNERS = {
  owners: {
    'team-a': 'group:default/team-a',
    research: 'group:default/research',
  },
  defaultOwner: 'group:default/platform',
};

/** The users' groups, as the catalog would resolve them. */
const GROUPS: Record<string, string[]> = {
  'user:default/guest': ['group:default/team-a'],
  'user:default/admin': ['group:default/platform'],
};

/** The dev policy's rule for tenant proposals: platform admins, else members of the tenant's owning group. */
function policy(permission: Permission, claims: string[]): PolicyDecision {
  if (claims.includes('group:default/platform')) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (isResourcePermission(permission, LLMD_TENANT_RESOURCE_TYPE)) {
    return createLlmdTenantConditionalDecision(
      permission,
      llmdTenantConditions.isTenantMember({ claims }),
    );
  }
  return { result: AuthorizeResult.ALLOW };
}

const applyConditions = createConditionAuthorizer(llmdTenantPermissionRules);

const permissions = mockServices.permissions.mock({
  authorize: async (requests, { credentials }) => {
    const user = (credentials.principal as { userEntityRef?: string })
      .userEntityRef;
    const claims = user ? [user, ...(GROUPS[user] ?? [])] : [];
    return requests.map(request => {
      const decision = policy(request.permission, claims);
      if (decision.result !== AuthorizeResult.CONDITIONAL) return decision;
      const namespace = (request as { resourceRef: string }).resourceRef;
      const resource = { namespace, owner: tenantOwner(namespace, OWNERS) };
      return {
        result: applyConditions(decision, resource)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    });
  },
  authorizeConditional: async requests =>
    requests.map(() => ({ result: AuthorizeResult.ALLOW })),
});

const MODEL = {
  name: 'granite-8b',
  owner: 'group:default/team-a',
  modelUri:
    'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
  replicas: 1,
  gpusPerReplica: 1,
  gateway: 'tenant',
  authEnabled: true,
  routingPreset: 'default',
};

const template = parse(
  readFileSync(
    path.join(TEMPLATES_DIR, 'model-service', 'template.yaml'),
    'utf8',
  ),
);

async function start(requireTenantMembership: boolean) {
  const started = await startScaffolderTestBackend(
    {
      provider: 'local',
      repoUrl: '/nonexistent/gitops.git',
      targetBranch: 'main',
      validation: { requireTenantMembership },
    },
    {
      llmd: { catalog: OWNERS },
    },
    [permissions.factory],
  );
  /** Dry-runs the model template as `user` into `namespace`: the validate step's outcome and the log. */
  const propose = async (user: string, namespace: string) => {
    const response = await started.api.post(
      '/api/scaffolder/v2/dry-run',
      {
        template,
        values: { ...MODEL, namespace, owner: `group:default/${namespace}` },
        directoryContents: [],
      },
      mockCredentials.user.header(user),
    );
    const log = (response.body.log ?? [])
      .map((e: { body: { message?: string } }) => e.body.message ?? '')
      .join('\n');
    const validate = (response.body.steps ?? []).find(
      (s: { id: string }) => s.id === 'validate',
    );
    return { status: response.status, log, validate, body: response.body };
  };
  return { started, propose };
}

describe('llmd:gitops:validate with requireTenantMembership', () => {
  let on: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    on = await start(true);
  });
  afterAll(() => on?.started.backend.stop());

  it("refuses a guest's model in a tenant another group owns", async () => {
    const result = await on.propose('user:default/guest', 'research');
    // the validate step refuses; a dry run answers with its error, a task fails the step with it
    expect(result.status).toBe(403);
    expect(result.body.error.message).toBe(
      'You (user:default/guest) are not a member of group:default/research, which owns tenant research; ask a member of group:default/research or a platform admin (llmd.platformAdmins) to propose this change, or to add you to group:default/research.',
    );
    expect(result.log).not.toContain('Valid:');
  });

  it("allows the guest's model in its own tenant", async () => {
    const result = await on.propose('user:default/guest', 'team-a');
    expect(result.status).toBe(200);
    expect(result.log).toContain(
      'Tenant membership: allowed to propose to team-a',
    );
    expect(result.log).not.toContain('not a member');
  });

  it('allows a platform admin everywhere', async () => {
    const result = await on.propose('user:default/admin', 'research');
    expect(result.status).toBe(200);
    expect(result.log).toContain(
      'Tenant membership: allowed to propose to research',
    );
  });
});

describe('llmd:gitops:validate without requireTenantMembership', () => {
  it("lets the guest propose into another group's tenant (the library default)", async () => {
    const off = await start(false);
    try {
      const result = await off.propose('user:default/guest', 'research');
      expect(result.status).toBe(200);
      expect(result.log).not.toContain('not a member');
      expect(result.log).not.toContain('Tenant membership');
      expect(result.log).toContain('Valid:');
    } finally {
      await off.started.backend.stop();
    }
  });
});
