import path from 'node:path';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

const repoRoot = path.resolve(
  path.dirname(require.resolve('@llmd/cluster-simulator/package.json')),
  '../..',
);
// examples/gitops grants this ServiceAccount `get` on the LLMInferenceService granite-8b only (access.yaml)
const SA_USER = 'system:serviceaccount:team-a:granite-8b-client';

describe('impersonation (Impersonate-User / Impersonate-Group)', () => {
  let sim: ClusterSimulator;
  beforeAll(async () => {
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      adminToken: 'admin',
      tokens: {
        reader: [
          {
            verbs: ['get', 'list'],
            apiGroups: ['serving.kserve.io'],
            resources: ['llminferenceservices'],
          },
        ],
        'team-a-impersonator': [
          {
            verbs: ['impersonate'],
            apiGroups: [''],
            resources: ['serviceaccounts'],
            namespaces: ['team-a'],
          },
        ],
      },
    });
  });
  afterAll(() => sim.close());

  function send(
    token: string,
    headers: Record<string, string>,
    method = 'GET',
    urlPath = '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices/granite-8b',
    body?: unknown,
  ) {
    return fetch(new URL(urlPath, sim.url), {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** What `kubectl auth can-i <verb> llminferenceservices[/<name>] -n team-a --as <user>` asks. */
  async function canI(
    token: string,
    user: string,
    verb: string,
    name?: string,
  ) {
    const res = await send(
      token,
      { 'Impersonate-User': user },
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: {
            verb,
            group: 'serving.kserve.io',
            resource: 'llminferenceservices',
            namespace: 'team-a',
            ...(name && { name }),
          },
        },
      },
    );
    expect(res.status).toBe(201);
    return ((await res.json()) as { status: { allowed: boolean } }).status
      .allowed;
  }

  it('answers access reviews for the impersonated user from the RBAC objects', async () => {
    expect(await canI('admin', SA_USER, 'get', 'granite-8b')).toBe(true);
    expect(await canI('admin', SA_USER, 'get', 'llama-3-1-8b-pd')).toBe(false);
    expect(await canI('admin', SA_USER, 'delete', 'granite-8b')).toBe(false);
    expect(await canI('admin', 'alice', 'get', 'granite-8b')).toBe(false);
  });

  it('acts as the impersonated user on resources', async () => {
    const headers = { 'Impersonate-User': SA_USER };
    expect((await send('admin', headers)).status).toBe(200);
    const other = await send(
      'admin',
      headers,
      'GET',
      '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices/llama-3-1-8b-pd',
    );
    expect(other.status).toBe(403);
    expect(((await other.json()) as { message: string }).message).toBe(
      `llminferenceservices.serving.kserve.io "llama-3-1-8b-pd" is forbidden: User "${SA_USER}" cannot get resource "llminferenceservices" in API group "serving.kserve.io" in the namespace "team-a"`,
    );
  });

  it('refuses impersonation without the impersonate verb, like the API server', async () => {
    const res = await send('reader', { 'Impersonate-User': SA_USER });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toBe(
      'serviceaccounts "granite-8b-client" is forbidden: User "simulator:token-1" cannot impersonate resource "serviceaccounts" in API group "" in the namespace "team-a"',
    );
    const scoped = { 'Impersonate-User': SA_USER };
    expect((await send('team-a-impersonator', scoped)).status).toBe(200);
    const elsewhere = await send('team-a-impersonator', {
      'Impersonate-User': 'system:serviceaccount:team-b:x',
    });
    expect(elsewhere.status).toBe(403);
    const group = await send('team-a-impersonator', {
      'Impersonate-User': SA_USER,
      'Impersonate-Group': 'system:masters',
    });
    expect(group.status).toBe(403);
    expect((await send('admin', { 'Impersonate-Group': 'x' })).status).toBe(
      400,
    );
  });
});
