import {
  AuthenticationV1Api,
  AuthorizationV1Api,
} from '@kubernetes/client-node';
import path from 'node:path';
import { clientsFor, kubeConfig, rawRequest } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const repoRoot = path.resolve(
  path.dirname(require.resolve('@llmd/cluster-simulator/package.json')),
  '../..',
);
const SA_USER = 'system:serviceaccount:team-a:granite-8b-client';

describe('TokenReview and SubjectAccessReview', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      tokens: {
        reader: [
          {
            verbs: ['get'],
            apiGroups: ['serving.kserve.io'],
            resources: ['llminferenceservices'],
          },
        ],
      },
    });
  });
  afterAll(() => sim.close());

  it('authenticates minted tokens for their audiences only', async () => {
    const { core } = clientsFor(sim);
    const minted = await core.createNamespacedServiceAccountToken({
      namespace: 'team-a',
      name: 'granite-8b-client',
      body: { spec: { audiences: [] } },
    });
    const api = kubeConfig(sim).makeApiClient(AuthenticationV1Api);
    const review = await api.createTokenReview({
      body: { spec: { token: minted.status!.token } },
    });
    expect(review.status).toMatchObject({
      authenticated: true,
      user: {
        username: SA_USER,
        groups: expect.arrayContaining(['system:serviceaccounts:team-a']),
      },
      audiences: ['https://kubernetes.default.svc'],
    });
    const otherAudience = await api.createTokenReview({
      body: {
        spec: { token: minted.status!.token, audiences: ['https://elsewhere'] },
      },
    });
    expect(otherAudience.status?.authenticated).toBe(false);
    const garbage = await api.createTokenReview({
      body: { spec: { token: 'garbage' } },
    });
    expect(garbage.status?.authenticated).toBe(false);
  });

  it('evaluates the seeded Role and RoleBinding for a ServiceAccount', async () => {
    const api = kubeConfig(sim).makeApiClient(AuthorizationV1Api);
    const ask = async (attributes: Record<string, string>) =>
      (
        await api.createSubjectAccessReview({
          body: {
            spec: {
              user: SA_USER,
              groups: [
                'system:serviceaccounts',
                'system:serviceaccounts:team-a',
              ],
              resourceAttributes: {
                group: 'serving.kserve.io',
                resource: 'llminferenceservices',
                namespace: 'team-a',
                verb: 'get',
                name: 'granite-8b',
                ...attributes,
              },
            },
          },
        })
      ).status?.allowed;
    expect(await ask({})).toBe(true);
    expect(await ask({ name: 'other-model' })).toBe(false);
    expect(await ask({ verb: 'delete' })).toBe(false);
    expect(await ask({ namespace: 'team-b' })).toBe(false);
  });

  it('answers SelfSubjectAccessReview from the caller token rules', async () => {
    const api = kubeConfig(sim, 'reader').makeApiClient(AuthorizationV1Api);
    const ask = async (verb: string) =>
      (
        await api.createSelfSubjectAccessReview({
          body: {
            spec: {
              resourceAttributes: {
                group: 'serving.kserve.io',
                resource: 'llminferenceservices',
                verb,
              },
            },
          },
        })
      ).status?.allowed;
    expect(await ask('get')).toBe(true);
    expect(await ask('delete')).toBe(false);
  });

  it('serves only create on review resources', async () => {
    const list = await rawRequest(
      sim,
      'GET',
      '/apis/authentication.k8s.io/v1/tokenreviews',
      {
        token: sim.adminToken,
      },
    );
    expect(list.status).toBe(405);
  });
});
