import type { ModelClusterDiagnosis } from '@llmd/plugin-llmd-common';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { DIAGNOSIS_STEP_NAMES } from './diagnosisStepNames';

/** Per verdict but `reachable`: the status of the step that decides it, and how loudly to say so. */
const LEADING = {
  unreachable: { status: 'fail', severity: 'error' },
  unknown: { status: 'unknown', severity: 'info' },
  degraded: { status: 'warn', severity: 'warning' },
} as const;

/** Props of {@link ChainFix}. */
export interface ChainFixProps {
  readonly diagnosis: ModelClusterDiagnosis;
}

/**
 * What to do, under the chain: the message and fix of the step that decides the verdict (the first failing step of
 * an unreachable model, the first unknown or warning one otherwise), so the reader does not have to hover over boxes
 * to learn it. Nothing for a reachable model.
 */
export function ChainFix({ diagnosis }: ChainFixProps) {
  if (diagnosis.verdict === 'reachable') return null;
  const leading = LEADING[diagnosis.verdict];
  const step = diagnosis.steps.find(s => s.status === leading.status);
  if (!step) return null;
  return (
    <Alert severity={leading.severity} aria-label="What to fix">
      <AlertTitle>
        {DIAGNOSIS_STEP_NAMES[step.id]}: {step.message}
      </AlertTitle>
      {step.fix && <strong>Fix: {step.fix}</strong>}
    </Alert>
  );
}
