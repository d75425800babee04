import fs from 'node:fs';
import path from 'node:path';
import { expectGolden, expectValidRender } from './__testUtils__/expectRender';
import { validValue } from './__testUtils__/parsedInput';
import { parseRenderInput } from './inputs/parseRenderInput';
import { renderTenant } from './renderTenant';
import { tenantInputSchema, type TenantInput } from './tenantInput';

const tenant = (raw: unknown): TenantInput =>
  validValue(parseRenderInput(tenantInputSchema, raw));

const teamA = {
  namespace: 'team-a',
  owner: 'group:default/team-a',
  displayName: 'Team A',
};

const EXAMPLE_BASE = path.resolve(
  // The example GitOps repo sits at the repository root.
  __dirname,
  '../../../../examples/gitops/tenants/team-a/base',
);

describe('renderTenant', () => {
  it('renders a dedicated HTTP tenant exactly like the example GitOps repo', () => {
    const result = renderTenant(tenant(teamA));
    expectValidRender(result);
    expectGolden('tenant-dedicated-http', result);
    for (const file of result.files) {
      expect(`${file.path}\n${file.content}`).toBe(
        `${file.path}\n${fs.readFileSync(
          path.join(EXAMPLE_BASE, path.basename(file.path)),
          'utf8',
        )}`,
      );
    }
    expect(result.files.map(f => f.path)).toEqual([
      'tenants/team-a/base/kustomization.yaml',
      'tenants/team-a/base/namespace.yaml',
      'tenants/team-a/base/gateway.yaml',
    ]);
  });

  it('renders a dedicated HTTP + HTTPS tenant', () => {
    const result = renderTenant(
      tenant({
        ...teamA,
        namespace: 'team-b',
        owner: 'group:default/team-b',
        displayName: 'Team B — inference',
        gateway: {
          mode: 'dedicated',
          className: 'openshift-ai-inference',
          listeners: [
            { protocol: 'HTTP', port: 80 },
            {
              protocol: 'HTTPS',
              port: 443,
              hostname: 'team-b.apps.example.com',
              secretName: 'team-b-tls',
            },
            { protocol: 'HTTP', port: 8080 },
          ],
        },
      }),
    );
    expectValidRender(result);
    expectGolden('tenant-dedicated-https', result);
    const gateway = result.manifests[1] as any;
    expect(gateway.spec.listeners.map((l: any) => l.name)).toEqual([
      'http',
      'https',
      'http-8080',
    ]);
    expect(gateway.spec.listeners[1].tls).toEqual({
      mode: 'Terminate',
      certificateRefs: [{ group: '', kind: 'Secret', name: 'team-b-tls' }],
    });
  });

  it('renders a shared-mode tenant: no Gateway, the opt-in label on the Namespace', () => {
    const result = renderTenant(
      tenant({ ...teamA, namespace: 'team-c', gateway: { mode: 'shared' } }),
    );
    expectValidRender(result);
    expectGolden('tenant-shared', result);
    expect(result.manifests).toHaveLength(1);
    expect(result.manifests[0].metadata).toEqual({
      name: 'team-c',
      labels: {
        'llm-d.ai/gateway-access': 'true',
        'opendatahub.io/dashboard': 'true',
      },
      annotations: {
        'backstage.io/owner': 'group:default/team-a',
        'openshift.io/display-name': 'Team A',
      },
    });
  });

  it('uses the shared Gateway selector label given by the platform', () => {
    const result = renderTenant(
      tenant({
        ...teamA,
        gateway: {
          mode: 'shared',
          sharedGateway: {
            name: 'inference',
            namespace: 'gateways',
            selectorLabel: 'example.com/inference',
          },
        },
      }),
    );
    expectValidRender(result);
    expect(result.manifests[0].metadata).toMatchObject({
      labels: { 'example.com/inference': 'true' },
    });
    expect(result.files[1].content).toContain(
      '# The example.com/inference label lets its routes attach to the shared Gateway gateways/inference.',
    );
  });

  it('omits the display name annotation when there is none', () => {
    const result = renderTenant(
      tenant({ namespace: 'team-d', owner: 'user:default/jane' }),
    );
    expectValidRender(result);
    expect(result.manifests[0].metadata).toEqual({
      name: 'team-d',
      labels: { 'opendatahub.io/dashboard': 'true' },
      annotations: { 'backstage.io/owner': 'user:default/jane' },
    });
  });

  it('is deterministic and never lets all namespaces attach', () => {
    const input = tenant({
      ...teamA,
      gateway: {
        listeners: [
          {
            protocol: 'HTTPS',
            hostname: '*.apps.example.com',
            secretName: 'w',
          },
          {
            protocol: 'HTTPS',
            hostname: 'a.apps.example.com',
            secretName: 'a',
          },
        ],
      },
    });
    const first = renderTenant(input);
    expect(renderTenant(input)).toEqual(first);
    expectValidRender(first);
    expect(first.files.map(f => f.content).join('')).not.toMatch(/from: All/);
    expect(
      (first.manifests[1] as any).spec.listeners.map((l: any) => l.name),
    ).toEqual(['https-wildcard-apps-example-com', 'https-a-apps-example-com']);
  });
});
