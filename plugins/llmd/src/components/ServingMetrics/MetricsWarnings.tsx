import Alert from '@material-ui/lab/Alert';

/** Props of {@link MetricsWarnings}. */
export interface MetricsWarningsProps {
  readonly warnings: readonly string[];
}

/** The backend's remarks on the numbers (which metric-name aliases it used, what is missing), one per line. */
export function MetricsWarnings({ warnings }: MetricsWarningsProps) {
  if (!warnings.length) return null;
  return (
    <Alert severity="warning" aria-label="Metrics warnings">
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {warnings.map(w => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </Alert>
  );
}
