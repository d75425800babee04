import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import type { GitopsFile } from '@llmd/plugin-llmd-common';
import { stringify } from 'yaml';
import { runValidateAction } from '../__testUtils__/runValidateAction';
import {
  renderedModelFiles,
  VALIDATE_GITOPS as gitops,
} from '../__testUtils__/validateFixtures';
import { createGitopsValidateAction } from './gitopsValidate';

describe('llmd:gitops:validate', () => {
  const workspace = createMockDirectory();
  const action = createGitopsValidateAction({
    gitops,
    logger: mockServices.logger.mock(),
  });
  beforeEach(() => workspace.clear());

  const validate = (files: readonly GitopsFile[]) =>
    runValidateAction(action, workspace, files);

  it('passes a rendered model service and reports it for the PR', async () => {
    const { outputs, error } = await validate(renderedModelFiles());
    expect(error).toBeUndefined();
    expect(outputs.valid).toBe(true);
    expect(outputs.report).toMatch(/✅ 4 manifests in 3 files passed/);
    expect(outputs.problems).toEqual([]);
  });

  it('says which source decided each kind: the bundled catalog when nothing else has it', async () => {
    const { outputs, logs } = await validate(renderedModelFiles());
    expect(outputs.schemaSources).toMatchObject({
      'serving.kserve.io/v1alpha1 LLMInferenceService':
        'bundled (kserve/upstream-v0.16.0/config/crd/full/llmisvc)',
      'v1 ServiceAccount': 'core schema',
    });
    expect(outputs.report).toContain(
      'serving.kserve.io/v1alpha1 LLMInferenceService ← bundled (kserve/upstream-v0.16.0/config/crd/full/llmisvc)',
    );
    expect(logs).toContainEqual(
      expect.stringMatching(/^info: Schemas: .*LLMInferenceService ← bundled/),
    );
  });

  it("fails on the guide's router.gateway.ref, naming file and field", async () => {
    const files = renderedModelFiles().map(file =>
      file.path.endsWith('llminferenceservice.yaml')
        ? {
            ...file,
            content: file.content.replace('refs:', 'ref:'),
          }
        : file,
    );
    const { outputs, error } = await validate(files);
    expect(error?.name).toBe('InputError');
    expect(error?.message).toContain(
      'tenants/team-a/models/granite-8b/llminferenceservice.yaml LLMInferenceService team-a/granite-8b spec.router.gateway',
    );
    expect(outputs.valid).toBe(false);
    expect(outputs.report).toContain('#### Errors');
  });

  it("fails on an EPP config the scheduler would reject (the guide's `config:`)", async () => {
    const broken = renderedModelFiles({ prefill: { replicas: 1 } }).map(
      file => ({
        ...file,
        content: file.content.replace(/parameters:/, 'config:'),
      }),
    );
    const { error } = await validate(broken);
    expect(error?.message).toMatch(/EPP config \(scheduler-v0\.2\)/);
  });

  it('warns about kinds it has no schema for, and rejects broken YAML', async () => {
    const unknownKind = stringify({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
    });
    const ok = await validate([
      { path: 'extra/widget.yaml', content: unknownKind },
    ]);
    expect(ok.error).toBeUndefined();
    expect(ok.outputs.report).toContain('#### Warnings');
    const bad = await validate([
      { path: 'extra/broken.yaml', content: 'a: [1,\nb: 2\n' },
    ]);
    expect(bad.error?.message).toContain('extra/broken.yaml: YAML');
  });

  describe('with a governance policy', () => {
    const policyAction = createGitopsValidateAction({
      gitops,
      logger: mockServices.logger.mock(),
      policy: {
        rules: {
          'max-gpus-per-replica': { severity: 'deny', max: 1 },
          'pd-requires-roce': { severity: 'warn' },
          'owner-required': { severity: 'deny' },
        },
        overrides: [],
      },
      namespaceOwners: { 'team-b': 'group:default/team-b' },
    });
    const validateWithPolicy = (files: readonly GitopsFile[]) =>
      runValidateAction(policyAction, workspace, files);
    const render = renderedModelFiles;

    it('fails on a deny finding with one line per finding: rule id, file, path, message', async () => {
      const { outputs, error } = await validateWithPolicy(
        render({ gpusPerReplica: 2 }),
      );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toBe(
        [
          'Validation failed with 1 error(s):',
          '  [max-gpus-per-replica] tenants/team-a/models/granite-8b/llminferenceservice.yaml LLMInferenceService team-a/granite-8b spec.template.containers[0].resources.limits["nvidia.com/gpu"]: a decode replica asks for 2 GPUs; at most 1 are allowed per replica',
          'Schemas: rbac.authorization.k8s.io/v1 Role ← core schema; rbac.authorization.k8s.io/v1 RoleBinding ← core schema; serving.kserve.io/v1alpha1 LLMInferenceService ← bundled (kserve/upstream-v0.16.0/config/crd/full/llmisvc); v1 ServiceAccount ← core schema',
        ].join('\n'),
      );
      expect(outputs.valid).toBe(false);
      expect(outputs.problems).toEqual([
        expect.objectContaining({
          check: 'policy',
          rule: 'max-gpus-per-replica',
          severity: 'error',
        }),
      ]);
    });

    it('passes with warnings listed in the report', async () => {
      const { outputs, error } = await validateWithPolicy(
        render({ prefill: { replicas: 1 } }),
      );
      expect(error).toBeUndefined();
      expect(outputs.valid).toBe(true);
      expect(outputs.report).toContain('governance policy evaluated');
      expect(outputs.report).toMatch(
        /#### Warnings\n\n\| Where \| Check \| Problem \|\n\|---\|---\|---\|\n\| `tenants\/team-a\/models\/granite-8b\/llminferenceservice\.yaml` LLMInferenceService team-a\/granite-8b `metadata\.annotations\["k8s\.v1\.cni\.cncf\.io\/networks"\]` \| policy `pd-requires-roce` \|/,
      );
    });

    it('takes tenant owners from llmd.catalog.owners', async () => {
      const withoutOwner = (files: readonly GitopsFile[]) =>
        files.map(file => ({
          ...file,
          content: file.content.replace(/^ {4}backstage\.io\/owner: .*\n/m, ''),
        }));
      const teamA = await validateWithPolicy(withoutOwner(render({})));
      expect(teamA.error?.message).toContain('[owner-required]');
      const teamB = await validateWithPolicy(
        withoutOwner(
          render({
            namespace: 'team-b',
            gateway: { name: 'team-b-gateway', namespace: 'team-b' },
          }),
        ),
      );
      expect(teamB.error).toBeUndefined();
    });
  });
});
