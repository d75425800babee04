import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { llmdTenantProposePermission } from '@llmd/plugin-llmd-common';
import { DevPermissionPolicy } from './DevPermissionPolicy';

const userWith = (...ownershipEntityRefs: string[]) =>
  ({
    info: { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs },
  } as unknown as PolicyQueryUser);

describe('DevPermissionPolicy: llmd.tenant.propose', () => {
  const policy = new DevPermissionPolicy(['group:default/Platform-Team']);
  const request = { permission: llmdTenantProposePermission };

  it('allows members of a platform-admin group outright', async () => {
    expect(
      await policy.handle(
        request,
        userWith('user:default/ada', 'group:default/platform-team'),
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('leaves everyone else to IS_TENANT_MEMBER with their ownership refs', async () => {
    expect(
      await policy.handle(
        request,
        userWith('user:default/guest', 'group:default/team-a'),
      ),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'scaffolder',
      resourceType: 'llmd-tenant',
      conditions: {
        rule: 'IS_TENANT_MEMBER',
        resourceType: 'llmd-tenant',
        params: { claims: ['user:default/guest', 'group:default/team-a'] },
      },
    });
  });

  it('names no admins by default', async () => {
    expect(
      (
        await new DevPermissionPolicy().handle(
          request,
          userWith('user:default/ada', 'group:default/platform-team'),
        )
      ).result,
    ).toBe(AuthorizeResult.CONDITIONAL);
  });
});
