import { mockCredentials } from '@backstage/backend-test-utils';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { granite } from '../__testUtils__/testObjects';
import { createLlmdModelConditionalDecision, llmdModelConditions } from '..';
import { llmdModelTokenCreatePermission } from '@llmd/plugin-llmd-common';

/** granite-8b as `namespace/name` with the given owner annotation and labels (none when undefined). */
function model(
  namespace: string,
  name: string,
  owner?: { annotation?: string; label?: string },
) {
  const { 'backstage.io/owner': _, ...annotations } =
    granite.metadata.annotations;
  return {
    ...granite,
    metadata: {
      ...granite.metadata,
      namespace,
      name,
      annotations: {
        ...annotations,
        ...(owner?.annotation && { 'backstage.io/owner': owner.annotation }),
      },
      labels: owner?.label ? { 'backstage.io/owner': owner.label } : {},
    },
  };
}

// The same namespace/name on two clusters with different owners, and one model per step of the owner derivation.
const cache = llmdClusterCacheMock({
  clusters: ['demo', 'east'],
  objects: [
    {
      cluster: 'demo',
      object: model('team-a', 'granite-8b', {
        annotation: 'group:default/team-a',
      }),
    },
    {
      cluster: 'east',
      object: model('team-a', 'granite-8b', {
        annotation: 'group:default/research',
      }),
    },
    { cluster: 'demo', object: model('team-a', 'by-label', { label: 'ml' }) },
    { cluster: 'demo', object: model('team-b', 'by-tenant') },
    { cluster: 'demo', object: model('team-z', 'by-default') },
  ],
});
const config = {
  llmd: {
    catalog: {
      owners: { 'team-b': 'group:default/team-b' },
      defaultOwner: 'group:default/platform',
    },
  },
};

describe('the llm-d model permission resource', () => {
  it('exports conditions that build an IS_MODEL_OWNER conditional decision', () => {
    const decision = createLlmdModelConditionalDecision(
      llmdModelTokenCreatePermission,
      llmdModelConditions.isModelOwner({ claims: ['group:default/team-a'] }),
    );
    expect(decision).toEqual({
      result: 'CONDITIONAL',
      pluginId: 'llmd',
      resourceType: 'llmd-model',
      conditions: {
        rule: 'IS_MODEL_OWNER',
        resourceType: 'llmd-model',
        params: { claims: ['group:default/team-a'] },
      },
    });
  });

  it('applies IS_MODEL_OWNER to the owner derived from that object on that cluster', async () => {
    await withLlmdTestBackend({ cache, config }, async backend => {
      const decide = async (resourceRef: string, claims: string[]) => {
        const res = await request(backend.server)
          .post('/api/llmd/.well-known/backstage/permissions/apply-conditions')
          .set('Authorization', mockCredentials.service.header())
          .send({
            items: [
              {
                id: '1',
                resourceRef,
                resourceType: 'llmd-model',
                conditions: {
                  rule: 'IS_MODEL_OWNER',
                  resourceType: 'llmd-model',
                  params: { claims },
                },
              },
            ],
          });
        expect(res.status).toBe(200);
        return res.body.items[0].result;
      };
      const teamA = ['user:default/guest', 'group:default/team-a'];
      // per cluster: the annotation on demo says team-a, on east research
      expect(await decide('demo:team-a/granite-8b', teamA)).toBe('ALLOW');
      expect(await decide('east:team-a/granite-8b', teamA)).toBe('DENY');
      expect(
        await decide('east:team-a/granite-8b', ['group:default/research']),
      ).toBe('ALLOW');
      // the label (bare name: a Group in default), the tenant mapping, the default owner
      expect(await decide('demo:team-a/by-label', ['group:default/ml'])).toBe(
        'ALLOW',
      );
      expect(await decide('demo:team-a/by-label', teamA)).toBe('DENY');
      expect(
        await decide('demo:team-b/by-tenant', ['group:default/team-b']),
      ).toBe('ALLOW');
      expect(
        await decide('demo:team-z/by-default', ['group:default/platform']),
      ).toBe('ALLOW');
      // refs compare like the catalog's, case-insensitively
      expect(
        await decide('demo:team-a/granite-8b', ['Group:default/Team-A']),
      ).toBe('ALLOW');
      // unknown models, clusters and malformed refs are denied, whoever asks
      const everyone = ['group:default/team-a', 'group:default/platform'];
      expect(await decide('demo:team-a/missing', everyone)).toBe('DENY');
      expect(await decide('west:team-a/granite-8b', everyone)).toBe('DENY');
      expect(await decide('component:team-a/granite-8b', everyone)).toBe(
        'DENY',
      );
    });
  });
});
