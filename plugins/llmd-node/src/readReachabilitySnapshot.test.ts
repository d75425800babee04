import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ClusterSimulator,
  type ClusterSimulatorOptions,
  simulatorKubeconfigDocument,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { freePort } from '@internal/test-support';
import { readReachabilitySnapshot } from './readReachabilitySnapshot';
import {
  AUXILIARY,
  names,
  reachabilitySeed,
} from './__testUtils__/reachabilityFixtures';
import { llmisvc } from './__testUtils__/simulatorFixtures';

/** A tenant of team-a: get, list and watch on anything in its namespace, nothing cluster-wide. */
const TENANT = 'tenant-a-token';
const tenantRules = {
  [TENANT]: [
    {
      verbs: ['get', 'list', 'watch'],
      apiGroups: ['*'],
      resources: ['*'],
      namespaces: ['team-a'],
    },
  ],
};

describe('readReachabilitySnapshot', () => {
  let sim: ClusterSimulator | undefined;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'llmd-snapshot-'));
  });
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A simulator with the seed and a kubeconfig file for it (JSON is YAML). */
  async function kubeconfigFor(
    options: ClusterSimulatorOptions = {},
    token?: string,
  ): Promise<string> {
    sim = await startClusterSimulator({
      objects: reachabilitySeed(),
      tokens: tenantRules,
      ...options,
    });
    const file = join(dir, 'kubeconfig');
    writeFileSync(
      file,
      JSON.stringify(simulatorKubeconfigDocument(sim, token)),
    );
    return file;
  }

  it('reads every namespace with cluster-wide credentials', async () => {
    const kubeconfigFile = await kubeconfigFor();
    const snapshot = await readReachabilitySnapshot({ kubeconfigFile });
    expect(snapshot).toMatchObject({
      cluster: 'simulator',
      server: sim!.url,
      llmisvcApiVersion: 'v1alpha2',
    });
    expect(names(snapshot.models)).toEqual(['m1', 'm2']);
    const { source } = snapshot;
    for (const kind of [
      'LLMInferenceService',
      'LLMInferenceServiceConfig',
      'Gateway',
      ...AUXILIARY,
    ] as const) {
      expect([kind, source.access(kind)]).toEqual([kind, { state: 'ok' }]);
    }
    expect(names(source.list('HTTPRoute'))).toEqual(['m1', 'm2']);
    expect(names(source.list('InferencePoolV1alpha2', 'team-b'))).toEqual([
      'm2',
    ]);
    expect(
      source.get('Gateway', 'openshift-ingress', 'openshift-ai-inference'),
    ).toBeDefined();
    expect(source.get('GatewayClass', '', 'openshift-default')).toBeDefined();
    expect(source.get('Namespace', '', 'team-b')?.metadata.labels).toEqual({
      tenant: 'b',
    });
    expect(
      source.get('CustomResourceDefinition', '', 'authpolicies.kuadrant.io'),
    ).toBeDefined();
  });

  it('reads one namespace with a tenant token, recording what it may not read', async () => {
    const kubeconfigFile = await kubeconfigFor(
      { omitCrds: ['authpolicies.kuadrant.io'] },
      TENANT,
    );
    const snapshot = await readReachabilitySnapshot({
      kubeconfigFile,
      namespace: 'team-a',
      name: 'm1',
    });
    expect(names(snapshot.models)).toEqual(['m1']);
    const { source } = snapshot;
    expect(source.access('HTTPRoute')).toEqual({ state: 'ok' });
    expect(names(source.list('HTTPRoute', 'team-a'))).toEqual(['m1']);
    expect(source.access('InferencePool')).toEqual({ state: 'ok' });
    expect(source.access('AuthPolicy')).toEqual({ state: 'not-installed' });
    expect(source.access('Gateway')).toEqual({
      state: 'forbidden',
      permission:
        'get gateways.gateway.networking.k8s.io in namespace openshift-ingress',
    });
    expect(source.access('CustomResourceDefinition')).toEqual({
      state: 'forbidden',
      permission:
        'list customresourcedefinitions.apiextensions.k8s.io (cluster-wide)',
    });
    expect(source.access('LLMInferenceServiceConfig')).toMatchObject({
      state: 'forbidden',
    });
  });

  it('reads v1alpha1 when v1alpha2 is not served, and records a cluster without the kind', async () => {
    const kubeconfigFile = await kubeconfigFor({
      objects: [],
      omitCrds: ['llminferenceservices.serving.kserve.io'],
    });
    const without = await readReachabilitySnapshot({ kubeconfigFile });
    expect(without.models).toEqual([]);
    expect(without.source.access('LLMInferenceService')).toEqual({
      state: 'not-installed',
    });

    sim!.apply(llmisvcCrd('v1alpha1'));
    sim!.apply(llmisvc('team-a', 'm1'));
    const older = await readReachabilitySnapshot({ kubeconfigFile });
    expect(older.llmisvcApiVersion).toBe('v1alpha1');
    expect(names(older.models)).toEqual(['m1']);
    expect(older.source.access('LLMInferenceService')).toEqual({ state: 'ok' });
  });

  it('says clearly what is wrong with the kubeconfig or the server', async () => {
    await expect(
      readReachabilitySnapshot({ kubeconfigFile: join(dir, 'missing') }),
    ).rejects.toThrow(/^Cannot use kubeconfig .*missing/);
    const kubeconfigFile = await kubeconfigFor();
    await expect(
      readReachabilitySnapshot({ kubeconfigFile, context: 'nope' }),
    ).rejects.toThrow("Context 'nope' not found");
    const port = await freePort();
    const doc = simulatorKubeconfigDocument(sim!) as any;
    doc.clusters[0].cluster.server = `http://127.0.0.1:${port}`;
    writeFileSync(kubeconfigFile, JSON.stringify(doc));
    await expect(readReachabilitySnapshot({ kubeconfigFile })).rejects.toThrow(
      /^Cannot reach the API server http:\/\/127.0.0.1:\d+ \(context 'simulator'\)/,
    );
    writeFileSync(
      kubeconfigFile,
      JSON.stringify(simulatorKubeconfigDocument(sim!, 'wrong-token')),
    );
    await expect(readReachabilitySnapshot({ kubeconfigFile })).rejects.toThrow(
      /rejected the credentials/,
    );
  });
});

/** The LLMInferenceService CRD serving only `version` (an older KServe / OpenShift AI 3.x). */
function llmisvcCrd(version: string) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'llminferenceservices.serving.kserve.io' },
    spec: {
      group: 'serving.kserve.io',
      scope: 'Namespaced',
      names: {
        kind: 'LLMInferenceService',
        plural: 'llminferenceservices',
        singular: 'llminferenceservice',
        listKind: 'LLMInferenceServiceList',
      },
      versions: [{ name: version, served: true, storage: true }],
    },
  };
}
