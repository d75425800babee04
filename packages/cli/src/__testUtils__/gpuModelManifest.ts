/** A minimal LLMInferenceService team-a/m as YAML, its one container asking for `gpus` GPUs. */
export function gpuModelManifest(gpus: number): string {
  return [
    'apiVersion: serving.kserve.io/v1alpha1',
    'kind: LLMInferenceService',
    'metadata: { name: m, namespace: team-a }',
    'spec:',
    '  model: { uri: "hf://ibm-granite/granite-3.3-8b-instruct" }',
    '  template:',
    '    containers:',
    '      - name: main',
    `        resources: { limits: { nvidia.com/gpu: "${gpus}" } }`,
    '',
  ].join('\n');
}
