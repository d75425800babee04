import DialogContentText from '@material-ui/core/DialogContentText';
import { MintFailure } from './MintFailure';
import { TokenLifetimeSelect } from './TokenLifetimeSelect';
import type { TtlChoice } from './ttlChoices';

/** Props of {@link TokenRequestForm}. */
export interface TokenRequestFormProps {
  /** Prefix of the form's element ids. */
  readonly id: string;
  readonly choices: readonly TtlChoice[];
  readonly ttl: number;
  readonly onTtlChange: (seconds: number) => void;
  /** While a request runs the lifetime cannot change. */
  readonly minting: boolean;
  /** Why the last attempt failed, if it did. */
  readonly error?: Error;
  readonly entityRef: string;
  readonly owner?: string;
  readonly onRetry: () => void;
}

/** What the dialog shows before a token exists: why the lifetime matters, its choice, and the last failure. */
export function TokenRequestForm(props: TokenRequestFormProps) {
  return (
    <>
      <DialogContentText>
        The token belongs to the model's client ServiceAccount and expires on
        its own; it cannot be revoked early, so pick the shortest lifetime that
        does the job.
      </DialogContentText>
      <TokenLifetimeSelect
        id={props.id}
        choices={props.choices}
        value={props.ttl}
        onChange={props.onTtlChange}
        disabled={props.minting}
      />
      {props.error && (
        <MintFailure
          error={props.error}
          entityRef={props.entityRef}
          owner={props.owner}
          onRetry={props.onRetry}
        />
      )}
    </>
  );
}
