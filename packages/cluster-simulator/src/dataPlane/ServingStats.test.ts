import http from 'node:http';
import { AddressInfo } from 'node:net';
import { httpCall } from './__testUtils__/dataPlaneFixtures';
import { ServingStats } from './ServingStats';
import { SimulatedVllm } from './SimulatedVllm';

const MODEL = {
  namespace: 'team-a',
  name: 'granite',
  servedModelName: 'granite',
  root: 'hf://example/granite',
  created: 0,
};

describe('ServingStats of the simulated vLLM', () => {
  const stats = new ServingStats();
  const vllm = new SimulatedVllm(stats, { firstTokenMs: 20, interTokenMs: 5 });
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      vllm.serve(req, res, req.url ?? '/', MODEL);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('counts requests, tokens, finish reasons, errors and latencies per model', async () => {
    await httpCall(`${base}/v1/completions`, {
      body: { prompt: 'one two three', max_tokens: 4 },
    });
    await httpCall(`${base}/v1/chat/completions`, {
      body: {
        messages: [{ role: 'user', content: 'four five' }],
        max_tokens: 3,
        stream: true,
      },
    });
    await httpCall(`${base}/v1/completions`, { body: '{' });
    await httpCall(`${base}/v1/completions`, {
      body: { model: 'other', prompt: 'x' },
    });

    const served = stats.of('team-a', 'granite')!;
    expect(served).toMatchObject({
      servedModelName: 'granite',
      requests: 2,
      promptTokens: 5,
      generationTokens: 7,
      finishedReasons: { length: 2 },
      errorsByStatus: { 400: 1, 404: 1 },
    });
    const [completion, chat] = served.recent;
    // 20 ms to the first token, 5 ms for each further one.
    expect(completion.ttftSeconds).toBeGreaterThanOrEqual(0.019);
    expect(completion.e2eSeconds).toBeGreaterThanOrEqual(0.034);
    expect(chat.e2eSeconds).toBeGreaterThanOrEqual(chat.ttftSeconds + 0.009);
    expect(stats.all().map(m => m.name)).toEqual(['granite']);
  });
});
