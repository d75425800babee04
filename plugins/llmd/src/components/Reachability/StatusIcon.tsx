import type { DiagnosisStepStatus } from '@llmd/plugin-llmd-common';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import WarningIcon from '@material-ui/icons/Warning';

/** A status in words, so colour is never the only signal (also what screen readers say). */
export const STATUS_TEXT: Record<DiagnosisStepStatus, string> = {
  ok: 'OK',
  warn: 'Warning',
  fail: 'Failed',
  unknown: 'Unknown',
  skip: 'Skipped',
};

const ICONS = {
  ok: CheckCircleIcon,
  warn: WarningIcon,
  fail: ErrorIcon,
  unknown: HelpIcon,
  skip: RemoveCircleOutlineIcon,
} as const;

/** Props of {@link StatusIcon}. */
export interface StatusIconProps {
  readonly status: DiagnosisStepStatus;
  readonly className?: string;
}

/** The icon of a check or step status (a shape per status, not only a colour); decorative next to its text. */
export function StatusIcon({ status, className }: StatusIconProps) {
  const Icon = ICONS[status];
  return <Icon fontSize="small" className={className} aria-hidden="true" />;
}
