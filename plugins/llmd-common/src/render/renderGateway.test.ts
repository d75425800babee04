// Test-only import of the real CRD validator (node-only, never part of the library).
import { validateManifest } from '@llmd/crd-validator';
import { expectGolden, expectValidRender } from './__testUtils__/expectRender';
import { validValue } from './__testUtils__/parsedInput';
import { yamlDocs } from './__testUtils__/yamlDocs';
import {
  readFixtureObject,
  readFixtureObjects,
} from '../__testUtils__/testFixtures';
import { gatewayInputSchema, type GatewayInput } from './gatewayInput';
import { parseRenderInput } from './inputs/parseRenderInput';
import { renderGateway } from './renderGateway';
import { renderTenant } from './renderTenant';
import { tenantInputSchema } from './tenantInput';

const gateway = (raw: unknown): GatewayInput =>
  validValue(parseRenderInput(gatewayInputSchema, raw));

/*
 * The advanced deployment guide's Gateway examples, as fixtures written for this project and shaped like them
 * (src/test-fixtures/advanced-deployment-guide, or inline below): what the portal renders must be what the guide
 * means, minus the guide's errors.
 */

/** Shaped like the guide's shared Gateway with namespace restrictions (GatewayClass + Gateway, from: Selector). */
const guideRestrictedGateway = () =>
  readFixtureObjects('advanced-deployment-guide/shared-gateway.yaml');

/** Shaped like the guide's HTTPS Gateway: the istio.io/rev label, one HTTPS listener terminating TLS, a Selector. */
const GUIDE_HTTPS_GATEWAY = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: openshift-ai-inference
  namespace: openshift-ingress
  labels:
    istio.io/rev: openshift-gateway
spec:
  gatewayClassName: openshift-ai-inference
  listeners:
    - name: https
      protocol: HTTPS
      port: 443
      hostname: models.apps.cluster.example.org
      tls:
        mode: Terminate
        certificateRefs:
          - group: ''
            kind: Secret
            name: models-gateway-cert
      allowedRoutes:
        namespaces:
          from: Selector
          selector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values:
                  - openshift-ingress
                  - inference-demo
`;

/** Shaped like the guide's per-namespace Gateway: named after the tenant, routes only from its own namespace. */
const GUIDE_TENANT_GATEWAY = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: tenant-blue-gateway
  namespace: tenant-blue
spec:
  gatewayClassName: openshift-ai-inference
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes:
        namespaces:
          from: Same
`;

// Shaped like the guide's reference to the per-tenant Gateway: `ref` is wrong, the field is `refs` (a list).
const guideTenantModel = () =>
  readFixtureObject('advanced-deployment-guide/tenant-model.yaml');

/** The namespaces the restricted Gateway fixtures admit. */
const guideNamespaces = ['openshift-ingress', 'inference-demo'];

describe('renderGateway', () => {
  it('renders a shared Gateway restricted by the opt-in namespace label', () => {
    const result = renderGateway(gateway({}));
    expectValidRender(result);
    expectGolden('gateway-shared-selector', result);
    expect(
      (result.manifests[1] as any).spec.listeners[0].allowedRoutes,
    ).toEqual({
      namespaces: {
        from: 'Selector',
        selector: { matchLabels: { 'llm-d.ai/gateway-access': 'true' } },
      },
    });
  });

  it('renders a shared Gateway restricted to a list of namespaces', () => {
    const result = renderGateway(
      gateway({ allowedNamespaces: { names: ['team-a', 'team-b'] } }),
    );
    expectValidRender(result);
    expectGolden('gateway-shared-names', result);
    expect(
      (result.manifests[1] as any).spec.listeners[0].allowedRoutes.namespaces
        .selector,
    ).toEqual({
      matchExpressions: [
        {
          key: 'kubernetes.io/metadata.name',
          operator: 'In',
          values: ['team-a', 'team-b'],
        },
      ],
    });
  });

  it('renders an HTTPS shared Gateway with extra labels', () => {
    const result = renderGateway(
      gateway({
        name: 'inference',
        namespace: 'openshift-ingress',
        labels: { 'istio.io/rev': 'openshift-gateway' },
        listeners: [
          {
            protocol: 'HTTPS',
            hostname: 'inference.apps.example.com',
            secretName: 'inference-tls',
          },
          {
            protocol: 'HTTPS',
            hostname: '*.inference.apps.example.com',
            secretName: 'inference-wildcard-tls',
          },
        ],
      }),
    );
    expectValidRender(result);
    expectGolden('gateway-shared-https', result);
    expect(result.files.map(f => f.path)).toEqual([
      'platform/gateways/inference/kustomization.yaml',
      'platform/gateways/inference/gatewayclass.yaml',
      'platform/gateways/inference/gateway.yaml',
    ]);
  });

  it('never emits from: All', () => {
    for (const raw of [{}, { allowedNamespaces: { names: ['a'] } }]) {
      const text = renderGateway(gateway(raw))
        .files.map(f => f.content)
        .join('\n');
      expect(text).not.toMatch(/from: All/);
    }
  });
});

describe('the advanced deployment guide', () => {
  it('restricted Gateway example: is what we render for its namespace list', () => {
    const result = renderGateway(
      gateway({ allowedNamespaces: { names: guideNamespaces } }),
    );
    expect(result.manifests).toEqual(guideRestrictedGateway());
  });

  it('HTTPS Gateway example: is what we render for an HTTPS listener with the istio.io/rev label', () => {
    const result = renderGateway(
      gateway({
        labels: { 'istio.io/rev': 'openshift-gateway' },
        allowedNamespaces: { names: guideNamespaces },
        listeners: [
          {
            protocol: 'HTTPS',
            port: 443,
            hostname: 'models.apps.cluster.example.org',
            secretName: 'models-gateway-cert',
          },
        ],
      }),
    );
    expect(result.manifests[1]).toEqual(yamlDocs(GUIDE_HTTPS_GATEWAY)[0]);
  });

  it('per-namespace Gateway example: is the Gateway of a dedicated tenant', () => {
    const tenant = validValue(
      parseRenderInput(tenantInputSchema, {
        namespace: 'tenant-blue',
        owner: 'group:default/tenant-blue',
      }),
    );
    expect(renderTenant(tenant).manifests[1]).toEqual(
      yamlDocs(GUIDE_TENANT_GATEWAY)[0],
    );
  });

  it('per-namespace LLMInferenceService example: router.gateway.ref is rejected by the real CRD', () => {
    const model = guideTenantModel();
    const result = validateManifest(model);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual({
      path: 'spec.router.gateway.ref',
      message: expect.stringContaining('unknown field'),
    });
    expect(
      validateManifest({
        ...model,
        apiVersion: 'serving.kserve.io/v1alpha2',
      }).errors.map(e => e.path),
    ).toContain('spec.router.gateway.ref');

    // The same reference written as the CRD defines it (`refs`), on a model that names its weights, is valid.
    const fixed = {
      ...model,
      spec: {
        model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
        router: {
          gateway: {
            refs: [{ name: 'tenant-blue-gateway', namespace: 'tenant-blue' }],
          },
        },
      },
    };
    expect(validateManifest(fixed).errors).toEqual([]);
  });
});
