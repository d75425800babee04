import { createMockDirectory } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { expectValidManifests } from '@llmd/crd-validator';
import {
  resolveRenderTarget,
  type RenderTarget,
} from '@llmd/plugin-llmd-common';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';
import type { GitopsConfig } from '../config/readGitopsConfig';
import { createGatewayRenderAction } from './gatewayRender';
import { createMetallbRenderAction } from './metallbRender';
import { createModelRenderAction } from './modelRender';
import { createTenantRenderAction } from './tenantRender';

const EXAMPLES = path.join(repoRoot, 'examples/inputs');

function gitopsConfig(target: Partial<RenderTarget> = {}): GitopsConfig {
  return {
    provider: 'local',
    repoUrl: '/srv/gitops.git',
    targetBranch: 'main',
    target: resolveRenderTarget(target),
    crdDirectories: [],
  };
}

function exampleInput(file: string) {
  return parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
}

const PD_INPUT = {
  name: 'llama-pd',
  namespace: 'team-b',
  owner: 'group:default/team-b',
  model: { uri: 'hf://meta-llama/Llama-3.1-8B-Instruct' },
  replicas: 2,
  gpusPerReplica: 2,
  prefill: { replicas: 2, gpusPerReplica: 2 },
  roce: { networks: 'roce-p2' },
  gateway: { name: 'team-b-gateway', namespace: 'team-b' },
};

describe('render actions', () => {
  const workspace = createMockDirectory();
  beforeEach(() => workspace.clear());

  async function run(
    action: ReturnType<typeof createModelRenderAction>,
    input: JsonObject,
    extra: { isDryRun?: boolean } = {},
  ) {
    const ctx = {
      ...createMockActionContext({ input, workspacePath: workspace.path }),
      ...extra,
    };
    await action.handler(ctx as any);
    return ctx;
  }

  function workspaceText(file: string): string {
    return fs.readFileSync(path.join(workspace.path, file), 'utf8');
  }

  it.each([
    ['v1alpha1', 'scheduler-v0.2'],
    ['v1alpha2', 'router-v0.10'],
  ] as const)(
    'renders a P/D + RoCE model service for %s / %s into the layout, CRD-valid',
    async (llmisvcApiVersion, eppDialect) => {
      const action = createModelRenderAction({
        gitops: gitopsConfig({ llmisvcApiVersion, eppDialect }),
      });
      const ctx = await run(action, { input: PD_INPUT });
      const dir = 'tenants/team-b/models/llama-pd';
      expect(ctx.output).toHaveBeenCalledWith('files', [
        `${dir}/kustomization.yaml`,
        `${dir}/llminferenceservice.yaml`,
        `${dir}/access.yaml`,
      ]);
      expect(ctx.output).toHaveBeenCalledWith('units', [dir]);
      expect(ctx.output).toHaveBeenCalledWith(
        'branchName',
        'llmd/model/team-b/llama-pd',
      );
      expect(ctx.output).toHaveBeenCalledWith('publish', {
        provider: 'local',
        repoUrl: '/srv/gitops.git',
        targetBranch: 'main',
      });
      const llmisvc = workspaceText(`${dir}/llminferenceservice.yaml`);
      expect(llmisvc).toContain(`serving.kserve.io/${llmisvcApiVersion}`);
      expectValidManifests(llmisvc);
      expectValidManifests(workspaceText(`${dir}/access.yaml`));
    },
  );

  it('lets a step override the configured target', async () => {
    const action = createModelRenderAction({ gitops: gitopsConfig() });
    await run(action, {
      input: exampleInput('model-granite-8b.yaml'),
      target: { llmisvcApiVersion: 'v1alpha2', eppDialect: 'router-v0.10' },
    });
    const text = workspaceText(
      'tenants/team-a/models/granite-8b/llminferenceservice.yaml',
    );
    expect(text).toContain('serving.kserve.io/v1alpha2');
    expectValidManifests(text);
  });

  it("gives a step that names another dialect that dialect's scheduler template, unless it names one", async () => {
    const configFlag = () =>
      parse(
        workspaceText(
          'tenants/team-b/models/llama-pd/llminferenceservice.yaml',
        ),
      ).spec.router.scheduler.template.containers[0].args.find((a: string) =>
        ['--config-text', '--configText'].includes(a),
      );
    const configured = gitopsConfig({ eppDialect: 'scheduler-v0.7' });
    expect(configured.target.schedulerTemplate).toBe('openshift-ai');
    const action = createModelRenderAction({ gitops: configured });
    await run(action, {
      input: PD_INPUT,
      target: { eppDialect: 'scheduler-v0.2' },
    });
    expect(configFlag()).toBe('--configText');
    await run(action, {
      input: PD_INPUT,
      target: {
        eppDialect: 'scheduler-v0.2',
        schedulerTemplate: 'openshift-ai',
      },
    });
    expect(configFlag()).toBe('--config-text');
    expectValidManifests(
      workspaceText('tenants/team-b/models/llama-pd/llminferenceservice.yaml'),
    );
  });

  it('writes under targetPath and describes the pull request', async () => {
    const action = createTenantRenderAction({ gitops: gitopsConfig() });
    const ctx = await run(action, {
      input: exampleInput('tenant-team-a.yaml'),
      targetPath: 'repo',
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'files',
      expect.arrayContaining(['repo/tenants/team-a/base/namespace.yaml']),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'branchName',
      'llmd/tenant/team-a/team-a',
    );
    expect(ctx.output).toHaveBeenCalledWith('title', 'llm-d: tenant team-a');
    const summary = (ctx.output as jest.Mock).mock.calls.find(
      ([name]) => name === 'summary',
    )[1];
    expect(summary).toContain('### Reviewer checklist');
    expect(summary).toContain('namespace: team-a');
    expectValidManifests(
      workspaceText('repo/tenants/team-a/base/gateway.yaml'),
    );
  });

  it('renders in a dry run too, so the dry run shows the files', async () => {
    const action = createGatewayRenderAction({ gitops: gitopsConfig() });
    const ctx = await run(action, { input: {} }, { isDryRun: true });
    expect(ctx.output).toHaveBeenCalledWith(
      'branchName',
      'llmd/gateway/openshift-ingress/openshift-ai-inference',
    );
    expectValidManifests(
      workspaceText('platform/gateways/openshift-ai-inference/gateway.yaml'),
    );
  });

  it('renders MetalLB into its two units', async () => {
    const action = createMetallbRenderAction({ gitops: gitopsConfig() });
    const ctx = await run(action, {
      input: { addresses: ['192.168.1.240-192.168.1.250'] },
    });
    expect(ctx.output).toHaveBeenCalledWith('units', [
      'platform/metallb/instance',
      'platform/metallb/operator',
    ]);
    for (const file of fs.readdirSync(
      path.join(workspace.path, 'platform/metallb/instance'),
    )) {
      expectValidManifests(workspaceText(`platform/metallb/instance/${file}`));
    }
  });

  it.each([
    [{ ...PD_INPUT, name: 'Llama' }, 'name:'],
    [{ ...PD_INPUT, name: 'x'.repeat(64) }, 'name:'],
    [{ ...PD_INPUT, namespace: '../etc' }, 'namespace:'],
    [
      { ...PD_INPUT, gpusPerReplica: 0, tensorParallelSize: 4 },
      'gpusPerReplica:',
    ],
    [{ ...PD_INPUT, model: { uri: 'ftp://x' } }, 'model.uri:'],
  ])(
    'refuses bad input naming the field, writing nothing (%#)',
    async (input, field) => {
      const action = createModelRenderAction({ gitops: gitopsConfig() });
      await expect(run(action, { input })).rejects.toThrow(field);
      expect(fs.readdirSync(workspace.path)).toEqual([]);
    },
  );
});
