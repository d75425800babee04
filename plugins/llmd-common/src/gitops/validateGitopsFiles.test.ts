import { stringify } from 'yaml';
import { renderFromInput } from '../render/renderFromInput';
import {
  formatGitopsProblem,
  formatValidationReport,
} from './formatValidationReport';
import type { ManifestSchemaCheck } from './gitopsValidation';
import { validateGitopsFiles } from './validateGitopsFiles';

// A stand-in for the CRD validator: knows LLMInferenceService and refuses `spec.router.gateway.ref`.
const checkSchema: ManifestSchemaCheck = manifest => {
  const doc = manifest as { kind?: string; spec?: any };
  if (doc.kind === 'Widget')
    return { checked: false, reason: 'no CRD for Widget' };
  return doc.spec?.router?.gateway?.ref
    ? {
        checked: true,
        errors: [
          { path: 'spec.router.gateway', message: 'unknown field "ref"' },
        ],
      }
    : { checked: true, errors: [] };
};

function modelFiles(input: Record<string, unknown> = {}) {
  const outcome = renderFromInput('model', {
    name: 'm',
    namespace: 'team-a',
    owner: 'group:default/team-a',
    model: { uri: 'hf://ibm-granite/granite-3.3-8b-instruct' },
    ...input,
  });
  if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
  return outcome.result.files;
}

describe('validateGitopsFiles', () => {
  const options = { checkSchema, eppDialect: 'scheduler-v0.2' as const };

  it('passes rendered files, skipping kustomize files, and says so in the report', () => {
    const result = validateGitopsFiles(
      modelFiles({ prefill: { replicas: 1 } }),
      options,
    );
    expect(result).toEqual(
      expect.objectContaining({
        valid: true,
        problems: [],
        manifestCount: 4,
        fileCount: 3,
      }),
    );
    expect(formatValidationReport(result)).toMatch(
      /^### Validation\n\n✅ 4 manifests in 3 files passed/,
    );
  });

  it('reports schema errors with file, document, resource and path', () => {
    const files = [
      ...modelFiles(),
      {
        path: 'x/two.yaml',
        content: `${stringify({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'a' },
        })}---\n${stringify({
          apiVersion: 'serving.kserve.io/v1alpha1',
          kind: 'LLMInferenceService',
          metadata: { name: 'b', namespace: 'ns' },
          spec: {
            model: { uri: 'hf://x/y' },
            router: { gateway: { ref: { name: 'g' } } },
          },
        })}`,
      },
    ];
    const result = validateGitopsFiles(files, options);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      {
        file: 'x/two.yaml',
        document: 1,
        resource: 'LLMInferenceService ns/b',
        path: 'spec.router.gateway',
        message: 'unknown field "ref"',
        severity: 'error',
        check: 'schema',
      },
    ]);
    const report = formatValidationReport(result);
    expect(report).toContain('❌ 1 error(s)');
    expect(report).toContain(
      '| `x/two.yaml` (document 2) LLMInferenceService ns/b `spec.router.gateway` | schema | unknown field "ref" |',
    );
  });

  it('lints EPP configs of LLMInferenceServices for the dialect', () => {
    const broken = modelFiles({ prefill: { replicas: 1 } }).map(file => ({
      ...file,
      content: file.content.replace('parameters:', 'config:'),
    }));
    const result = validateGitopsFiles(broken, options);
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toEqual(
      expect.objectContaining({
        check: 'epp',
        severity: 'error',
        resource: 'LLMInferenceService team-a/m',
      }),
    );
    expect(result.problems[0].message).toMatch(
      /^EPP config \(scheduler-v0\.2\) \[/,
    );
  });

  it('warns about kinds without a schema and refuses YAML that does not parse or is no manifest', () => {
    const result = validateGitopsFiles(
      [
        {
          path: 'w.yaml',
          content: stringify({
            apiVersion: 'example.com/v1',
            kind: 'Widget',
            metadata: { name: 'w' },
          }),
        },
        { path: 'broken.yaml', content: 'a: [1,\n' },
        { path: 'list.yaml', content: '- 1\n- 2\n' },
        { path: 'dup.yaml', content: 'a: 1\na: 2\n' },
      ],
      options,
    );
    expect(result.problems.map(p => [p.file, p.severity, p.check])).toEqual([
      ['w.yaml', 'warning', 'schema'],
      ['broken.yaml', 'error', 'yaml'],
      ['list.yaml', 'error', 'schema'],
      ['dup.yaml', 'error', 'yaml'],
    ]);
    expect(formatValidationReport(result)).toContain('#### Warnings');
  });

  describe('with a governance policy', () => {
    const policy = {
      rules: {
        'max-gpus-per-replica': { severity: 'deny' as const, max: 1 },
        'pd-requires-roce': { severity: 'warn' as const },
        'epp-lint-errors': { severity: 'deny' as const },
      },
      overrides: [],
    };

    it('turns deny findings into errors and warn findings into warnings, with the rule id', () => {
      const result = validateGitopsFiles(
        modelFiles({ gpusPerReplica: 2, prefill: { replicas: 1 } }),
        { ...options, policy },
      );
      expect(result.valid).toBe(false);
      expect(result.policyApplied).toBe(true);
      const file = 'tenants/team-a/models/m/llminferenceservice.yaml';
      expect(result.problems).toEqual([
        {
          file,
          document: 0,
          resource: 'LLMInferenceService team-a/m',
          path: 'spec.template.containers[0].resources.limits["nvidia.com/gpu"]',
          message:
            'a decode replica asks for 2 GPUs; at most 1 are allowed per replica',
          severity: 'error',
          check: 'policy',
          rule: 'max-gpus-per-replica',
        },
        expect.objectContaining({
          file,
          path: 'metadata.annotations["k8s.v1.cni.cncf.io/networks"]',
          severity: 'warning',
          check: 'policy',
          rule: 'pd-requires-roce',
        }),
      ]);
      expect(formatGitopsProblem(result.problems[0])).toBe(
        `[max-gpus-per-replica] ${file} LLMInferenceService team-a/m spec.template.containers[0].resources.limits["nvidia.com/gpu"]: a decode replica asks for 2 GPUs; at most 1 are allowed per replica`,
      );
      const report = formatValidationReport(result);
      expect(report).toContain('| policy `max-gpus-per-replica` |');
      expect(report).toContain('| policy `pd-requires-roce` |');
    });

    it('passes with warnings only, and says the policy was evaluated', () => {
      const result = validateGitopsFiles(
        modelFiles({ prefill: { replicas: 1 } }),
        {
          ...options,
          policy,
        },
      );
      expect(result.valid).toBe(true);
      expect(result.problems.map(p => p.rule)).toEqual(['pd-requires-roce']);
      expect(formatValidationReport(result)).toMatch(
        /EPP configs linted, governance policy evaluated\)\./,
      );
    });

    it('leaves EPP lint errors to the epp check (no duplicates)', () => {
      const files = modelFiles({ prefill: { replicas: 1 } }).map(file => ({
        ...file,
        content: file.content.replace('parameters:', 'config:'),
      }));
      const result = validateGitopsFiles(files, { ...options, policy });
      expect(
        result.problems.filter(p => p.check === 'epp').length,
      ).toBeGreaterThan(0);
      expect(result.problems.some(p => p.rule === 'epp-lint-errors')).toBe(
        false,
      );
    });
  });
});
