/**
 * A model manifest shaped like the advanced deployment guide's (hand-written, not copied): its Gateway under the
 * wrong field `spec.router.gateway.ref`, which the LLMInferenceService schema refuses (`refs` is right).
 */
export function guideShapedModelYaml(
  options: { namespace?: string; name?: string; modelUri?: string } = {},
): string {
  const { namespace = 'team-a', name = 'guide-model' } = options;
  const uri = options.modelUri ?? 'hf://ibm-granite/granite-3.3-8b-instruct';
  return [
    'apiVersion: serving.kserve.io/v1alpha1',
    'kind: LLMInferenceService',
    `metadata: { name: ${name}, namespace: ${namespace} }`,
    'spec:',
    `  model: { uri: "${uri}" }`,
    '  router:',
    '    gateway:',
    `      ref: { name: ${namespace}-gateway, namespace: ${namespace} }`,
    '',
  ].join('\n');
}

/**
 * A copy of a Software Template with one `fetch:plain` step inserted before its `validate` step, copying the dry
 * run's `directoryContents` folder `dir` into the workspace: how a test puts extra files in front of validation.
 */
export function withFilesBeforeValidate<
  T extends { spec: { steps: { id?: string }[] } },
>(template: T, dir = './guide'): T {
  const copy = structuredClone(template);
  const at = copy.spec.steps.findIndex(step => step.id === 'validate');
  if (at < 0) throw new Error('the template has no step with id validate');
  copy.spec.steps.splice(at, 0, {
    id: 'extra-files',
    name: 'Add files before validation',
    action: 'fetch:plain',
    input: { url: dir },
  } as { id: string });
  return copy;
}

/**
 * About 1 MB of YAML: `head` followed by `count` distinct top-level keys — the shape that made quadratic
 * duplicate-key checks stall (issue 22).
 */
export function manyKeysYaml(head: string, count = 13_500): string {
  const keys = Array.from(
    { length: count },
    (_, i) => `k${String(i).padStart(7, '0')}: ${'x'.repeat(66)}`,
  );
  return `${head}${keys.join('\n')}\n`;
}

/** An LLMInferenceService whose scheduler gets `configText` through `--config-text`. */
export function modelWithConfigText(
  namespace: string,
  name: string,
  configText: string,
): object {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { name, namespace },
    spec: {
      model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
      router: {
        route: {},
        scheduler: {
          template: {
            containers: [{ name: 'main', args: ['--config-text', configText] }],
          },
        },
      },
    },
  };
}
