import type { DiagnosisStepStatus } from '@llmd/plugin-llmd-common';
import Chip from '@material-ui/core/Chip';
import { StatusIcon } from './StatusIcon';
import { useStatusStyles } from './useStatusStyles';

/** Props of {@link StatusChip}. */
export interface StatusChipProps {
  /** Decides the colour and icon. */
  readonly status: DiagnosisStepStatus;
  /** The word on the chip, e.g. a verdict. */
  readonly text: string;
  /** Said before the text by screen readers, e.g. "Reachability on demo". */
  readonly label?: string;
}

/** A status as an outlined chip: its word, an icon and the status colour. */
export function StatusChip({ status, text, label }: StatusChipProps) {
  const classes = useStatusStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes[status]}
      icon={<StatusIcon status={status} className={classes[status]} />}
      label={text}
      aria-label={label ? `${label}: ${text}` : text}
    />
  );
}
