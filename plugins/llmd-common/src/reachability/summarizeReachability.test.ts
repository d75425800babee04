import type {
  DiagnosisStep,
  ModelClusterDiagnosis,
  ModelReachabilitySummary,
} from '../api';
import { summarizeReachability } from './summarizeReachability';

const step = (
  id: DiagnosisStep['id'],
  status: DiagnosisStep['status'],
  message: string = id,
): DiagnosisStep => ({ id, status, message });

const diagnosis = (
  verdict: ModelClusterDiagnosis['verdict'],
  steps: DiagnosisStep[],
): ModelClusterDiagnosis => ({ cluster: 'prod', verdict, steps });

describe('summarizeReachability', () => {
  it.each<[string, ModelClusterDiagnosis, ModelReachabilitySummary]>([
    [
      'the first failing step of an unreachable model, past earlier warnings and unknowns',
      diagnosis('unreachable', [
        step('crds', 'ok'),
        step('gateway', 'unknown'),
        step('gateway-address', 'warn'),
        step('httproute', 'fail', 'no HTTPRoute'),
        step('url', 'fail'),
      ]),
      { verdict: 'unreachable', step: 'httproute', message: 'no HTTPRoute' },
    ],
    [
      'the first unknown step of an unknown model',
      diagnosis('unknown', [
        step('crds', 'warn'),
        step('gateway', 'unknown', 'forbidden'),
      ]),
      { verdict: 'unknown', step: 'gateway', message: 'forbidden' },
    ],
    [
      'the first warning of a degraded model',
      diagnosis('degraded', [
        step('crds', 'ok'),
        step('url', 'warn', 'only in-cluster'),
      ]),
      { verdict: 'degraded', step: 'url', message: 'only in-cluster' },
    ],
    [
      'no step for a reachable model',
      diagnosis('reachable', [step('crds', 'ok'), step('probe', 'skip')]),
      { verdict: 'reachable' },
    ],
  ])('names %s', (_, given, summary) => {
    expect(summarizeReachability(given)).toEqual(summary);
  });
});
