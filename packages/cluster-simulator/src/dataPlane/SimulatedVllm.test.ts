import { startClusterSimulator } from '../startClusterSimulator';
import { ClusterSimulator } from '../types';
import {
  gatewayObject,
  httpCall,
  modelObject,
  modelUrl,
  sseData,
} from './__testUtils__/dataPlaneFixtures';

const NS = 'team-a';
const GATEWAY = { namespace: NS, name: 'team-a-gateway' };

describe('the simulated vLLM', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator({
      dataPlane: true,
      objects: [
        gatewayObject(GATEWAY.namespace, GATEWAY.name),
        modelObject(NS, 'no-auth', { gateway: GATEWAY, auth: false }),
      ],
    });
  });
  afterAll(() => sim.close());

  it('completes deterministically, honours max_tokens and counts usage', async () => {
    const url = await modelUrl(sim, NS, 'no-auth');
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
    const url = await modelUrl(sim, NS, 'no-auth');
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
    expect(other.json.error.message).toBe('The model `gpt-4` does not exist.');
  });

  it('streams chat completions as server-sent events ending with [DONE]', async () => {
    const url = await modelUrl(sim, NS, 'no-auth');
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
    expect(chunks.every(c => c.object === 'chat.completion.chunk')).toBe(true);
    const text = chunks.map(c => c.choices[0]?.delta?.content ?? '').join('');
    expect(text.trim().split(' ')).toHaveLength(4);
    expect(chunks[chunks.length - 2].choices[0].finish_reason).toBe('length');
    expect(chunks[chunks.length - 1]).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    });
  });

  it('streams legacy completions without a usage chunk unless asked', async () => {
    const url = await modelUrl(sim, NS, 'no-auth');
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
