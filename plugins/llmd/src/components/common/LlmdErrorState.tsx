import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { describeLlmdError } from './describeLlmdError';

/** Props of {@link LlmdErrorState}. */
export interface LlmdErrorStateProps {
  readonly error: Error;
  /** What failed, as a verb phrase: "load the model", "mint a token". */
  readonly what: string;
  readonly onRetry?: () => void;
}

/** An error explained in words, with a retry button when retrying may help. */
export function LlmdErrorState({ error, what, onRetry }: LlmdErrorStateProps) {
  const description = describeLlmdError(error, what);
  return (
    <Alert
      severity={description.retryable ? 'error' : 'warning'}
      role="alert"
      action={
        description.retryable && onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{description.title}</AlertTitle>
      {description.message}
    </Alert>
  );
}
