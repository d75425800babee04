import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createCrdValidator } from '../createCrdValidator';
import { listFiles, vendorPath } from '../__testUtils__/testFixtures';
import {
  bundledCrdCatalog,
  bundledCrds,
  preferredBundledCrds,
  withBundledCrds,
} from './bundledCrds';
import { stripDescriptions } from './compactSchemas';

jest.setTimeout(60_000);

/** The vendored upstream CRD files the catalog is generated from. */
const vendoredCrdFiles = [
  ...listFiles(vendorPath('crds')),
  ...listFiles(vendorPath('kserve')).filter(f => f.includes('/crd/full/')),
].filter(f => f.endsWith('.yaml'));

describe('bundled CRD catalog', () => {
  it('holds every CRD version the product renders or reads', () => {
    const served = bundledCrds().flatMap(crd =>
      crd.object.spec.versions.map(
        (v: { name: string }) =>
          `${crd.object.spec.group}/${v.name}/${crd.object.spec.names.kind}`,
      ),
    );
    expect(served).toEqual(
      expect.arrayContaining([
        'serving.kserve.io/v1alpha1/LLMInferenceService',
        'serving.kserve.io/v1alpha2/LLMInferenceService',
        'serving.kserve.io/v1alpha1/LLMInferenceServiceConfig',
        'gateway.networking.k8s.io/v1/Gateway',
        'gateway.networking.k8s.io/v1/GatewayClass',
        'gateway.networking.k8s.io/v1/HTTPRoute',
        'gateway.networking.k8s.io/v1beta1/ReferenceGrant',
        'inference.networking.k8s.io/v1/InferencePool',
        'inference.networking.x-k8s.io/v1alpha2/InferencePool',
        'kuadrant.io/v1/AuthPolicy',
        'leaderworkerset.x-k8s.io/v1/LeaderWorkerSet',
        'metallb.io/v1beta1/IPAddressPool',
        'metallb.io/v1beta1/L2Advertisement',
        'metallb.io/v1beta2/BGPPeer',
        'metallb.io/v1beta1/BGPAdvertisement',
        'metallb.io/v1beta1/MetalLB',
        'operators.coreos.com/v1alpha1/Subscription',
        'operators.coreos.com/v1/OperatorGroup',
      ]),
    );
  });

  it('names the upstream repository, commit, path and licence of every CRD', () => {
    for (const crd of bundledCrds()) {
      expect(crd.provenance).toEqual({
        repository: expect.stringMatching(/^https:\/\/github\.com\//),
        ref: expect.any(String),
        commit: expect.stringMatching(/^[0-9a-f]{7,40}$/),
        path: expect.stringMatching(/\.yaml$/),
        licence: 'Apache-2.0',
        blob: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
    }
  });

  it.each(vendoredCrdFiles.map(f => [f.slice(f.indexOf('vendor/')), f]))(
    'keeps every served schema of %s, descriptions aside',
    (_name, file) => {
      const upstream = parseAllDocuments(fs.readFileSync(file, 'utf8'))
        .map(d => d.toJS())
        .filter(d => d?.kind === 'CustomResourceDefinition');
      expect(upstream.length).toBeGreaterThan(0);
      for (const crd of upstream) {
        const bundled = bundledCrds().find(
          b =>
            b.object.metadata.name === crd.metadata.name &&
            path.dirname(file) === vendorPath(b.source),
        );
        const served = crd.spec.versions.filter((v: any) => v.served);
        expect(
          bundled!.object.spec.versions.map((v: any) => [
            v.name,
            v.storage,
            v.schema.openAPIV3Schema,
          ]),
        ).toEqual(
          served.map((v: any) => [
            v.name,
            v.storage,
            stripDescriptions(v.schema.openAPIV3Schema),
          ]),
        );
      }
    },
  );

  it("refuses the advanced deployment guide's router.gateway.ref by schema", () => {
    const validator = createCrdValidator(bundledCrdCatalog());
    const result = validator.validate({
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'LLMInferenceService',
      metadata: { name: 'qwen', namespace: 'team-a' },
      spec: {
        model: { uri: 'hf://Qwen/Qwen3-0.6B' },
        router: { gateway: { ref: { name: 'team-a-gateway' } } },
      },
    });
    expect(result.errors).toContainEqual({
      path: 'spec.router.gateway.ref',
      message: 'unknown field "ref"',
    });
  });

  it('installs one snapshot per CRD, as a cluster does: the one serving most versions', () => {
    const preferred = preferredBundledCrds();
    const names = preferred.map(c => c.object.metadata.name);
    expect(new Set(names).size).toBe(names.length);
    const llmisvc = preferred.find(
      c => c.object.metadata.name === 'llminferenceservices.serving.kserve.io',
    );
    expect(llmisvc?.source).toBe(
      'kserve/upstream-HEAD/config/crd/full/llmisvc',
    );
    expect(
      preferred.find(
        c =>
          c.object.metadata.name ===
          'inferencepools.inference.networking.k8s.io',
      )?.source,
    ).toBe('crds/inference-extension/v1.6.0');
  });

  it('comes last in the lookup order', () => {
    const first = createCrdValidator(
      withBundledCrds([
        {
          find: (group, version, kind) =>
            kind === 'Gateway'
              ? [
                  {
                    group,
                    version,
                    kind,
                    scope: 'Namespaced',
                    source: 'cluster/demo',
                    file: 'cluster/demo/gateways',
                    openAPIV3Schema: { type: 'object' },
                  },
                ]
              : [],
          hasKind: (_group, kind) => kind === 'Gateway',
          listAll: () => [],
          skipped: [],
        },
      ]),
    );
    expect(
      first.listSources('gateway.networking.k8s.io/v1', 'Gateway'),
    ).toEqual(['cluster/demo']);
    expect(first.listSources('kuadrant.io/v1', 'AuthPolicy')).toEqual([
      'bundled/crds/kuadrant',
    ]);
  });
});
