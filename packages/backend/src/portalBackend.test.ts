import {
  BackendProcess,
  startBackendProcess,
} from './__testUtils__/startBackendProcess';
import { signInAsGuest } from './__testUtils__/signInAsGuest';
import {
  eventually,
  guideShapedModelYaml,
  LLMD_ACTION_IDS,
  postJson,
  repoRoot,
  withFilesBeforeValidate,
} from '@internal/test-support';
import { expectValidGitopsFile } from '@llmd/crd-validator';
import fs from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The real dev backend as its own process (what `npm start` runs) on the real
// app-config.yaml: SQLite in memory, guest sign-in, the repo's own catalog.
jest.setTimeout(180_000);

describe('portal backend on embedded defaults', () => {
  let backend: BackendProcess;
  let token: string;

  beforeAll(async () => {
    backend = await startBackendProcess();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function get(path: string) {
    const res = await fetch(`${backend.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: await res.json() };
  }

  it('reports ready on the health endpoint', async () => {
    const res = await fetch(
      `${backend.baseUrl}/.backstage/health/v1/readiness`,
    );
    expect(res.status).toBe(200);
  });

  it('signs the guest in as the demo user with its groups', async () => {
    const identity = await signInAsGuest(backend.baseUrl);
    token = identity.token;
    expect(identity.userEntityRef).toBe('user:default/guest');
    expect(identity.ownershipEntityRefs).toContain('group:default/team-a');
  });

  it('lists the repository’s own components, groups and templates', async () => {
    const expected = [
      'System:llmd-portal',
      'Component:llmd-portal-app',
      'Component:llmd-portal-backend',
      'Component:llmd-common',
      'Component:llmd-cli',
      'Component:llmd-node',
      'Component:llmd-backend',
      'Component:catalog-backend-module-llmd',
      'Component:scaffolder-backend-module-llmd',
      'Component:cluster-simulator',
      'Group:team-a',
      'User:guest',
      'Template:llmd-gitops-repository',
      'Template:llmd-tenant',
      'Template:llmd-model-service',
      'Template:llmd-shared-gateway',
      'Template:llmd-metallb',
    ];
    const listRefs = async (): Promise<string[]> => {
      const { status, body } = await get(
        '/api/catalog/entities/by-query?limit=200',
      );
      expect(status).toBe(200);
      return body.items.map(
        (e: { kind: string; metadata: { name: string } }) =>
          `${e.kind}:${e.metadata.name}`,
      );
    };
    // The catalog ingests asynchronously after start-up.
    const refs = await eventually(
      'the catalog to hold every llm-d entity',
      async () => {
        const found = await listRefs();
        return expected.every(ref => found.includes(ref)) && found;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(refs).toEqual(expect.arrayContaining(expected));
  });

  it('offers the six llm-d actions and the stock publish actions', async () => {
    const { status, body } = await get('/api/scaffolder/v2/actions');
    expect(status).toBe(200);
    expect(body.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([
        ...LLMD_ACTION_IDS,
        'fetch:template',
        'publish:github:pull-request',
        'publish:gitlab:merge-request',
      ]),
    );
  });

  const modelTemplate = () =>
    parse(
      fs.readFileSync(
        join(repoRoot, 'templates/model-service/template.yaml'),
        'utf8',
      ),
    );

  const dryRunModel = async (
    values: Record<string, unknown>,
    directoryContents: { path: string; base64Content: string }[] = [],
    template = modelTemplate(),
  ) => {
    const res = await postJson(
      `${backend.baseUrl}/api/scaffolder/v2/dry-run`,
      token,
      {
        template,
        values: {
          name: 'qwen-pd',
          namespace: 'lab-7',
          owner: 'group:default/team-a',
          // an allowed source under the dev policy (llmd.policy in app-config.yaml)
          modelUri: 'hf://ibm-granite/granite-3.3-8b-instruct',
          replicas: 3,
          gpusPerReplica: 2,
          gateway: 'tenant',
          authEnabled: true,
          routingPreset: 'prefill-decode',
          disaggregation: true,
          prefillReplicas: 2,
          prefillGpusPerReplica: 2,
          roce: true,
          roceNetworks: 'roce-net',
          ...values,
        },
        directoryContents,
      },
    );
    return { status: res.status, body: await res.json() };
  };

  it('dry-runs the model template with P/D over RoCE into CRD-valid files', async () => {
    const { status, body } = await dryRunModel({});
    expect(status).toBe(200);
    const yamlFiles = (
      body.directoryContents as { path: string; base64Content: string }[]
    ).filter(file => file.path.endsWith('.yaml'));
    expect(yamlFiles.map(f => f.path).sort()).toEqual([
      'tenants/lab-7/models/qwen-pd/access.yaml',
      'tenants/lab-7/models/qwen-pd/kustomization.yaml',
      'tenants/lab-7/models/qwen-pd/llminferenceservice.yaml',
    ]);
    for (const file of yamlFiles) {
      expectValidGitopsFile(
        Buffer.from(file.base64Content, 'base64').toString('utf8'),
      );
    }
  });

  it('refuses in the dry run what the dev policy denies, naming the rule', async () => {
    const { status, body } = await dryRunModel({
      modelUri: 'hf://Qwen/Qwen2.5-7B-Instruct',
    });
    expect(status).not.toBe(200);
    expect(JSON.stringify(body)).toContain('model-uri-allowed');
  });

  it("refuses the guide's router.gateway.ref by the bundled schema (no CRD directory, no cluster)", async () => {
    const { status, body } = await dryRunModel(
      {},
      [
        {
          path: 'guide/tenants/team-a/models/guide-model/llminferenceservice.yaml',
          base64Content: Buffer.from(guideShapedModelYaml()).toString('base64'),
        },
      ],
      withFilesBeforeValidate(modelTemplate()),
    );
    const text = JSON.stringify(body);
    expect(status).not.toBe(200);
    expect(text).toContain(
      'tenants/team-a/models/guide-model/llminferenceservice.yaml LLMInferenceService team-a/guide-model spec.router.gateway.ref: unknown field \\"ref\\"',
    );
    expect(text).toContain(
      'LLMInferenceService ← bundled (kserve/upstream-v0.16.0/config/crd/full/llmisvc)',
    );
  });

  it('serves the llm-d API, with no clusters unless configured', async () => {
    const { status, body } = await get('/api/llmd/clusters');
    expect(status).toBe(200);
    expect(body).toEqual({ items: [] });
    const unauthenticated = await fetch(`${backend.baseUrl}/api/llmd/models`);
    expect(unauthenticated.status).toBe(401);
  });

  it('refuses catalog reads without a sign-in', async () => {
    const res = await fetch(`${backend.baseUrl}/api/catalog/entities`);
    expect(res.status).toBe(401);
  });
});
