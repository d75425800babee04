import {
  DIAGNOSIS_STEP_IDS,
  PREFLIGHT_CHECK_IDS,
  type DiagnosisStep,
} from '@llmd/plugin-llmd-common';
import type { DiagnoseReport } from './diagnoseReport';
import { formatDiagnoseText } from './formatDiagnoseText';

const okSteps = DIAGNOSIS_STEP_IDS.map(
  (id): DiagnosisStep => ({ id, status: 'ok', message: `${id} fine` }),
);

const report: DiagnoseReport = {
  preflight: {
    cluster: 'lab',
    status: 'fail',
    checks: PREFLIGHT_CHECK_IDS.map(id =>
      id === 'crd-authpolicy'
        ? {
            id,
            status: 'fail' as const,
            message: 'not installed',
            fix: 'install Kuadrant',
          }
        : { id, status: 'ok' as const, message: 'fine', fix: 'unused' },
    ),
  },
  models: [
    {
      namespace: 'team-a',
      name: 'good',
      cluster: 'lab',
      verdict: 'reachable',
      steps: okSteps,
      probe: {
        url: 'http://127.0.0.1:1/team-a/good/v1/models',
        probedAt: '2026-01-01T00:00:00.000Z',
        anonymous: { status: 401, latencyMs: 3 },
        authenticated: { status: 200, latencyMs: 4, models: ['good'] },
      },
    },
    {
      namespace: 'team-b',
      name: 'bad',
      cluster: 'lab',
      verdict: 'unreachable',
      steps: okSteps.map(step =>
        step.id === 'httproute' || step.id === 'url'
          ? {
              ...step,
              status: 'fail',
              object: 'HTTPRoute team-b/bad',
              message: 'missing',
              fix: `fix ${step.id}`,
            }
          : step,
      ),
    },
  ],
};

describe('formatDiagnoseText', () => {
  const text = formatDiagnoseText(report, 'https://127.0.0.1:6443');

  it('prints the preflight with the fix under the checks that are not ok', () => {
    expect(text).toMatch(
      /^Cluster lab \(https:\/\/127\.0\.0\.1:6443\), preflight: fail\n {2}✔ crd-llminferenceservice {8}fine\n/,
    );
    expect(text).toContain(
      `  ✖ ${'crd-authpolicy'.padEnd(
        29,
      )}  not installed\n    fix: install Kuadrant\n`,
    );
    expect(text).not.toContain('unused');
  });

  it('prints one line per step and the fix under the first failing one only', () => {
    expect(text).toContain(
      'team-b/bad: unreachable\n  ✔ crds                crds fine\n',
    );
    expect(text).toContain(
      '  ✖ httproute           missing\n    fix: fix httproute\n',
    );
    expect(text).not.toContain('fix url');
    expect(text.match(/^ {2}\S \S+/gm)).toHaveLength(
      PREFLIGHT_CHECK_IDS.length + 2 * DIAGNOSIS_STEP_IDS.length,
    );
  });

  it('prints where the probe went, under the chain, and the summary', () => {
    expect(text).toContain(
      '  ✔ probe               probe fine\n  probed GET http://127.0.0.1:1/team-a/good/v1/models\n\n',
    );
    expect(text).toMatch(/\n\n1 of 2 models reachable\n$/);
  });
});
