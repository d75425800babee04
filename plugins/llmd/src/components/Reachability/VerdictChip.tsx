import type {
  DiagnosisStepStatus,
  ReachabilityVerdict,
} from '@llmd/plugin-llmd-common';
import Chip from '@material-ui/core/Chip';
import { StatusIcon } from './StatusIcon';
import { useStatusStyles } from './useStatusStyles';

/** The status whose colour and icon a verdict borrows. */
export const VERDICT_STATUS: Record<ReachabilityVerdict, DiagnosisStepStatus> =
  {
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
  const classes = useStatusStyles();
  const status = VERDICT_STATUS[verdict];
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes[status]}
      icon={<StatusIcon status={status} className={classes[status]} />}
      label={verdict}
      aria-label={label ? `${label}: ${verdict}` : verdict}
    />
  );
}
