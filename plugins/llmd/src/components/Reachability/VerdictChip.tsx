import type {
  DiagnosisStepStatus,
  ReachabilityVerdict,
} from '@llmd/plugin-llmd-common';
import { StatusChip } from './StatusChip';

/** The status whose colour and icon a verdict borrows. */
const VERDICT_STATUS: Record<ReachabilityVerdict, DiagnosisStepStatus> = {
  reachable: 'ok',
  degraded: 'warn',
  unreachable: 'fail',
  unknown: 'unknown',
};

/** Props of {@link VerdictChip}. */
export interface VerdictChipProps {
  readonly verdict: ReachabilityVerdict;
  /** Said before the verdict by screen readers, e.g. "Reachability on demo". */
  readonly label?: string;
}

/** A model's reachability verdict as a chip: its word, an icon and the status colour. */
export function VerdictChip({ verdict, label }: VerdictChipProps) {
  return (
    <StatusChip status={VERDICT_STATUS[verdict]} text={verdict} label={label} />
  );
}
