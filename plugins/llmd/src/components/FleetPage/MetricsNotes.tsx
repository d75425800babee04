import Alert from '@material-ui/lab/Alert';
import { describeLlmdError } from '../common/describeLlmdError';

/** Props of {@link MetricsNotes}. */
export interface MetricsNotesProps {
  /** The fleet metrics response's warnings (per cluster, in words). */
  readonly warnings: readonly string[];
  /** The metrics request failed. */
  readonly error?: Error;
}

/**
 * The serving metrics' warnings (clusters without metrics, Prometheus down), once above the table rather than on
 * every row; nothing when there are none.
 */
export function MetricsNotes({ warnings, error }: MetricsNotesProps) {
  if (error) {
    const { title, message } = describeLlmdError(
      error,
      'load the serving metrics',
    );
    return (
      <Alert severity="warning" aria-label="Serving metrics">
        {title}: {message}
      </Alert>
    );
  }
  if (warnings.length === 0) return null;
  return (
    <Alert severity="info" aria-label="Serving metrics">
      {warnings.length === 1 ? (
        warnings[0]
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {warnings.map(warning => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
