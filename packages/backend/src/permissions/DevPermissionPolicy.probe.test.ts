import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  llmdModelProbePermission,
  llmdModelTokenCreatePermission,
} from '@llmd/plugin-llmd-common';
import { DevPermissionPolicy } from './DevPermissionPolicy';

const guest = {
  info: {
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/team-a'],
  },
} as unknown as PolicyQueryUser;

describe('DevPermissionPolicy: llmd.model.probe', () => {
  const policy = new DevPermissionPolicy();

  it('leaves probing, like token minting, to IS_MODEL_OWNER on the live object', async () => {
    const probe = await policy.handle(
      { permission: llmdModelProbePermission },
      guest,
    );
    expect(probe).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'llmd',
      resourceType: 'llmd-model',
      conditions: {
        rule: 'IS_MODEL_OWNER',
        resourceType: 'llmd-model',
        params: { claims: ['user:default/guest', 'group:default/team-a'] },
      },
    });
    const token = await policy.handle(
      { permission: llmdModelTokenCreatePermission },
      guest,
    );
    expect(probe).toEqual(token);
  });

  it('allows service-to-service requests', async () => {
    expect(
      await policy.handle({ permission: llmdModelProbePermission }),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
