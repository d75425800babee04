import { examplesOf } from '../__testUtils__/actionExamples';
import { renderExampleRunner } from '../__testUtils__/renderExampleRun';
import { createModelRenderAction } from './modelRender';

describe('llmd:model:render examples', () => {
  const { action, run, text } = renderExampleRunner(createModelRenderAction);
  const [granite, prefillDecode] = examplesOf(action);

  it('documents two examples, run below', () => {
    expect(examplesOf(action)).toHaveLength(2);
  });

  it(`renders "${granite[0]}" for the configured target`, async () => {
    const dir = 'tenants/team-a/models/granite-8b';
    const outputs = await run(granite[1]);
    expect(outputs).toMatchObject({
      branchName: 'llmd/model/team-a/granite-8b',
      units: [dir],
      title: 'llm-d: model service team-a/granite-8b',
    });
    expect(outputs.files).toEqual([
      `${dir}/kustomization.yaml`,
      `${dir}/llminferenceservice.yaml`,
      `${dir}/access.yaml`,
    ]);
    const llmisvc = text(`${dir}/llminferenceservice.yaml`);
    expect(llmisvc).toContain('serving.kserve.io/v1alpha1');
    expect(llmisvc).toContain('replicas: 2');
    expect(llmisvc).toContain('name: team-a-gateway');
  });

  it(`renders "${prefillDecode[0]}" for the step's own target`, async () => {
    const dir = 'tenants/team-a/models/llama-pd';
    const outputs = await run(prefillDecode[1]);
    expect(outputs).toMatchObject({
      branchName: 'llmd/model/team-a/llama-pd',
      units: [dir],
    });
    const llmisvc = text(`${dir}/llminferenceservice.yaml`);
    expect(llmisvc).toContain('serving.kserve.io/v1alpha2');
    expect(llmisvc).toContain('prefill:');
    expect(llmisvc).toContain('roce-p2');
  });
});
