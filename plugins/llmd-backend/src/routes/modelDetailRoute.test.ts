import { readOnlyTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { PD_EPP_CONFIG } from '../__testUtils__/testObjects';

describe('GET /api/llmd/models/:namespace/:name', () => {
  const getAsUser = readOnlyTestBackend();
  const get = (path: string) => getAsUser(`/models/${path}`);

  it('describes a model on every cluster that runs it', async () => {
    const res = await get('team-a/granite-8b');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      namespace: 'team-a',
      name: 'granite-8b',
      entityRef: 'component:team-a/granite-8b',
      // the default cap (llmd.tokens.maxTtlSeconds unset)
      tokens: {
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 3600,
      },
    });
    expect(res.body.clusters.map((c: any) => [c.cluster, c.stale])).toEqual([
      ['prod', false],
      ['staging', true],
    ]);
    const [prod, staging] = res.body.clusters;
    expect(prod).toMatchObject({
      displayName: 'Granite 8B',
      owner: 'group:default/team-a',
      ready: true,
      authEnabled: true,
      clientServiceAccount: 'granite-8b-client',
      conditions: [{ type: 'Ready', status: 'True' }],
      spec: {
        apiVersion: 'serving.kserve.io/v1alpha1',
        modelName: 'ibm-granite/granite-3.3-8b-instruct',
        replicas: { decode: 2 },
        gpus: { decodePerPod: 1, total: 2 },
        tensorParallel: 1,
      },
      endpoints: [
        {
          baseUrl: 'http://10.0.0.5/team-a/granite-8b/v1',
          chat: 'http://10.0.0.5/team-a/granite-8b/v1/chat/completions',
          completions: 'http://10.0.0.5/team-a/granite-8b/v1/completions',
          models: 'http://10.0.0.5/team-a/granite-8b/v1/models',
          source: 'status.url',
          internal: false,
        },
      ],
      // no preset in the cache: the controller default with unknown text
      epp: { source: 'controller-default', dialect: 'scheduler-v0.2' },
    });
    expect(prod.epp.text).toBeUndefined();
    // each cluster is linted with its own dialect
    expect(staging.epp.dialect).toBe('router-v0.10');
  });

  it('resolves, lints and describes the EPP config of a P/D model', async () => {
    const res = await get('team-a/qwen-pd');
    expect(res.status).toBe(200);
    const [prod] = res.body.clusters;
    expect(prod.endpoints[0]).toMatchObject({
      baseUrl: 'http://10.0.0.5/team-a/qwen-pd/v1',
      source: 'gateway',
      name: 'team-a/team-a-gateway',
    });
    expect(prod.epp).toMatchObject({
      source: 'config-text-arg',
      origin: {
        kind: 'LLMInferenceService',
        namespace: 'team-a',
        name: 'qwen-pd',
      },
      dialect: 'scheduler-v0.2',
      dialectSource: 'cluster-default',
      text: PD_EPP_CONFIG,
      lint: { dialect: 'scheduler-v0.2' },
    });
    expect(prod.epp.description.profiles.map((p: any) => p.name)).toEqual([
      'prefill',
      'decode',
    ]);
    expect(prod.epp.lint.diagnostics).toEqual(expect.any(Array));
  });

  it('answers 404 when no cluster has the model', async () => {
    const res = await get('team-a/nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      name: 'NotFoundError',
      message: 'No model service team-a/nope',
    });
  });

  it('answers 400 for names that cannot be Kubernetes names', async () => {
    const res = await get('Team_A/granite-8b');
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
  });
});
