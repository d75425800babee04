import { examplesOf } from '../__testUtils__/actionExamples';
import { renderExampleRunner } from '../__testUtils__/renderExampleRun';
import { createTenantRenderAction } from './tenantRender';

describe('llmd:tenant:render examples', () => {
  const { action, run, text } = renderExampleRunner(createTenantRenderAction);
  const [dedicated, shared] = examplesOf(action);

  it('documents two examples, run below', () => {
    expect(examplesOf(action)).toHaveLength(2);
  });

  it(`renders "${dedicated[0]}": the namespace with its own Gateway`, async () => {
    const outputs = await run(dedicated[1]);
    expect(outputs).toMatchObject({
      branchName: 'llmd/tenant/team-a/team-a',
      units: ['tenants/team-a/base'],
      title: 'llm-d: tenant team-a',
    });
    expect(outputs.files).toEqual([
      'tenants/team-a/base/kustomization.yaml',
      'tenants/team-a/base/namespace.yaml',
      'tenants/team-a/base/gateway.yaml',
    ]);
    expect(text('tenants/team-a/base/gateway.yaml')).toContain('from: Same');
  });

  it(`renders "${shared[0]}": the namespace only, labelled for the shared Gateway`, async () => {
    const outputs = await run(shared[1]);
    expect(outputs).toMatchObject({
      branchName: 'llmd/tenant/team-b/team-b',
      units: ['tenants/team-b/base'],
    });
    expect(outputs.files).toEqual([
      'tenants/team-b/base/kustomization.yaml',
      'tenants/team-b/base/namespace.yaml',
    ]);
    expect(text('tenants/team-b/base/namespace.yaml')).toContain(
      'llm-d.ai/gateway-access',
    );
  });
});
