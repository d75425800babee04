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
  NO_READY_REPLICAS,
  sseData,
} from './__testUtils__/dataPlaneFixtures';

const NS = 'team-a';
const OTHER_NS = 'team-b';
const GATEWAY = { namespace: NS, name: 'team-a-gateway' };
const SERVED_NAME = 'ibm-granite/granite-3.3-8b-instruct';

/** The model's `status.url` once the controller has pointed it at the Gateway's loopback listener. */
async function modelUrl(
  sim: ClusterSimulator,
  name: string,
  namespace = NS,
): Promise<string> {
  return eventually(`status.url of ${name} on loopback`, () => {
    const model = sim.get(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      namespace,
      name,
    ) as { status?: { url?: string } } | undefined;
    const url = model?.status?.url;
    return url?.startsWith('http://127.0.0.1:') ||
      url?.startsWith('https://127.0.0.1:')
      ? url
      : undefined;
  });
}

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
      const url = await modelUrl(sim, 'granite');
      const anonymous = await httpCall(`${url}/v1/models`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      const forged = await httpCall(`${url}/v1/models`, { token: 'forged' });
      expect(forged.status).toBe(401);
    });

    it('serves a ServiceAccount that may get the model, forbids one that may not', async () => {
      const url = await modelUrl(sim, 'granite');
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
        `${await modelUrl(sim, 'no-auth')}/v1/models`,
      );
      expect(noAuth.status).toBe(200);
      expect(noAuth.json.data[0].id).toBe('no-auth');
      const open = await httpCall(
        `${await modelUrl(sim, 'open-auth')}/v1/models`,
      );
      expect(open.status).toBe(200);
    });
  });

  describe('routing faults', () => {
    it('answers 404 without an HTTPRoute and when the route is not accepted', async () => {
      // Neither model gets a URL (KServe takes it from the route): ask their Gateways' listeners directly.
      const shared = new URL(await modelUrl(sim, 'granite')).origin;
      const missing = await httpCall(`${shared}/${NS}/no-route/v1/models`);
      expect(missing.status).toBe(404);
      expect(missing.text).toContain('no HTTPRoute');
      const sameOnly = await modelUrl(sim, 'local');
      expect((await httpCall(`${sameOnly}/v1/models`)).status).toBe(200);
      const refused = await httpCall(
        `${new URL(sameOnly).origin}/${OTHER_NS}/refused/v1/models`,
      );
      expect(refused.status).toBe(404);
    });

    it('answers 503 when the model has no ready replicas', async () => {
      const down = await httpCall(`${await modelUrl(sim, 'down')}/v1/models`);
      expect(down.status).toBe(503);
      expect(down.text).toBe('no healthy upstream');
    });
  });

  describe('the simulated vLLM', () => {
    it('completes deterministically, honours max_tokens and counts usage', async () => {
      const url = await modelUrl(sim, 'no-auth');
      const body = {
        model: 'no-auth',
        prompt: 'Say hello to llm-d',
        max_tokens: 5,
      };
      const first = await httpCall(`${url}/v1/completions`, { body });
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        object: 'text_completion',
        model: 'no-auth',
        choices: [{ index: 0, finish_reason: 'length' }],
        usage: { prompt_tokens: 4, completion_tokens: 5, total_tokens: 9 },
      });
      expect(first.json.choices[0].text.split(' ')).toHaveLength(5);
      const again = await httpCall(`${url}/v1/completions`, { body });
      expect(again.json.choices[0].text).toBe(first.json.choices[0].text);
      const unbounded = await httpCall(`${url}/v1/completions`, {
        body: { ...body, max_tokens: 1000 },
      });
      expect(unbounded.json.choices[0].finish_reason).toBe('stop');
    });

    it('refuses bad JSON with 400 and another model with 404, as vLLM does', async () => {
      const url = await modelUrl(sim, 'no-auth');
      const bad = await httpCall(`${url}/v1/chat/completions`, {
        body: '{"model":',
      });
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatchObject({
        type: 'BadRequestError',
        code: 400,
      });
      const other = await httpCall(`${url}/v1/completions`, {
        body: { model: 'gpt-4', prompt: 'hi' },
      });
      expect(other.status).toBe(404);
      expect(other.json.error.message).toBe(
        'The model `gpt-4` does not exist.',
      );
    });

    it('streams chat completions as server-sent events ending with [DONE]', async () => {
      const url = await modelUrl(sim, 'no-auth');
      const streamed = await httpCall(`${url}/v1/chat/completions`, {
        body: {
          messages: [{ role: 'user', content: 'What is llm-d?' }],
          max_tokens: 4,
          stream: true,
          stream_options: { include_usage: true },
        },
      });
      expect(streamed.status).toBe(200);
      expect(streamed.headers['content-type']).toMatch(/^text\/event-stream/);
      const events = sseData(streamed.text);
      expect(events[events.length - 1]).toBe('[DONE]');
      const chunks = events.slice(0, -1).map(e => JSON.parse(e));
      expect(chunks[0].choices[0].delta).toEqual({
        role: 'assistant',
        content: '',
      });
      expect(chunks.every(c => c.object === 'chat.completion.chunk')).toBe(
        true,
      );
      const text = chunks.map(c => c.choices[0]?.delta?.content ?? '').join('');
      expect(text.trim().split(' ')).toHaveLength(4);
      expect(chunks[chunks.length - 2].choices[0].finish_reason).toBe('length');
      expect(chunks[chunks.length - 1]).toMatchObject({
        choices: [],
        usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
      });
    });

    it('streams legacy completions without a usage chunk unless asked', async () => {
      const url = await modelUrl(sim, 'no-auth');
      const streamed = await httpCall(`${url}/v1/completions`, {
        body: { prompt: 'one two', max_tokens: 3, stream: true },
      });
      const events = sseData(streamed.text);
      expect(events).toHaveLength(3 + 1 + 1);
      const last = JSON.parse(events[events.length - 2]);
      expect(last).toMatchObject({
        object: 'text_completion',
        choices: [{ finish_reason: 'length', text: '' }],
      });
      expect(last.usage).toBeUndefined();
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
      const url = await modelUrl(sim, 'granite');
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
