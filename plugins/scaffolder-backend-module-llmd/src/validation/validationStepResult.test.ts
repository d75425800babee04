import type { GitopsValidation } from '@llmd/plugin-llmd-common';
import {
  schemaSourcesLine,
  validationFailure,
  validationStepOutputs,
} from './validationStepResult';

const validation: GitopsValidation = {
  valid: false,
  problems: [
    {
      file: 'tenants/a/models/m/llminferenceservice.yaml',
      path: 'spec.replicas',
      message: 'must be integer',
      severity: 'error',
      check: 'schema',
    },
    {
      file: 'tenants/a/models/m/llminferenceservice.yaml',
      path: 'metadata.annotations',
      message: 'owner missing',
      severity: 'warning',
      check: 'policy',
      rule: 'owner-required',
    },
  ],
  manifestCount: 1,
  schemaCheckedCount: 1,
  fileCount: 1,
  schemaSources: {
    'v1 ServiceAccount': 'core',
    'serving.kserve.io/v1alpha1 LLMInferenceService': 'bundled (kserve)',
  },
};

describe('validationStepResult', () => {
  it('names the schema of every kind, sorted', () => {
    expect(schemaSourcesLine(validation)).toBe(
      'serving.kserve.io/v1alpha1 LLMInferenceService ← bundled (kserve); v1 ServiceAccount ← core',
    );
    expect(schemaSourcesLine({ ...validation, schemaSources: {} })).toBe('');
  });

  it('outputs every problem, with the rule only where there is one', () => {
    const outputs = validationStepOutputs(validation);
    expect(outputs.valid).toBe(false);
    expect(outputs.schemaSources).toBe(validation.schemaSources);
    expect(outputs.problems).toEqual([
      {
        file: 'tenants/a/models/m/llminferenceservice.yaml',
        path: 'spec.replicas',
        message: 'must be integer',
        severity: 'error',
        check: 'schema',
      },
      {
        file: 'tenants/a/models/m/llminferenceservice.yaml',
        path: 'metadata.annotations',
        message: 'owner missing',
        severity: 'warning',
        check: 'policy',
        rule: 'owner-required',
      },
    ]);
    expect(outputs.report).toContain('must be integer');
  });

  it('fails with the errors only, then the schema sources', () => {
    const error = validationFailure(validation);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(
      /^Validation failed with 1 error\(s\):\n {2}/,
    );
    expect(error.message).toContain('must be integer');
    expect(error.message).not.toContain('owner missing');
    expect(error.message).toMatch(/\nSchemas: serving\.kserve\.io.*← core$/);
  });
});
