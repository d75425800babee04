import { expectValidGitopsFile } from '@llmd/crd-validator';
import {
  createBareRepository,
  filesOf,
  gitIn,
  refsOf,
} from './__testUtils__/gitRepositories';
import { runTemplateTask } from './__testUtils__/runTemplateTask';
import {
  startScaffolderTestBackend,
  TEMPLATES_DIR,
} from './__testUtils__/startScaffolderTestBackend';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { LLMD_ACTION_IDS, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  llmdClusterConfig,
  startClusterSimulator,
} from '@llmd/cluster-simulator';

jest.setTimeout(120_000);

const MODEL_VALUES = {
  name: 'granite-8b',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  modelUri:
    'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
  replicas: 2,
  gpusPerReplica: 1,
  gateway: 'tenant',
  authEnabled: true,
  routingPreset: 'default',
};

// Someone else's values: a P/D model over RoCE with a large-model probe and dashboard labels.
const PD_VALUES = {
  name: 'mixtral-pd',
  namespace: 'research',
  owner: 'group:default/research',
  displayName: 'Mixtral P/D',
  modelUri: 'hf://mistralai/Mixtral-8x7B-Instruct-v0.1',
  servedModelName: 'mixtral',
  replicas: 2,
  gpusPerReplica: 4,
  maxModelLen: 16384,
  startupProbe: 'large-model',
  gateway: 'shared',
  authEnabled: true,
  routingPreset: 'prefill-decode',
  hardwareProfileName: 'nvidia-h100',
  disaggregation: true,
  prefillReplicas: 3,
  prefillGpusPerReplica: 2,
  roce: true,
  roceNetworks: 'roce-p2',
};

function template(dir: string) {
  return parse(
    readFileSync(path.join(TEMPLATES_DIR, dir, 'template.yaml'), 'utf8'),
  );
}

describe('llm-d templates on the real scaffolder', () => {
  let root: string;
  let remote: string;
  let started: Awaited<ReturnType<typeof startScaffolderTestBackend>>;
  let sim: ClusterSimulator;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'llmd-templates-'));
    remote = createBareRepository(root, { 'README.md': '# GitOps\n' });
    // The demo cluster: team-a with its own Gateway and the shared Gateway, which models may route through.
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
    });
    started = await startScaffolderTestBackend(
      { provider: 'local', repoUrl: remote, targetBranch: 'main' },
      { llmd: { clusters: [llmdClusterConfig(sim)] } },
    );
    await started.waitForTemplates();
  });
  afterAll(async () => {
    await started?.backend.stop();
    await sim?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const runTask = (templateName: string, values: object) =>
    runTemplateTask(started.api, templateName, values);

  it('lists the six llmd actions', async () => {
    const response = await started.api.get('/api/scaffolder/v2/actions');
    const ids = response.body.map((a: { id: string }) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        ...LLMD_ACTION_IDS,
        'publish:github:pull-request',
      ]),
    );
  });

  it('registers the four templates in the catalog', async () => {
    expect((await started.templateNames()).sort()).toEqual([
      'llmd-metallb',
      'llmd-model-service',
      'llmd-shared-gateway',
      'llmd-tenant',
    ]);
  });

  it.each([
    ['model-service', PD_VALUES, 'tenants/research/models/mixtral-pd'],
    [
      'tenant',
      {
        namespace: 'team-b',
        owner: 'group:default/team-b',
        gatewayMode: 'dedicated',
        tls: true,
        hostname: 'team-b.apps.example.com',
        tlsSecretName: 'team-b-tls',
      },
      'tenants/team-b/base',
    ],
    [
      'shared-gateway',
      {
        name: 'openshift-ai-inference',
        namespace: 'openshift-ingress',
        access: 'names',
        namespaces: ['team-a', 'team-b'],
        tls: false,
      },
      'platform/gateways/openshift-ai-inference',
    ],
    [
      'metallb',
      {
        addresses: ['10.10.0.0/28'],
        mode: 'bgp',
        myASN: 64500,
        peerASN: 64501,
        peerAddress: '10.0.0.1',
        installOperator: true,
        poolName: 'llm-d-pool',
      },
      'platform/metallb/instance',
    ],
  ])(
    'dry-runs %s into CRD-valid files and pushes nothing',
    async (dir, values, unit) => {
      const before = refsOf(remote);
      const response = await started.api.post('/api/scaffolder/v2/dry-run', {
        template: template(dir),
        values,
        directoryContents: [],
      });
      if (response.status !== 200)
        throw new Error(JSON.stringify(response.body));
      const files = response.body.directoryContents as {
        path: string;
        base64Content: string;
      }[];
      const yamlFiles = files.filter(f => f.path.endsWith('.yaml'));
      expect(yamlFiles.some(f => f.path.startsWith(`${unit}/`))).toBe(true);
      for (const file of yamlFiles) {
        expectValidGitopsFile(
          Buffer.from(file.base64Content, 'base64').toString('utf8'),
        );
      }
      const steps = response.body.steps.map((s: { id: string }) => s.id);
      expect(steps).toContain('publish-local');
      expect(refsOf(remote)).toBe(before);
    },
  );

  it("maps every field of someone else's P/D + RoCE model form onto the LLMInferenceService", async () => {
    const response = await started.api.post('/api/scaffolder/v2/dry-run', {
      template: template('model-service'),
      values: { ...PD_VALUES, dashboardConnection: 'mixtral-s3' },
      directoryContents: [],
    });
    expect(response.status).toBe(200);
    const file = response.body.directoryContents.find(
      (f: { path: string }) =>
        f.path ===
        'tenants/research/models/mixtral-pd/llminferenceservice.yaml',
    );
    const llmisvc = parse(Buffer.from(file.base64Content, 'base64').toString());
    expect(llmisvc.metadata.annotations).toEqual(
      expect.objectContaining({
        'openshift.io/display-name': 'Mixtral P/D',
        'opendatahub.io/hardware-profile-name': 'nvidia-h100',
        'opendatahub.io/hardware-profile-namespace': 'redhat-ods-applications',
        'opendatahub.io/connections': 'mixtral-s3',
        'security.opendatahub.io/enable-auth': 'true',
      }),
    );
    expect(llmisvc.spec.model).toEqual({
      uri: PD_VALUES.modelUri,
      name: 'mixtral',
    });
    expect(llmisvc.spec.replicas).toBe(2);
    expect(llmisvc.spec.prefill.replicas).toBe(3);
    const text = JSON.stringify(llmisvc);
    expect(text).toContain('--max-model-len=16384 --tensor-parallel-size=4');
    expect(text).toContain('--max-model-len=16384 --tensor-parallel-size=2');
    expect(text).toContain('NixlConnector');
    expect(text).toContain('roce-p2');
    // The shared Gateway: no explicit ref, the platform's default.
    expect(llmisvc.spec.router.gateway).toEqual({});
  });

  it('pushes a model service to its branch, and a re-run updates that branch', async () => {
    const first = await runTask('llmd-model-service', MODEL_VALUES);
    expect(first.task?.status).toBe('completed');
    const branch = 'llmd/model/team-a/granite-8b';
    const head = gitIn(remote, 'rev-parse', `refs/heads/${branch}`);
    const unit = 'tenants/team-a/models/granite-8b';
    expect(filesOf(remote, branch)).toEqual([
      'README.md',
      `${unit}/access.yaml`,
      `${unit}/kustomization.yaml`,
      `${unit}/llminferenceservice.yaml`,
    ]);
    for (const file of ['access.yaml', 'llminferenceservice.yaml']) {
      expectValidGitopsFile(gitIn(remote, 'show', `${branch}:${unit}/${file}`));
    }
    expect(first.log).toContain('Validating 3 YAML files');
    const [change, validation] = first.output.text;
    expect(change.content).toContain(`Branch \`${branch}\``);
    expect(change.content).toContain(`${unit}/llminferenceservice.yaml`);
    expect(validation.content).toContain('passed validation');
    expect(first.output.links).toContainEqual(
      expect.objectContaining({ entityRef: 'component:team-a/granite-8b' }),
    );

    const second = await runTask('llmd-model-service', {
      ...MODEL_VALUES,
      replicas: 3,
    });
    expect(second.task?.status).toBe('completed');
    const next = gitIn(remote, 'rev-parse', `refs/heads/${branch}`);
    expect(next).not.toBe(head);
    expect(gitIn(remote, 'rev-parse', `${next}^`)).toBe(head);
    expect(
      gitIn(remote, 'show', `${branch}:${unit}/llminferenceservice.yaml`),
    ).toContain('replicas: 3');
  });

  // The form's JSON Schema refuses most mistakes when the task is created (400); the llm-d rules across fields
  // refuse the rest in the render step (a failed task). Either way the field is named and nothing is pushed.
  it.each([
    ['form', { name: 'Granite' }, 'name'],
    ['form', { name: 'g'.repeat(64) }, 'name'],
    ['form', { namespace: '../etc' }, 'namespace'],
    ['form', { gateway: 'someone-elses' }, 'gateway'],
    ['form', { gpusPerReplica: 0, tensorParallelSize: 4 }, 'gpusPerReplica'],
    [
      'form',
      {
        disaggregation: true,
        prefillReplicas: 2,
        prefillGpusPerReplica: 0,
        routingPreset: 'prefill-decode',
      },
      'prefillGpusPerReplica',
    ],
    [
      'render',
      { gpusPerReplica: 1, tensorParallelSize: 4 },
      'tensorParallelSize',
    ],
    ['render', { modelUri: 'oci://quay.io/x:{{ .Name }}' }, 'model.uri'],
    [
      'render',
      { routingPreset: 'prefill-decode', disaggregation: false },
      'routing.preset',
    ],
    // A tenant without its own Gateway on any cluster: the route would attach to nothing.
    [
      'validate',
      { namespace: 'research', gateway: 'tenant' },
      'spec.router.gateway.refs[0]: Gateway research/research-gateway does not exist',
    ],
  ] as const)(
    'refuses bad input at the %s (%j) naming the field, pushing nothing',
    async (stage, bad, field) => {
      const before = refsOf(remote);
      const { created, task, log } = await runTask('llmd-model-service', {
        ...MODEL_VALUES,
        ...bad,
      });
      const refusal =
        stage === 'form'
          ? { status: created.status, text: JSON.stringify(created.body) }
          : { status: task?.status, text: log };
      expect(refusal.status).toBe(stage === 'form' ? 400 : 'failed');
      expect(refusal.text).toContain(field);
      expect(refsOf(remote)).toBe(before);
    },
  );

  // A second portal on the same cluster and GitOps repo, configured with a policy the default form values break.
  describe('with a governance policy in llmd.policy', () => {
    let governed: Awaited<ReturnType<typeof startScaffolderTestBackend>>;
    beforeAll(async () => {
      governed = await startScaffolderTestBackend(
        { provider: 'local', repoUrl: remote, targetBranch: 'main' },
        {
          llmd: {
            clusters: [llmdClusterConfig(sim)],
            policy: {
              rules: {
                'max-gpus-per-replica': { severity: 'deny', max: 1 },
                'require-https': { severity: 'warn' },
              },
            },
          },
        },
      );
      await governed.waitForTemplates();
    });
    afterAll(async () => {
      await governed?.backend.stop();
    });

    it('fails the model template at the validate step on a deny finding, pushing nothing', async () => {
      const before = refsOf(remote);
      const { task, log } = await runTemplateTask(
        governed.api,
        'llmd-model-service',
        { ...MODEL_VALUES, name: 'granite-governed', gpusPerReplica: 2 },
      );
      expect(task?.status).toBe('failed');
      expect(log).toContain(
        '[max-gpus-per-replica] tenants/team-a/models/granite-governed/llminferenceservice.yaml LLMInferenceService team-a/granite-governed spec.template.containers[0].resources.limits["nvidia.com/gpu"]: a decode replica asks for 2 GPUs; at most 1 are allowed per replica',
      );
      // The push step never started: it logs the remote first.
      expect(log).not.toContain('Resolving remote');
      expect(refsOf(remote)).toBe(before);
    });
  });
});
