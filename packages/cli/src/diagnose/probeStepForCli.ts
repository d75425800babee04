import type { DiagnosisStep } from '@llmd/plugin-llmd-common';

/**
 * The probe step in the CLI's words: the evaluation's skip message names the portal's setting
 * (`llmd.clusters[].probe.enabled`) where `--probe` is meant, and its warning for a missing token cannot say why the
 * user's credentials could not mint one — the CLI knows. Other steps are returned as they are.
 */
export function probeStepForCli(
  step: DiagnosisStep,
  probeRequested: boolean,
  tokenError: string | undefined,
): DiagnosisStep {
  if (step.id !== 'probe') return step;
  if (!probeRequested && step.status === 'skip') {
    return {
      ...step,
      message: "not probed (--probe requests the model's /v1/models)",
    };
  }
  if (tokenError && !step.fix) {
    return {
      ...step,
      fix: `${tokenError}; to probe with a token, run with credentials that may create serviceaccounts/token there`,
    };
  }
  return step;
}
