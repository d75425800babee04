import {
  gateway,
  sharedValidator,
  SLOW_TEST_TIMEOUT_MS,
} from './__testUtils__/testFixtures';

jest.setTimeout(SLOW_TEST_TIMEOUT_MS);

describe('multi-document helpers', () => {
  const text = [
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tenant-a',
    '# only a comment',
    'apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceService\nmetadata:\n  name: m\n  namespace: tenant-a\n' +
      'spec:\n  model:\n    uri: hf://a/b\n  router:\n    gateway:\n      ref: []',
  ].join('\n---\n');

  it('validateYamlText reports problems per document and skips empty ones', () => {
    expect(sharedValidator().validateYamlText(text)).toEqual({
      valid: false,
      errors: [
        {
          path: 'spec.router.gateway.ref',
          message: 'unknown field "ref"',
          document: 2,
          resource: 'serving.kserve.io/v1alpha1 LLMInferenceService tenant-a/m',
        },
      ],
    });
  });

  it('validateYamlText rejects duplicate keys like strict kubectl', () => {
    const result = sharedValidator().validateYamlText(
      'apiVersion: v1\nkind: Namespace\nkind: Namespace\n',
    );
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toMatch(/^YAML: .*unique/i);
  });

  it('validateAll tags errors with the document index', () => {
    const result = sharedValidator().validateAll([
      gateway('Same'),
      { ...gateway('Same'), spec: {} },
    ]);
    expect(result.errors.map(e => [e.document, e.path])).toEqual([
      [1, 'spec.gatewayClassName'],
      [1, 'spec.listeners'],
    ]);
  });

  it('expectValidManifests passes silently or throws listing every problem', () => {
    expect(() =>
      sharedValidator().expectValidManifests([gateway('Same')]),
    ).not.toThrow();
    expect(() => sharedValidator().expectValidManifests(text)).toThrow(
      '1 manifest problem(s):\n  - #2 serving.kserve.io/v1alpha1 LLMInferenceService tenant-a/m: spec.router.gateway.ref: unknown field "ref"',
    );
  });
});
