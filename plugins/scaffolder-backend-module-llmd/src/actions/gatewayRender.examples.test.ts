import { examplesOf } from '../__testUtils__/actionExamples';
import { renderExampleRunner } from '../__testUtils__/renderExampleRun';
import { createGatewayRenderAction } from './gatewayRender';

describe('llmd:gateway:render examples', () => {
  const { action, run, text } = renderExampleRunner(createGatewayRenderAction);
  const [shared] = examplesOf(action);

  it('documents one example, run below', () => {
    expect(examplesOf(action)).toHaveLength(1);
  });

  it(`renders "${shared[0]}": a GatewayClass and a Gateway admitting labelled namespaces`, async () => {
    const outputs = await run(shared[1]);
    const dir = 'platform/gateways/openshift-ai-inference';
    expect(outputs).toMatchObject({
      branchName: 'llmd/gateway/openshift-ingress/openshift-ai-inference',
      units: [dir],
    });
    expect(outputs.files).toEqual([
      `${dir}/kustomization.yaml`,
      `${dir}/gatewayclass.yaml`,
      `${dir}/gateway.yaml`,
    ]);
    expect(text(`${dir}/gateway.yaml`)).toContain('llm-d.ai/gateway-access');
  });
});
