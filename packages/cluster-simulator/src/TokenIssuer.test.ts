import { clientsFor, failureOf, rawRequest } from './__testUtils__/clients';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

describe('TokenRequest', () => {
  let sim: ClusterSimulator;
  beforeEach(async () => {
    sim = await startClusterSimulator();
    sim.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'granite-client', namespace: 'team-a' },
    });
  });
  afterEach(() => sim.close());

  it('mints a token through createNamespacedServiceAccountToken and records it', async () => {
    const { core } = clientsFor(sim);
    const before = Date.now();
    const response = await core.createNamespacedServiceAccountToken({
      namespace: 'team-a',
      name: 'granite-client',
      body: {
        spec: {
          audiences: ['https://gateway.example'],
          expirationSeconds: 900,
        },
      },
    });
    expect(response.status?.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const expires = new Date(response.status!.expirationTimestamp).getTime();
    expect(expires).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000 + 899_000,
    );
    expect(expires).toBeLessThanOrEqual(Date.now() + 901_000);
    expect(sim.issuedTokens).toEqual([
      expect.objectContaining({
        namespace: 'team-a',
        serviceAccountName: 'granite-client',
        audiences: ['https://gateway.example'],
        expirationSeconds: 900,
        token: response.status?.token,
      }),
    ]);
    const payload = JSON.parse(
      Buffer.from(response.status!.token.split('.')[1], 'base64url').toString(),
    );
    expect(payload).toMatchObject({
      sub: 'system:serviceaccount:team-a:granite-client',
      aud: ['https://gateway.example'],
    });
    expect(sim.stats.byResource['serviceaccounts/token']).toBe(1);
  });

  it('answers 201 with defaults, 404 for an unknown service account and 422 for a too short expiry', async () => {
    const path =
      '/api/v1/namespaces/team-a/serviceaccounts/granite-client/token';
    const created = await rawRequest(sim, 'POST', path, {
      token: sim.adminToken,
      body: {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
        spec: {},
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.spec).toMatchObject({
      audiences: ['https://kubernetes.default.svc'],
      expirationSeconds: 3600,
    });

    const { core } = clientsFor(sim);
    const unknown = await failureOf(
      core.createNamespacedServiceAccountToken({
        namespace: 'team-a',
        name: 'nobody',
        body: { spec: { audiences: [] } },
      }),
    );
    expect(unknown.code).toBe(404);
    const short = await rawRequest(sim, 'POST', path, {
      token: sim.adminToken,
      body: { spec: { expirationSeconds: 60 } },
    });
    expect(short.status).toBe(422);
  });

  it('does not accept minted tokens for API access', async () => {
    const { core } = clientsFor(sim);
    const minted = await core.createNamespacedServiceAccountToken({
      namespace: 'team-a',
      name: 'granite-client',
      body: { spec: { audiences: [] } },
    });
    const denied = await failureOf(
      clientsFor(sim, minted.status!.token).core.listNamespace(),
    );
    expect(denied.code).toBe(401);
  });
});
