import type { DiagnosisStep, ModelClusterDiagnosis } from '../api';
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
  it('names the first failing step of an unreachable model, past earlier warnings and unknowns', () => {
    const summary = summarizeReachability(
      diagnosis('unreachable', [
        step('crds', 'ok'),
        step('gateway', 'unknown'),
        step('gateway-address', 'warn'),
        step('httproute', 'fail', 'no HTTPRoute'),
        step('url', 'fail'),
      ]),
    );
    expect(summary).toEqual({
      verdict: 'unreachable',
      step: 'httproute',
      message: 'no HTTPRoute',
    });
  });

  it('names the first unknown or warning step, and none for a reachable model', () => {
    expect(
      summarizeReachability(
        diagnosis('unknown', [
          step('crds', 'warn'),
          step('gateway', 'unknown', 'forbidden'),
        ]),
      ),
    ).toEqual({ verdict: 'unknown', step: 'gateway', message: 'forbidden' });
    expect(
      summarizeReachability(
        diagnosis('degraded', [
          step('crds', 'ok'),
          step('url', 'warn', 'only in-cluster'),
        ]),
      ),
    ).toEqual({ verdict: 'degraded', step: 'url', message: 'only in-cluster' });
    expect(
      summarizeReachability(
        diagnosis('reachable', [step('crds', 'ok'), step('probe', 'skip')]),
      ),
    ).toEqual({ verdict: 'reachable' });
  });
});
