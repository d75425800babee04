import Chip from '@material-ui/core/Chip';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CloudOffIcon from '@material-ui/icons/CloudOff';
import ErrorIcon from '@material-ui/icons/Error';

/** Props of {@link ReadyChip}. */
export interface ReadyChipProps {
  /** The `Ready` condition is `True`. */
  readonly ready: boolean;
  /** The cluster cannot be reached: readiness is the last known state. */
  readonly stale?: boolean;
}

/**
 * The readiness of a model on one cluster. A stale cluster says so on the chip itself, because "Ready" from a cluster
 * nobody can reach is a memory, not a fact.
 */
export function ReadyChip({ ready, stale }: ReadyChipProps) {
  if (stale) {
    return (
      <Chip
        size="small"
        icon={<CloudOffIcon />}
        label={`${ready ? 'Ready' : 'Not ready'} (last known)`}
        variant="outlined"
      />
    );
  }
  return (
    <Chip
      size="small"
      icon={ready ? <CheckCircleIcon /> : <ErrorIcon />}
      label={ready ? 'Ready' : 'Not ready'}
      color={ready ? 'primary' : 'secondary'}
    />
  );
}
