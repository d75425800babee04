import { parseModelInput } from '../parseModelInput';
import type { ModelInput, ModelInputRaw } from '../modelInput';
import type { RenderTarget } from '../../renderTarget';
import { validValue } from '../../__testUtils__/parsedInput';

/** Test-only fixtures of the model service renderer. */

/** OpenShift AI 3.x: LLMInferenceService v1alpha1 with the llm-d scheduler v0.2 EPP. */
export const V1ALPHA1: RenderTarget = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: 'scheduler-v0.2',
};

/** v1alpha1 with a newer scheduler image, where the kv-cache-aware and precise-prefix presets exist. */
export const V1ALPHA1_V07: RenderTarget = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: 'scheduler-v0.7',
};

/** Upstream KServe v0.16: v1alpha1, llm-d scheduler v0.2 and the upstream template's camelCase flags. */
export const V1ALPHA1_KSERVE_V016: RenderTarget = {
  llmisvcApiVersion: 'v1alpha1',
  eppDialect: 'scheduler-v0.2',
  schedulerTemplate: 'kserve-v0.16',
};

/** KServe 0.17+: LLMInferenceService v1alpha2 with the llm-d router v0.10 EPP. */
export const V1ALPHA2: RenderTarget = {
  llmisvcApiVersion: 'v1alpha2',
  eppDialect: 'router-v0.10',
};

/** The smallest useful input. */
export const BASIC: ModelInputRaw = {
  name: 'granite-8b',
  namespace: 'team-a',
  owner: 'group:default/team-a',
  model: {
    uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct',
    name: 'ibm-granite/granite-3.3-8b-instruct',
  },
  gateway: { name: 'team-a-gateway', namespace: 'team-a' },
};

/** The brief's example: every option at once. */
export const FULL: ModelInputRaw = {
  name: 'granite-8b',
  namespace: 'team-a',
  displayName: 'Granite 8B',
  owner: 'group:default/team-a',
  model: {
    uri: 'oci://quay.io/redhat-ai-services/modelcar-catalog:llama-3-1-8b',
    name: 'meta-llama/Llama-3.1-8B-Instruct',
  },
  replicas: 2,
  gpusPerReplica: 1,
  tensorParallelSize: 1,
  maxModelLen: 32768,
  vllmArgs: ['--max-num-seqs=64'],
  startupProbe: { preset: 'large-model' },
  gateway: { name: 'team-a-gateway', namespace: 'team-a' },
  auth: { enabled: true },
  routing: { preset: 'default' },
  prefill: { replicas: 2, gpusPerReplica: 1 },
  roce: { networks: 'roce-p2', rdmaResource: 'rdma/roce_gdr' },
  tolerations: 'default',
  dashboard: {
    hardwareProfileName: 'nvidia-gpu-serving',
    hardwareProfileNamespace: 'redhat-ods-applications',
    connection: 'granite-8b',
  },
};

/** Parses an input that must be valid for the target, failing the test with its problems otherwise. */
export function validModel(
  raw: ModelInputRaw | Record<string, unknown>,
  target: RenderTarget,
): ModelInput {
  return validValue(parseModelInput(raw, target));
}

/**
 * Parses an input that is valid by construction but may ask for a routing preset the target's EPP dialect cannot
 * express: that refusal gives `undefined`; any other problem fails the test.
 */
export function modelUnlessPresetInexpressible(
  raw: unknown,
  target: RenderTarget,
): ModelInput | undefined {
  const parsed = parseModelInput(raw, target);
  if (parsed.success) return parsed.value;
  const otherProblems = parsed.problems.filter(
    p =>
      p.field !== 'routing.preset' ||
      !p.message.includes(
        `cannot be expressed in EPP dialect ${target.eppDialect}`,
      ),
  );
  expect(otherProblems).toEqual([]);
  return undefined;
}
