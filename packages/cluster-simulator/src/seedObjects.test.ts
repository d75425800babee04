import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

/** The repository root, found through module resolution of this package. */
const repoRoot = path.resolve(
  path.dirname(require.resolve('@llmd/cluster-simulator/package.json')),
  '../..',
);

describe('seeding', () => {
  let sim: ClusterSimulator | undefined;
  let tmp: string | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('loads the shared Gateway, the team-a tenant and its models of examples/gitops', async () => {
    const lines: string[] = [];
    sim = await startClusterSimulator({
      seedDir: path.join(repoRoot, 'examples', 'gitops'),
      logger: line => lines.push(line),
    });
    const names = (apiVersion: string, kind: string) =>
      sim!
        .list(apiVersion, kind, kind === 'Namespace' ? undefined : 'team-a')
        .map((o: any) => o.metadata.name);
    expect(names('v1', 'Namespace')).toEqual(['team-a']);
    expect(names('gateway.networking.k8s.io/v1', 'Gateway')).toEqual([
      'team-a-gateway',
    ]);
    const models = ['granite-8b', 'llama-3-1-8b-pd'];
    const clients = models.map(m => `${m}-client`);
    expect(names('serving.kserve.io/v1alpha1', 'LLMInferenceService')).toEqual(
      models,
    );
    expect(names('v1', 'ServiceAccount')).toEqual(clients);
    expect(names('rbac.authorization.k8s.io/v1', 'Role')).toEqual(clients);
    expect(names('rbac.authorization.k8s.io/v1', 'RoleBinding')).toEqual(
      clients,
    );
    const model: any = sim.get(
      'serving.kserve.io/v1alpha1',
      'LLMInferenceService',
      'team-a',
      'granite-8b',
    );
    expect(model.spec.router.gateway.refs).toEqual([
      { name: 'team-a-gateway', namespace: 'team-a' },
    ]);
    expect(
      sim.list('gateway.networking.k8s.io/v1', 'Gateway', 'openshift-ingress'),
    ).toHaveLength(1);
    // namespace, tenant Gateway, 2 × (model, ServiceAccount, Role, RoleBinding), shared Gateway and GatewayClass
    expect(lines).toContain('seed: applied 12 objects');
  });

  it('skips kinds it does not serve with a log line, and applies the objects option', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-seed-'));
    fs.writeFileSync(
      path.join(tmp, 'mixed.yml'),
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: x}\n',
    );
    fs.writeFileSync(
      path.join(tmp, 'kustomization.yaml'),
      'resources: [mixed.yml]\n',
    );
    const lines: string[] = [];
    sim = await startClusterSimulator({
      seedDir: tmp,
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', namespace: 'x' },
        },
      ],
      logger: line => lines.push(line),
    });
    expect(sim.list('v1', 'ConfigMap', 'x')).toHaveLength(1);
    expect(sim.list('v1', 'Secret', 'x')).toHaveLength(1);
    expect(lines.some(l => l.includes('skipping Widget'))).toBe(true);
  });

  it('fails on broken YAML', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-seed-'));
    fs.writeFileSync(path.join(tmp, 'broken.yaml'), 'a: [b\n');
    await expect(startClusterSimulator({ seedDir: tmp })).rejects.toThrow(
      /broken\.yaml/,
    );
  });
});
