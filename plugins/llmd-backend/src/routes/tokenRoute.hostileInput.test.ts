import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  capturingLogger,
  type CapturingLogger,
  type LlmdClusterCacheMock,
} from '@llmd/plugin-llmd-node/testUtils';
import {
  type LlmdTestBackend,
  startLlmdTestBackend,
} from '../__testUtils__/startLlmdTestBackend';
import { createTestCache } from '../__testUtils__/testCache';

// What an attacker puts into a request to forge log lines (issue 22, defect 6) or to have secrets echoed back.
const FORGED = 'FORGED-LINE';
const HOSTILE_CLUSTER = `prod\n2026-01-01T00:00:00.000Z llmd info ${FORGED} \u001b[2K\u001b[1A\u001b[31mred`;
const SECRET = 'sk-live-0123456789abcdef';

/** Whether a log line holds a raw line break or escape character (a forged line or terminal control). */
const hasControlCharacter = (line: string) =>
  line.includes('\n') || line.includes('\u001b');

describe('POST /api/llmd/models/:namespace/:name/token with hostile input', () => {
  let cache: LlmdClusterCacheMock;
  let logs: CapturingLogger;
  let permissions: ReturnType<typeof mockServices.permissions.mock>;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;
  let backend: LlmdTestBackend;

  beforeEach(async () => {
    cache = createTestCache();
    logs = capturingLogger();
    permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    });
    auditor = mockServices.auditor.mock();
    backend = await startLlmdTestBackend({
      cache,
      features: [logs.factory, permissions.factory, auditor.factory],
    });
  });

  afterEach(async () => {
    await backend.stop();
  });

  const post = (path = 'team-a/granite-8b') =>
    request(backend.server)
      .post(`/api/llmd/models/${path}/token`)
      .set('Authorization', mockCredentials.user.header());

  /** The audit events' failures. */
  async function auditFailures() {
    return Promise.all(
      auditor.createEvent.mock.results.map(async r => ({
        meta: auditor.createEvent.mock.calls[0][0].meta,
        fail: (await r.value).fail.mock.calls,
      })),
    );
  }

  it('refuses a cluster with line breaks and terminal escapes at parse time, echoing none of it', async () => {
    const res = await post().send({ cluster: HOSTILE_CLUSTER });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toBe(
      "Invalid request body: cluster: must be a cluster name: letters, digits, '.', '_' and '-', starting and ending with a letter or digit",
    );
    expect(JSON.stringify(res.body)).not.toContain(FORGED);
    // refused before authorising, reading the cache or minting
    expect(permissions.authorize).not.toHaveBeenCalled();
    expect(cache.tokenRequests).toEqual([]);
    // audited as a failure, and no log line carries the forged text, escaped or not
    const [event] = await auditFailures();
    expect(event.fail).toHaveLength(1);
    expect(JSON.stringify(event.fail)).not.toContain(FORGED);
    expect(logs.texts().filter(l => l.includes(FORGED))).toEqual([]);
    expect(logs.texts().filter(hasControlCharacter)).toEqual([]);
  });

  it('refuses a hostile cluster in the model list query too', async () => {
    const res = await request(backend.server)
      .get('/api/llmd/models')
      .query({ cluster: HOSTILE_CLUSTER })
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(400);
    expect(res.body.error.message).not.toContain(FORGED);
    expect(logs.texts().filter(hasControlCharacter)).toEqual([]);
  });

  it('keeps malformed path parameters out of the audit event', async () => {
    const res = await post(`team-a/${encodeURIComponent(`x\n${FORGED}`)}`).send(
      { cluster: 'prod' },
    );
    expect(res.status).toBe(400);
    expect(auditor.createEvent.mock.calls[0][0].meta).toEqual({});
    expect(res.body.error.message).not.toContain(FORGED);
    // the request URL the error handler and auditor report stays percent-encoded: one line per entry
    expect(logs.texts().filter(hasControlCharacter)).toEqual([]);
  });

  it('answers a body that is not JSON with a 400 naming the problem, not the body', async () => {
    const res = await post()
      .set('Content-Type', 'application/json')
      .send(`{"cluster": "prod", "password": "${SECRET}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: 'Request body is not valid JSON',
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    expect(logs.texts().filter(l => l.includes(SECRET))).toEqual([]);
    expect(cache.tokenRequests).toEqual([]);
    const [event] = await auditFailures();
    expect(event.fail).toHaveLength(1);
  });

  it('answers a body over the limit with a 400 saying so, not the body', async () => {
    const res = await post()
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ cluster: 'prod', padding: SECRET.repeat(300) }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: 'Request body is too large (at most 4kb)',
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    expect(logs.texts().filter(l => l.includes(SECRET))).toEqual([]);
    expect(cache.tokenRequests).toEqual([]);
  });
});
