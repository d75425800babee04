import {
  EXAMPLES_GITOPS,
  guideSharedGateway,
  MODEL_INPUT,
  playbookConfigTextModel,
  playbookSharedGateway,
  readTreeObjects,
  rendered,
} from '../__testUtils__/policyFixtures';
import {
  evaluatePolicy,
  evaluatePolicyPerObject,
  hasPolicyDenials,
} from './evaluatePolicy';
import type { LlmdPolicy } from './llmdPolicy';
import { RECOMMENDED_LLMD_POLICY } from './recommendedPolicy';

const summary = (findings: ReturnType<typeof evaluatePolicy>) =>
  findings.map(
    f =>
      `${f.severity} ${f.rule} ${f.object.kind} ${f.object.namespace ?? ''}/${
        f.object.name
      } ${f.path}`,
  );

describe('evaluatePolicy', () => {
  it('passes every deny rule of the sample policy over the demo GitOps tree, with these warnings', () => {
    const objects = readTreeObjects(EXAMPLES_GITOPS).map(o => o.object);
    const findings = evaluatePolicy(objects, RECOMMENDED_LLMD_POLICY, {
      eppDialect: 'scheduler-v0.2',
    });
    expect(hasPolicyDenials(findings)).toBe(false);
    // The demo targets OpenShift AI 3.x (scheduler v0.2, plain HTTP Gateways) and its P/D model has no RoCE. Both
    // models carry a v0.2 config: v0.2 cannot start without one (DIALECT-FACTS Part 2), so `default` writes it.
    expect(summary(findings)).toEqual([
      'warn require-https Gateway openshift-ingress/openshift-ai-inference spec.listeners',
      'warn require-https Gateway team-a/team-a-gateway spec.listeners',
      'warn epp-dialect-allowed LLMInferenceService team-a/granite-8b spec.router.scheduler.template.containers[0].args[18]',
      'warn epp-dialect-allowed LLMInferenceService team-a/llama-3-1-8b-pd spec.router.scheduler.template.containers[0].args[18]',
      'warn pd-requires-roce LLMInferenceService team-a/llama-3-1-8b-pd metadata.annotations["k8s.v1.cni.cncf.io/networks"]',
    ]);
  });

  it("flags a shared Gateway open to all namespaces (the playbook's), not the advanced deployment guide's Selector", () => {
    const gatewayOnly: LlmdPolicy = {
      rules: { 'gateway-from-all': { severity: 'deny' } },
      overrides: [],
    };
    // fixtures shaped like the playbook's and the guide's shared Gateways (src/test-fixtures)
    const playbook = playbookSharedGateway();
    expect(summary(evaluatePolicy(playbook, gatewayOnly))).toEqual([
      'deny gateway-from-all Gateway openshift-ingress/openshift-ai-inference spec.listeners[0].allowedRoutes.namespaces.from',
    ]);
    // The guide's Gateway with namespace restrictions: from: Selector passes; switched to All it is denied.
    const sharedBlock = guideSharedGateway();
    expect(
      sharedBlock.some(
        o =>
          o.kind === 'Gateway' && o.metadata.namespace === 'openshift-ingress',
      ),
    ).toBe(true);
    expect(evaluatePolicy(sharedBlock, gatewayOnly)).toEqual([]);
    const openToAll = JSON.parse(
      JSON.stringify(sharedBlock).replace('"from":"Selector"', '"from":"All"'),
    );
    expect(summary(evaluatePolicy(openToAll, gatewayOnly))).toEqual([
      'deny gateway-from-all Gateway openshift-ingress/openshift-ai-inference spec.listeners[0].allowedRoutes.namespaces.from',
    ]);
  });

  it("reports the playbook's models by rule id", () => {
    // shaped like the playbook's intelligent-inference model (src/test-fixtures)
    const model = playbookConfigTextModel();
    expect(
      summary(evaluatePolicy(model, RECOMMENDED_LLMD_POLICY)).map(line =>
        line.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual([
      'deny model-uri-allowed',
      // its EPP config, passed with the older --configText flag, is for the v0.2 scheduler: not allowed
      'warn epp-dialect-allowed',
      'warn dashboard-label',
      'warn dashboard-label',
      'deny owner-required',
    ]);
  });

  it('applies the overrides of the object’s namespace', () => {
    const big = rendered('model', {
      ...MODEL_INPUT,
      replicas: 8,
      gpusPerReplica: 4,
    });
    const research = {
      ...big,
      metadata: { ...big.metadata, namespace: 'team-research' },
    };
    const findings = evaluatePolicy([big, research], RECOMMENDED_LLMD_POLICY);
    // the rendered default routing carries a scheduler-v0.2 config (v0.2 has no built-in default), which the
    // recommended policy warns about
    expect(summary(findings)).toEqual([
      'deny max-gpus-per-model LLMInferenceService team-a/granite-8b spec.replicas',
      'warn epp-dialect-allowed LLMInferenceService team-a/granite-8b spec.router.scheduler.template.containers[0].args[18]',
      'warn epp-dialect-allowed LLMInferenceService team-research/granite-8b spec.router.scheduler.template.containers[0].args[18]',
    ]);
  });

  it('skips rules set to off, and values that are not Kubernetes objects', () => {
    const off: LlmdPolicy = {
      rules: { 'require-auth': { severity: 'off' } },
      overrides: [],
    };
    const open = rendered('model', {
      ...MODEL_INPUT,
      auth: { enabled: false },
    });
    expect(evaluatePolicy([open], off)).toEqual([]);
    const values = [
      null,
      'text',
      [],
      { kind: 'Kustomization' },
      { metadata: { name: 'x' } },
      open,
    ];
    const perObject = evaluatePolicyPerObject(values, RECOMMENDED_LLMD_POLICY);
    // the model: require-auth, and epp-dialect-allowed for the v0.2 config its default routing carries
    expect(perObject.map(f => f.length)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(perObject[5].map(f => f.rule).sort()).toEqual([
      'epp-dialect-allowed',
      'require-auth',
    ]);
    expect(perObject[5].find(f => f.rule === 'require-auth')).toMatchObject({
      rule: 'require-auth',
      object: {
        apiVersion: 'serving.kserve.io/v1alpha1',
        kind: 'LLMInferenceService',
        namespace: 'team-a',
        name: 'granite-8b',
      },
    });
  });
});
