import { tenantsOfChange } from './tenantsOfChange';

describe('tenantsOfChange', () => {
  it('collects tenant directories, object namespaces, Namespace names and Kustomization namespaces', () => {
    expect(
      tenantsOfChange([
        {
          path: 'tenants/team-a/models/m/llminferenceservice.yaml',
          content:
            'kind: LLMInferenceService\nmetadata: { name: m, namespace: research }\n',
        },
        {
          path: 'tenants/team-a/models/m/kustomization.yaml',
          content:
            'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: finance\n',
        },
        {
          path: 'tenants/new/base/namespace.yaml',
          content: 'kind: Namespace\nmetadata: { name: newer }\n',
        },
        {
          path: 'shared/gateway.yaml',
          content:
            'kind: Gateway\nmetadata: { name: g, namespace: shared-gw }\n---\nkind: ClusterRole\nmetadata: { name: r }\n',
        },
      ]),
    ).toEqual(['finance', 'new', 'newer', 'research', 'shared-gw', 'team-a']);
  });

  it('skips documents that do not parse or name no namespace', () => {
    expect(
      tenantsOfChange([
        { path: 'x.yaml', content: 'kind: [\n' },
        { path: 'y.yaml', content: 'kind: Secret\nmetadata: {}\n' },
      ]),
    ).toEqual([]);
  });
});
