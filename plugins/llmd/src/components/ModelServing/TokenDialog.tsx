import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  llmdModelTokenCreatePermission,
  type CreateModelTokenResponse,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import Typography from '@material-ui/core/Typography';
import { useEffect, useRef, useState } from 'react';
import { llmdApiRef, type ModelRef } from '../../api';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { MintedToken } from './MintedToken';
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

type MintState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'minting' }
  | {
      readonly phase: 'minted';
      readonly minted: CreateModelTokenResponse;
      readonly at: Date;
    }
  | { readonly phase: 'failed'; readonly error: Error };

const IDLE: MintState = { phase: 'idle' };

function isDenied(error: Error): boolean {
  return (
    error instanceof ResponseError &&
    (error.response.status === 401 || error.response.status === 403)
  );
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
  const api = useApi(llmdApiRef);
  const [ttl, setTtl] = useState(() => defaultTtlSeconds(limits));
  const [state, setState] = useState<MintState>(IDLE);
  // Bumped on close and unmount, so an answer arriving after the dialog closed is dropped instead of shown later.
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current += 1;
    },
    [],
  );

  const mint = () => {
    if (state.phase === 'minting') return;
    const current = ++generation.current;
    setState({ phase: 'minting' });
    api.createToken(model, { cluster, ttlSeconds: ttl }).then(
      minted => {
        if (generation.current === current) {
          setState({ phase: 'minted', minted, at: new Date() });
        }
      },
      (error: Error) => {
        if (generation.current === current)
          setState({ phase: 'failed', error });
      },
    );
  };

  const close = () => {
    generation.current += 1;
    setState(IDLE);
    setTtl(defaultTtlSeconds(limits));
    onClose();
  };

  const choices = ttlChoices(limits);
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
          <>
            <DialogContentText>
              The token belongs to the model's client ServiceAccount and expires
              on its own; it cannot be revoked early, so pick the shortest
              lifetime that does the job.
            </DialogContentText>
            <FormControl variant="outlined" size="small">
              <InputLabel id={`${titleId}-ttl`}>Lifetime</InputLabel>
              <Select
                labelId={`${titleId}-ttl`}
                label="Lifetime"
                value={ttl}
                onChange={event => setTtl(Number(event.target.value))}
                disabled={minting}
              >
                {choices.map(choice => (
                  <MenuItem key={choice.seconds} value={choice.seconds}>
                    {choice.label}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            {state.phase === 'failed' && (
              <Box mt={2}>
                <LlmdErrorState
                  error={state.error}
                  what={`mint a token for ${entityRef}`}
                  onRetry={mint}
                />
                {isDenied(state.error) && (
                  <Box mt={1}>
                    <Typography variant="body2">
                      Only owners of {entityRef}
                      {owner ? ` (${owner})` : ''} can mint tokens; ask an owner
                      or the platform team to mint one for you, or to grant you
                      the {llmdModelTokenCreatePermission.name} permission.
                    </Typography>
                  </Box>
                )}
              </Box>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>
          {state.phase === 'minted' ? 'Done' : 'Cancel'}
        </Button>
        {state.phase !== 'minted' && (
          <Button
            color="primary"
            variant="contained"
            onClick={mint}
            disabled={minting}
            startIcon={minting ? <CircularProgress size={16} /> : undefined}
          >
            {minting ? 'Minting…' : 'Mint token'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
