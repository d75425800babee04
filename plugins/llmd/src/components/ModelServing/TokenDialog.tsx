import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { useState } from 'react';
import type { ModelRef } from '../../api';
import { type MintState, useMintToken } from '../../hooks/useMintToken';
import { MintedToken } from './MintedToken';
import { TokenRequestForm } from './TokenRequestForm';
import {
  defaultTtlSeconds,
  ttlChoices,
  type TokenTtlLimits,
} from './ttlChoices';

/** Props of {@link TokenDialog}. */
export interface TokenDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly model: ModelRef;
  /** The model's catalog entity (`component:<namespace>/<name>`), named in the denial explanation. */
  readonly entityRef: string;
  /** The cluster the token is for; a token only works on the cluster that minted it. */
  readonly cluster: string;
  /** The model's owner, named as the person to ask when minting is denied. */
  readonly owner?: string;
  readonly limits: TokenTtlLimits;
}

/**
 * Mints a short-lived access token for a model and shows it once. The token lives only in this component's state:
 * closing the dialog drops it, and nothing writes it to storage, logs or URLs. A denial (the user does not own the
 * model) is explained with whom to ask instead of a bare 403.
 */
export function TokenDialog({
  open,
  onClose,
  model,
  entityRef,
  cluster,
  owner,
  limits,
}: TokenDialogProps) {
  const [ttl, setTtl] = useState(() => defaultTtlSeconds(limits));
  const { state, mint, reset } = useMintToken(model, cluster);
  const mintWithTtl = () => mint(ttl);
  const close = () => {
    reset();
    setTtl(defaultTtlSeconds(limits));
    onClose();
  };

  const minting = state.phase === 'minting';
  const titleId = `llmd-token-dialog-title-${cluster}`;
  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>
        Access token for {model.namespace}/{model.name} on {cluster}
      </DialogTitle>
      <DialogContent>
        {state.phase === 'minted' ? (
          <MintedToken minted={state.minted} cluster={cluster} now={state.at} />
        ) : (
          <TokenRequestForm
            id={titleId}
            choices={ttlChoices(limits)}
            ttl={ttl}
            onTtlChange={setTtl}
            minting={minting}
            error={state.phase === 'failed' ? state.error : undefined}
            entityRef={entityRef}
            owner={owner}
            onRetry={mintWithTtl}
          />
        )}
      </DialogContent>
      <TokenDialogActions
        phase={state.phase}
        onClose={close}
        onMint={mintWithTtl}
      />
    </Dialog>
  );
}

/** Close (Cancel, or Done once a token is shown) and, until then, the mint button with its progress. */
function TokenDialogActions({
  phase,
  onClose,
  onMint,
}: {
  readonly phase: MintState['phase'];
  readonly onClose: () => void;
  readonly onMint: () => void;
}) {
  const minting = phase === 'minting';
  return (
    <DialogActions>
      <Button onClick={onClose}>
        {phase === 'minted' ? 'Done' : 'Cancel'}
      </Button>
      {phase !== 'minted' && (
        <Button
          color="primary"
          variant="contained"
          onClick={onMint}
          disabled={minting}
          startIcon={minting ? <CircularProgress size={16} /> : undefined}
        >
          {minting ? 'Minting…' : 'Mint token'}
        </Button>
      )}
    </DialogActions>
  );
}
