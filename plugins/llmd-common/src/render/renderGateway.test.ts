// Test-only import of the real CRD validator (node-only, never part of the library).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { validateManifest } from '@llmd/crd-validator';
import { expectGolden, expectValidRender } from './__testUtils__/expectRender';
import { validValue } from './__testUtils__/parsedInput';
import { yamlDocs } from './__testUtils__/yamlDocs';
import { gatewayInputSchema, type GatewayInput } from './gatewayInput';
import { parseRenderInput } from './inputs/parseRenderInput';
import { renderGateway } from './renderGateway';
import { renderTenant } from './renderTenant';
import { tenantInputSchema } from './tenantInput';

const gateway = (raw: unknown): GatewayInput =>
  validValue(parseRenderInput(gatewayInputSchema, raw));

/*
 * Examples from the advanced deployment guide (shared/seed/advanced-deployment-guide.md), copied as test data: what
 * the portal renders must be what the guide means, minus the guide's errors.
 */
const GUIDE_RESTRICTED_GATEWAY = `
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: openshift-ai-inference
spec:
  controllerName: openshift.io/gateway-controller/v1
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: openshift-ai-inference
  namespace: openshift-ingress
spec:
  gatewayClassName: openshift-ai-inference
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      allowedRoutes:
        namespaces:
          from: Selector
          selector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values:
                  - openshift-ingress
                  - redhat-ods-applications
                  - demo-llm  # Add your namespaces here
`;

const GUIDE_HTTPS_GATEWAY = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  labels:
    istio.io/rev: openshift-gateway
  name: openshift-ai-inference
  namespace: openshift-ingress
spec:
  gatewayClassName: openshift-ai-inference
  listeners:
    - name: https
      port: 443
      protocol: HTTPS
      hostname: inference-gateway.apps.example.com
      allowedRoutes:
        namespaces:
          from: Selector
          selector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values:
                  - openshift-ingress
                  - redhat-ods-applications
                  - demo-llm
      tls:
        mode: Terminate
        certificateRefs:
          - group: ''
            kind: Secret
            name: gateway-tls-secret
`;

const GUIDE_TENANT_GATEWAY = `
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: tenant-a-gateway
  namespace: tenant-a
spec:
  gatewayClassName: openshift-ai-inference
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      allowedRoutes:
        namespaces:
          from: Same
`;

// The guide's reference to the per-tenant Gateway: `ref` is wrong, the field is `refs` (a list).
const GUIDE_TENANT_MODEL = `
apiVersion: serving.kserve.io/v1alpha1
kind: LLMInferenceService
metadata:
  name: my-model
  namespace: tenant-a
spec:
  router:
    gateway:
      ref:
        - name: tenant-a-gateway
          namespace: tenant-a
`;

const guideNamespaces = [
  'openshift-ingress',
  'redhat-ods-applications',
  'demo-llm',
];

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
    expect(result.manifests).toEqual(yamlDocs(GUIDE_RESTRICTED_GATEWAY));
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
            hostname: 'inference-gateway.apps.example.com',
            secretName: 'gateway-tls-secret',
          },
        ],
      }),
    );
    expect(result.manifests[1]).toEqual(yamlDocs(GUIDE_HTTPS_GATEWAY)[0]);
  });

  it('per-namespace Gateway example: is the Gateway of a dedicated tenant', () => {
    const tenant = validValue(
      parseRenderInput(tenantInputSchema, {
        namespace: 'tenant-a',
        owner: 'group:default/tenant-a',
      }),
    );
    expect(renderTenant(tenant).manifests[1]).toEqual(
      yamlDocs(GUIDE_TENANT_GATEWAY)[0],
    );
  });

  it('per-namespace LLMInferenceService example: router.gateway.ref is rejected by the real CRD', () => {
    const [model] = yamlDocs(GUIDE_TENANT_MODEL);
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
            refs: [{ name: 'tenant-a-gateway', namespace: 'tenant-a' }],
          },
        },
      },
    };
    expect(validateManifest(fixed).errors).toEqual([]);
  });
});
