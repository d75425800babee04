import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { LlmdErrorState } from '../common/LlmdErrorState';

/** Props of {@link MetricsLoadError}. */
export interface MetricsLoadErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
}

/**
 * A failed metrics request. A 502 is the backend saying the cluster's Prometheus failed (down, refused, timed out):
 * said as such with the backend's words; anything else is explained like every other backend error.
 */
export function MetricsLoadError({ error, onRetry }: MetricsLoadErrorProps) {
  if (error instanceof ResponseError && error.response.status === 502) {
    const message = error.body?.error?.message ?? error.message;
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Prometheus is unavailable</AlertTitle>
        Prometheus is unavailable: {message}
      </Alert>
    );
  }
  return (
    <LlmdErrorState
      error={error}
      what="load the serving metrics"
      onRetry={onRetry}
    />
  );
}
