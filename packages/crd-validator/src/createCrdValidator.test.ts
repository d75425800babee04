import {
  gateway,
  llmInferenceService,
  sharedValidator,
  SLOW_TEST_TIMEOUT_MS,
} from './__testUtils__/testFixtures';

jest.setTimeout(SLOW_TEST_TIMEOUT_MS);

const V1ALPHA1 = 'serving.kserve.io/v1alpha1';
const V1ALPHA2 = 'serving.kserve.io/v1alpha2';

describe('seed guide errors', () => {
  it('rejects the per-tenant example that writes router.gateway.ref', () => {
    // The guide's snippet, completed with the required model so that `ref` is the only problem.
    const manifest = llmInferenceService(V1ALPHA1, {
      router: {
        gateway: { ref: [{ name: 'tenant-a-gateway', namespace: 'tenant-a' }] },
      },
    });
    const result = sharedValidator().validate(manifest);
    expect(result).toEqual({
      valid: false,
      errors: [
        { path: 'spec.router.gateway.ref', message: 'unknown field "ref"' },
      ],
    });
  });

  it('accepts the corrected router.gateway.refs', () => {
    const manifest = llmInferenceService(V1ALPHA1, {
      router: {
        gateway: {
          refs: [{ name: 'tenant-a-gateway', namespace: 'tenant-a' }],
        },
      },
    });
    expect(sharedValidator().validate(manifest)).toEqual({
      valid: true,
      errors: [],
    });
  });

  it.each([V1ALPHA1, V1ALPHA2])(
    'rejects router.scheduler.endpointPickerConfig on %s',
    apiVersion => {
      const manifest = llmInferenceService(apiVersion, {
        router: {
          scheduler: {
            endpointPickerConfig:
              'apiVersion: inference.networking.x-k8s.io/v1alpha1',
          },
        },
      });
      expect(sharedValidator().validate(manifest).errors).toEqual([
        {
          path: 'spec.router.scheduler.endpointPickerConfig',
          message: 'unknown field "endpointPickerConfig"',
        },
      ]);
    },
  );
});

describe('API version defaults', () => {
  const inlineConfig = {
    router: {
      scheduler: {
        config: { inline: { plugins: [{ type: 'queue-scorer' }] } },
      },
    },
  };

  it('accepts router.scheduler.config.inline on v1alpha2 (HEAD CRD)', () => {
    expect(
      sharedValidator().validate(llmInferenceService(V1ALPHA2, inlineConfig))
        .valid,
    ).toBe(true);
  });

  it('rejects router.scheduler.config on v1alpha1 (v0.16.0 CRD by default)', () => {
    expect(
      sharedValidator().validate(llmInferenceService(V1ALPHA1, inlineConfig))
        .errors,
    ).toEqual([
      {
        path: 'spec.router.scheduler.config',
        message: 'unknown field "config"',
      },
    ]);
  });

  it('lets the caller pick the HEAD snapshot of v1alpha1, which has gained the field', () => {
    const result = sharedValidator().validate(
      llmInferenceService(V1ALPHA1, inlineConfig),
      { source: 'upstream-HEAD' },
    );
    expect(result.valid).toBe(true);
  });

  it('lists the snapshots serving a kind, default first', () => {
    expect(
      sharedValidator().listSources(V1ALPHA1, 'LLMInferenceService'),
    ).toEqual([
      'bundled/kserve/upstream-v0.16.0/config/crd/full/llmisvc',
      'bundled/kserve/upstream-HEAD/config/crd/full/llmisvc',
    ]);
    expect(
      sharedValidator().listSources(V1ALPHA2, 'LLMInferenceService'),
    ).toEqual(['bundled/kserve/upstream-HEAD/config/crd/full/llmisvc']);
  });

  it('reports an unknown source with the available ones', () => {
    const result = sharedValidator().validate(llmInferenceService(V1ALPHA2), {
      source: 'upstream-v0.16.0',
    });
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toMatch(
      /^no schema for serving\.kserve\.io\/v1alpha2\/LLMInferenceService from source "upstream-v0\.16\.0" \(available: bundled\/kserve\/upstream-HEAD/,
    );
  });
});

describe('strictness', () => {
  it('accepts a Gateway that allows routes from All namespaces (policy is enforced elsewhere)', () => {
    expect(sharedValidator().validate(gateway('All')).valid).toBe(true);
  });

  it('rejects a Gateway with an unknown enum value', () => {
    const { errors } = sharedValidator().validate(gateway('Everywhere'));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe(
      'spec.listeners[0].allowedRoutes.namespaces.from',
    );
    expect(errors[0].message).toMatch(
      /^must be one of "All", "Selector", "Same" \(got "Everywhere"\)$/,
    );
  });

  it('rejects a wrong type', () => {
    expect(
      sharedValidator().validate(
        llmInferenceService(V1ALPHA1, { replicas: 'two' }),
      ).errors,
    ).toEqual([
      { path: 'spec.replicas', message: 'must be integer (got "two")' },
    ]);
  });

  it('rejects an unknown metadata field', () => {
    const manifest = {
      ...llmInferenceService(V1ALPHA1),
      metadata: { name: 'm', namespace: 'a', label: { x: 'y' } },
    };
    expect(sharedValidator().validate(manifest).errors).toEqual([
      { path: 'metadata.label', message: 'unknown field "label"' },
    ]);
  });

  it('checks metadata names, namespaces, labels and annotations', () => {
    const manifest = {
      ...llmInferenceService(V1ALPHA1),
      metadata: {
        name: 'My_Model',
        namespace: 'tenant.a',
        labels: { 'opendatahub.io/dashboard': true, 'bad key!': 'x' },
        annotations: { 'security.opendatahub.io/enable-auth': 'true' },
      },
    };
    const errors = sharedValidator().validate(manifest).errors;
    expect(errors.map(e => e.path)).toEqual([
      'metadata.name',
      'metadata.namespace',
      'metadata.labels["bad key!"]',
      'metadata.labels["opendatahub.io/dashboard"]',
    ]);
    expect(errors[0].message).toMatch(/^must be a DNS-1123 subdomain/);
    expect(errors[1].message).toMatch(/^must be a DNS-1123 label/);
    expect(errors[2].message).toMatch(/^invalid key "bad key!"/);
    expect(errors[3].message).toBe('must be string (got true)');
  });

  it('requires apiVersion and kind to match the schema', () => {
    const manifest = { ...gateway('Same'), extra: 1 };
    expect(sharedValidator().validate(manifest).errors).toEqual([
      { path: 'extra', message: 'unknown field "extra"' },
    ]);
  });

  it('honours x-kubernetes-int-or-string', () => {
    const withPort = (port: unknown) =>
      llmInferenceService(V1ALPHA1, {
        template: {
          containers: [
            {
              name: 'main',
              ports: [{ containerPort: 8000 }],
              readinessProbe: { httpGet: { port } },
            },
          ],
        },
      });
    expect(sharedValidator().validate(withPort(8000)).valid).toBe(true);
    expect(sharedValidator().validate(withPort('http')).valid).toBe(true);
    expect(sharedValidator().validate(withPort(true)).errors).toEqual([
      {
        path: 'spec.template.containers[0].readinessProbe.httpGet.port',
        message: 'must be integer or string (got true)',
      },
    ]);
  });

  it('reports missing required fields with their path', () => {
    // spec.model itself is optional (baseRefs may supply it) but model.uri is required.
    const manifest = {
      ...llmInferenceService(V1ALPHA1),
      spec: { model: { name: 'm' } },
    };
    expect(sharedValidator().validate(manifest).errors).toEqual([
      { path: 'spec.model.uri', message: 'missing required field "uri"' },
    ]);
  });

  it('prunes null fields like the API server, then still requires required ones', () => {
    const manifest = {
      ...llmInferenceService(V1ALPHA1),
      spec: { model: { uri: null }, replicas: null },
    };
    expect(sharedValidator().validate(manifest).errors).toEqual([
      { path: 'spec.model.uri', message: 'missing required field "uri"' },
    ]);
  });
});
