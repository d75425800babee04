import { renderFromInput, type RenderKind } from '../render/renderFromInput';
import { DEFAULT_RENDER_TARGET } from '../render/renderTarget';
import { describeGitopsChange } from './describeGitopsChange';

function change(kind: RenderKind, input: Record<string, unknown>) {
  const outcome = renderFromInput(kind, input);
  if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
  return describeGitopsChange(
    kind,
    input,
    outcome.result,
    DEFAULT_RENDER_TARGET,
  );
}

describe('describeGitopsChange', () => {
  it.each([
    [
      'model',
      {
        name: 'granite-8b',
        namespace: 'team-a',
        owner: 'group:default/team-a',
        model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
      },
      'llmd/model/team-a/granite-8b',
      'llm-d: model service team-a/granite-8b',
      ['tenants/team-a/models/granite-8b'],
    ],
    [
      'tenant',
      { namespace: 'team-b', owner: 'group:default/team-b' },
      'llmd/tenant/team-b/team-b',
      'llm-d: tenant team-b',
      ['tenants/team-b/base'],
    ],
    [
      'gateway',
      {},
      'llmd/gateway/openshift-ingress/openshift-ai-inference',
      'llm-d: shared inference Gateway openshift-ingress/openshift-ai-inference',
      ['platform/gateways/openshift-ai-inference'],
    ],
    [
      'metallb',
      { addresses: ['10.0.0.0/28'] },
      'llmd/metallb/metallb-system/llm-d-pool',
      'llm-d: MetalLB load balancing metallb-system/llm-d-pool',
      ['platform/metallb/instance', 'platform/metallb/operator'],
    ],
  ] as const)(
    'names the %s branch deterministically and lists its units',
    (kind, input, branchName, title, units) => {
      const first = change(kind, input);
      expect(first).toEqual(
        expect.objectContaining({ branchName, title, units }),
      );
      // Same unit, same branch: a re-run updates it.
      expect(change(kind, input).branchName).toBe(first.branchName);
    },
  );

  it('describes the change for a reviewer: target, files, inputs and checklist', () => {
    const { summary } = change('model', {
      name: 'granite-8b',
      namespace: 'team-a',
      owner: 'group:default/team-a',
      model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
      prefill: { replicas: 1 },
    });
    expect(summary).toContain(
      'adds or replaces only `tenants/team-a/models/granite-8b/`',
    );
    expect(summary).toContain(
      'Target: `LLMInferenceService` v1alpha1, EPP dialect `scheduler-v0.2`.',
    );
    expect(summary).toContain(
      '- `tenants/team-a/models/granite-8b/llminferenceservice.yaml`',
    );
    expect(summary).toContain('```yaml\nname: granite-8b\n');
    expect(summary).toContain(
      '- [ ] The model URI points at an approved registry.',
    );
  });
});
