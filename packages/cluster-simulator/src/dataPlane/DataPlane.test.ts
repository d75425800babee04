import { eventually } from '@internal/test-support';
import { clientsFor } from '../__testUtils__/clients';
import { SIMULATION_ANNOTATIONS } from '../simulationAnnotations';
import { startClusterSimulator } from '../startClusterSimulator';
import { ClusterSimulator } from '../types';
import {
  gatewayObject,
  httpCall,
  modelClientObjects,
  modelObject,
  modelUrl,
  NO_READY_REPLICAS,
} from './__testUtils__/dataPlaneFixtures';

const NS = 'team-a';
const OTHER_NS = 'team-b';
const GATEWAY = { namespace: NS, name: 'team-a-gateway' };
const SERVED_NAME = 'ibm-granite/granite-3.3-8b-instruct';

async function mintToken(
  sim: ClusterSimulator,
  serviceAccount: string,
): Promise<string> {
  const { core } = clientsFor(sim);
  const minted = await core.createNamespacedServiceAccountToken({
    namespace: NS,
    name: serviceAccount,
    body: { spec: { audiences: [], expirationSeconds: 600 } },
  });
  return minted.status!.token;
}

describe('simulated data plane', () => {
  let sim: ClusterSimulator;
  const lines: string[] = [];
  beforeAll(async () => {
    sim = await startClusterSimulator({
      controller: true,
      dataPlane: true,
      logger: line => lines.push(line),
      objects: [
        gatewayObject(GATEWAY.namespace, GATEWAY.name),
        modelObject(NS, 'granite', {
          gateway: GATEWAY,
          servedName: SERVED_NAME,
        }),
        modelObject(NS, 'open-auth', {
          gateway: GATEWAY,
          annotations: { [SIMULATION_ANNOTATIONS.dataPlaneAuth]: 'open' },
        }),
        modelObject(NS, 'no-auth', { gateway: GATEWAY, auth: false }),
        modelObject(NS, 'no-route', { gateway: GATEWAY, noRoute: true }),
        // A Gateway admitting only its own namespace does not accept a route from team-b.
        gatewayObject(NS, 'same-namespace-only', 'HTTP', 'Same'),
        modelObject(NS, 'local', {
          gateway: { namespace: NS, name: 'same-namespace-only' },
          auth: false,
        }),
        modelObject(OTHER_NS, 'refused', {
          gateway: { namespace: NS, name: 'same-namespace-only' },
          auth: false,
        }),
        modelObject(NS, 'down', {
          gateway: GATEWAY,
          auth: false,
          annotations: NO_READY_REPLICAS,
        }),
        ...modelClientObjects(NS, 'granite-client', 'granite'),
        ...modelClientObjects(NS, 'stranger'),
      ],
    });
  });
  afterAll(() => sim.close());

  describe('auth as the AuthPolicy of OpenShift AI', () => {
    it('answers 401 without a token and for a token it did not mint', async () => {
      const url = await modelUrl(sim, NS, 'granite');
      const anonymous = await httpCall(`${url}/v1/models`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      const forged = await httpCall(`${url}/v1/models`, { token: 'forged' });
      expect(forged.status).toBe(401);
    });

    it('serves a ServiceAccount that may get the model, forbids one that may not', async () => {
      const url = await modelUrl(sim, NS, 'granite');
      const token = await mintToken(sim, 'granite-client');
      const allowed = await httpCall(`${url}/v1/models`, { token });
      expect(allowed.status).toBe(200);
      expect(allowed.json).toMatchObject({
        object: 'list',
        data: [{ id: SERVED_NAME, object: 'model', owned_by: 'vllm' }],
      });
      const strangerToken = await mintToken(sim, 'stranger');
      const forbidden = await httpCall(`${url}/v1/models`, {
        token: strangerToken,
      });
      expect(forbidden.status).toBe(403);
      expect(lines.join('\n')).not.toContain(token);
      expect(lines.join('\n')).not.toContain(strangerToken);
    });

    it('serves without a token when no AuthPolicy applies or the model is annotated open', async () => {
      const noAuth = await httpCall(
        `${await modelUrl(sim, NS, 'no-auth')}/v1/models`,
      );
      expect(noAuth.status).toBe(200);
      expect(noAuth.json.data[0].id).toBe('no-auth');
      const open = await httpCall(
        `${await modelUrl(sim, NS, 'open-auth')}/v1/models`,
      );
      expect(open.status).toBe(200);
    });
  });

  describe('routing faults', () => {
    it('answers 404 without an HTTPRoute and when the route is not accepted', async () => {
      // Neither model gets a URL (KServe takes it from the route): ask their Gateways' listeners directly.
      const shared = new URL(await modelUrl(sim, NS, 'granite')).origin;
      const missing = await httpCall(`${shared}/${NS}/no-route/v1/models`);
      expect(missing.status).toBe(404);
      expect(missing.text).toContain('no HTTPRoute');
      const sameOnly = await modelUrl(sim, NS, 'local');
      expect((await httpCall(`${sameOnly}/v1/models`)).status).toBe(200);
      const refused = await httpCall(
        `${new URL(sameOnly).origin}/${OTHER_NS}/refused/v1/models`,
      );
      expect(refused.status).toBe(404);
    });

    it('answers 503 when the model has no ready replicas', async () => {
      const down = await httpCall(
        `${await modelUrl(sim, NS, 'down')}/v1/models`,
      );
      expect(down.status).toBe(503);
      expect(down.text).toBe('no healthy upstream');
    });
  });
});

describe('data plane listeners', () => {
  it('serves an HTTPS Gateway with the simulator certificate and closes the listener when the Gateway goes', async () => {
    const sim = await startClusterSimulator({
      tls: true,
      controller: true,
      dataPlane: true,
      objects: [
        gatewayObject(NS, 'secure', 'HTTPS'),
        modelObject(NS, 'granite', {
          gateway: { namespace: NS, name: 'secure' },
          auth: false,
        }),
      ],
    });
    try {
      const url = await modelUrl(sim, NS, 'granite');
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/team-a\/granite$/);
      const served = await httpCall(`${url}/v1/models`, { caData: sim.caData });
      expect(served.status).toBe(200);
      sim.remove('gateway.networking.k8s.io/v1', 'Gateway', NS, 'secure');
      await eventually('the listener to close', () =>
        httpCall(`${url}/v1/models`, { caData: sim.caData }).then(
          () => false,
          (e: NodeJS.ErrnoException) => e.code === 'ECONNREFUSED',
        ),
      );
    } finally {
      await sim.close();
    }
  });
});

describe('controller faults seen through the data plane', () => {
  it('follows what the controller made of each fault', async () => {
    const sim = await startClusterSimulator({
      dataPlane: true,
      omitCrds: ['authpolicies.kuadrant.io'],
      objects: [
        gatewayObject(GATEWAY.namespace, GATEWAY.name),
        modelObject(NS, 'plain', { gateway: GATEWAY, auth: false }),
        // Auth on without the AuthPolicy CRD: OpenShift AI deletes the HTTPRoute.
        modelObject(NS, 'auth-without-kuadrant', { gateway: GATEWAY }),
        modelObject(NS, 'no-pool', {
          gateway: GATEWAY,
          auth: false,
          annotations: { [SIMULATION_ANNOTATIONS.inferencePool]: 'missing' },
        }),
        // KServe's pools fail open: the Gateway picks a pod while the scheduler is down.
        modelObject(NS, 'no-scheduler', {
          gateway: GATEWAY,
          auth: false,
          annotations: { [SIMULATION_ANNOTATIONS.schedulerReady]: 'false' },
        }),
      ],
    });
    try {
      const origin = new URL(await modelUrl(sim, NS, 'plain')).origin;
      const status = async (name: string) =>
        (await httpCall(`${origin}/${NS}/${name}/v1/models`)).status;
      expect(await status('plain')).toBe(200);
      await eventually('the HTTPRoute of the auth-on model to go', async () =>
        (await status('auth-without-kuadrant')) === 404 ? true : undefined,
      );
      expect(await status('no-pool')).toBe(500);
      expect(await status('no-scheduler')).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
