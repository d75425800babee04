import { ResponseError } from '@backstage/errors';
import { llmdModelTokenCreatePermission } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { LlmdErrorState } from '../common/LlmdErrorState';

/** Props of {@link MintFailure}. */
export interface MintFailureProps {
  readonly error: Error;
  /** The model's catalog entity (`component:<namespace>/<name>`). */
  readonly entityRef: string;
  /** The model's owner, named as the person to ask when minting is denied. */
  readonly owner?: string;
  readonly onRetry: () => void;
}

function isDenied(error: Error): boolean {
  return (
    error instanceof ResponseError &&
    (error.response.status === 401 || error.response.status === 403)
  );
}

/** Why minting failed, with a retry; a denial also says whom to ask instead of a bare 403. */
export function MintFailure({
  error,
  entityRef,
  owner,
  onRetry,
}: MintFailureProps) {
  return (
    <Box mt={2}>
      <LlmdErrorState
        error={error}
        what={`mint a token for ${entityRef}`}
        onRetry={onRetry}
      />
      {isDenied(error) && (
        <Box mt={1}>
          <Typography variant="body2">
            Only owners of {entityRef}
            {owner ? ` (${owner})` : ''} can mint tokens; ask an owner or the
            platform team to mint one for you, or to grant you the{' '}
            {llmdModelTokenCreatePermission.name} permission.
          </Typography>
        </Box>
      )}
    </Box>
  );
}
