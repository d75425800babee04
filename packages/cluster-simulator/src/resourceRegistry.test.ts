import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientsFor, rawRequest } from './__testUtils__/clients';
import { loadCrds } from './crdLoader';
import { loadBundledCrds } from './crdSources';
import { buildResourceRegistry } from './resourceRegistry';
import { startClusterSimulator } from './startClusterSimulator';

const CRD_YAML = `# a comment
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names:
    kind: Widget
    plural: widgets
    shortNames: [wd]
  scope: Cluster
  versions:
  - name: v1beta1
    served: true
    storage: false
    schema:
      openAPIV3Schema:
        description: |
          A widget.

          kind: CustomResourceDefinition
        type: object
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
    subresources:
      status: {}
  - name: v0
    served: false
    storage: false
---
apiVersion: v1
kind: ConfigMap
metadata: {name: not-a-crd}
`;

describe('resource registry', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it('reads CRD headers without their schemas, every version with its scope and status subresource', () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-crds-'));
    fs.mkdirSync(path.join(tmp, 'nested'));
    fs.writeFileSync(path.join(tmp, 'nested', 'widgets.yaml'), CRD_YAML);
    const [crd] = loadCrds([tmp]);
    expect(crd).toMatchObject({
      name: 'widgets.example.com',
      kind: 'Widget',
      listKind: 'WidgetList',
      shortNames: ['wd'],
      namespaced: false,
      versions: [
        { name: 'v1beta1', served: true, storage: false, hasStatus: false },
        { name: 'v1', served: true, storage: true, hasStatus: true },
        { name: 'v0', served: false, storage: false, hasStatus: false },
      ],
    });
    const { table } = buildResourceRegistry(loadCrds([tmp]));
    expect(table.lookup('example.com', 'v1', 'widgets')).toMatchObject({
      namespaced: false,
      hasStatus: true,
    });
    expect(table.lookup('example.com', 'v0', 'widgets')).toBeUndefined();
    expect(
      table.groups().find(g => g.name === 'example.com')?.versions,
    ).toEqual(['v1', 'v1beta1']);
  });

  it('serves CRDs with their schemas only when asked to, as a real API server does', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-crds-'));
    fs.writeFileSync(path.join(tmp, 'widgets.yaml'), CRD_YAML);
    const versionsServed = async (crdSchemas: boolean) => {
      const sim = await startClusterSimulator({ crdDirs: [tmp!], crdSchemas });
      try {
        const crd = sim.get(
          'apiextensions.k8s.io/v1',
          'CustomResourceDefinition',
          undefined,
          'widgets.example.com',
        ) as { spec: { versions: Array<{ name: string; schema?: unknown }> } };
        return crd.spec.versions.map(v => [v.name, v.schema !== undefined]);
      } finally {
        await sim.close();
      }
    };
    expect(await versionsServed(false)).toEqual([
      ['v1beta1', false],
      ['v1', false],
      ['v0', false],
    ]);
    expect(await versionsServed(true)).toEqual([
      ['v1beta1', true],
      ['v1', true],
      ['v0', false],
    ]);
  });

  it('serves the bundled CRDs by default, one snapshot per CRD', () => {
    const { table } = buildResourceRegistry(loadBundledCrds(false));
    for (const version of ['v1alpha1', 'v1alpha2']) {
      expect(
        table.lookup('serving.kserve.io', version, 'llminferenceservices'),
      ).toBeDefined();
      expect(
        table.lookup(
          'serving.kserve.io',
          version,
          'llminferenceserviceconfigs',
        ),
      ).toBeDefined();
    }
    expect(
      table.lookup('gateway.networking.k8s.io', 'v1', 'gatewayclasses')
        ?.namespaced,
    ).toBe(false);
    expect(
      table.lookup('metallb.io', 'v1beta1', 'ipaddresspools'),
    ).toBeDefined();
    expect(
      table.lookup('leaderworkerset.x-k8s.io', 'v1', 'leaderworkersets'),
    ).toBeDefined();
  });

  it('serves the built-in fallback kinds without CRD directories', () => {
    const { table } = buildResourceRegistry([]);
    expect(
      table.lookup('serving.kserve.io', 'v1alpha1', 'llminferenceservices')
        ?.hasStatus,
    ).toBe(true);
    expect(
      table.lookup('serving.kserve.io', 'v1alpha2', 'llminferenceservices'),
    ).toBeDefined();
    expect(
      table.lookup(
        'serving.kserve.io',
        'v1alpha1',
        'llminferenceserviceconfigs',
      ),
    ).toBeDefined();
    expect(
      table.forKind('gateway.networking.k8s.io/v1', 'Gateway')?.plural,
    ).toBe('gateways');
    expect(
      table.forKind('gateway.networking.k8s.io/v1', 'GatewayClass')?.namespaced,
    ).toBe(false);
    expect(
      table.forKind('gateway.networking.k8s.io/v1', 'HTTPRoute'),
    ).toBeDefined();
    expect(table.lookup('apps', 'v1', 'deployments')?.builtin).toBe(true);
  });

  it('stores CRD objects and serves CRDs created through the API', async () => {
    const sim = await startClusterSimulator({ crdDirs: [] });
    try {
      const crds = await rawRequest(
        sim,
        'GET',
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
        {
          token: sim.adminToken,
        },
      );
      expect(crds.json.items.map((i: any) => i.metadata.name)).toContain(
        'llminferenceservices.serving.kserve.io',
      );
      const established = (item: any) =>
        item?.status?.conditions?.find((c: any) => c.type === 'Established')
          ?.status;
      expect(crds.json.items.map(established)).not.toContain(undefined);

      const crd = {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'widgets.example.com' },
        spec: {
          group: 'example.com',
          names: { kind: 'Widget', plural: 'widgets' },
          scope: 'Namespaced',
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: { openAPIV3Schema: { type: 'object' } },
            },
          ],
        },
      };
      const created = await rawRequest(
        sim,
        'POST',
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
        {
          token: sim.adminToken,
          body: crd,
        },
      );
      expect(created.status).toBe(201);
      const widget = await clientsFor(sim).custom.createNamespacedCustomObject({
        group: 'example.com',
        version: 'v1',
        plural: 'widgets',
        namespace: 'ns',
        body: {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
        },
      });
      expect(widget.metadata.uid).toEqual(expect.any(String));
      const read = await rawRequest(
        sim,
        'GET',
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com',
        { token: sim.adminToken },
      );
      // the API server reports it Established, as the reachability preflight expects
      expect(established(read.json)).toBe('True');
    } finally {
      await sim.close();
    }
  });

  it('can lack a CRD (--omit-crd) and serve the bundled schemas (--crd-schemas)', async () => {
    const sim = await startClusterSimulator({
      crdSchemas: true,
      omitCrds: [
        'authpolicies.kuadrant.io',
        'llminferenceserviceconfigs.serving.kserve.io',
      ],
    });
    try {
      const names = sim
        .list('apiextensions.k8s.io/v1', 'CustomResourceDefinition')
        .map((crd: any) => crd.metadata.name);
      expect(names).toContain('leaderworkersets.leaderworkerset.x-k8s.io');
      expect(names).not.toContain('authpolicies.kuadrant.io');
      // Omitted from the built-in fallback entries too.
      expect(names).not.toContain(
        'llminferenceserviceconfigs.serving.kserve.io',
      );
      const llmisvc = sim.get(
        'apiextensions.k8s.io/v1',
        'CustomResourceDefinition',
        undefined,
        'llminferenceservices.serving.kserve.io',
      ) as any;
      expect(
        llmisvc.spec.versions.map((v: any) => [
          v.name,
          typeof v.schema.openAPIV3Schema.properties.spec,
        ]),
      ).toEqual([
        ['v1alpha1', 'object'],
        ['v1alpha2', 'object'],
      ]);
    } finally {
      await sim.close();
    }
  });

  it('serves only the built-in entries with crds: none', async () => {
    const sim = await startClusterSimulator({ crds: 'none' });
    try {
      const names = sim
        .list('apiextensions.k8s.io/v1', 'CustomResourceDefinition')
        .map((crd: any) => crd.metadata.name);
      expect(names).toContain('llminferenceservices.serving.kserve.io');
      expect(names).not.toContain('authpolicies.kuadrant.io');
    } finally {
      await sim.close();
    }
  });
});
