import type {
  ModelClusterDetail,
  ModelDetailResponse,
} from '@llmd/plugin-llmd-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import VpnKeyIcon from '@material-ui/icons/VpnKey';
import { useState } from 'react';
import { TokenDialog } from './TokenDialog';

/** Props of {@link GetTokenButton}. */
export interface GetTokenButtonProps {
  readonly detail: ModelDetailResponse;
  readonly cluster: ModelClusterDetail;
}

/**
 * "Get token" for one cluster's copy of a model, opening the {@link TokenDialog}. With auth off there is nothing to
 * mint, and the button says so instead.
 */
export function GetTokenButton({ detail, cluster }: GetTokenButtonProps) {
  const [open, setOpen] = useState(false);
  if (!cluster.authEnabled) {
    return (
      <Typography variant="body2" color="textSecondary">
        Authentication is off: no token needed.
      </Typography>
    );
  }
  return (
    <>
      <Button
        variant="outlined"
        color="primary"
        size="small"
        startIcon={<VpnKeyIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={`Get token on ${cluster.cluster}`}
      >
        Get token
      </Button>
      <TokenDialog
        open={open}
        onClose={() => setOpen(false)}
        model={{ namespace: detail.namespace, name: detail.name }}
        entityRef={detail.entityRef}
        cluster={cluster.cluster}
        owner={cluster.owner}
        limits={detail.tokens}
      />
    </>
  );
}
