import { usePermission } from '@backstage/plugin-permission-react';
import {
  llmdModelTokenCreatePermission,
  type ModelClusterDetail,
  type ModelDetailResponse,
  modelResourceRef,
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
 * mint, and the button says so instead. The permission is asked before the click, so a user who may not mint sees
 * why up front (the backend checks it again on every request). The permission is about this model on this cluster
 * (the `llmd-model` resource), as owners may differ per cluster.
 */
export function GetTokenButton({ detail, cluster }: GetTokenButtonProps) {
  const [open, setOpen] = useState(false);
  const permission = usePermission({
    permission: llmdModelTokenCreatePermission,
    resourceRef: modelResourceRef({
      cluster: cluster.cluster,
      namespace: detail.namespace,
      name: detail.name,
    }),
  });
  if (!cluster.authEnabled) {
    return (
      <Typography variant="body2" color="textSecondary">
        Authentication is off: no token needed.
      </Typography>
    );
  }
  if (!permission.loading && !permission.allowed) {
    return (
      <Typography variant="body2" color="textSecondary">
        Only owners of {detail.namespace}/{detail.name} on {cluster.cluster}
        {cluster.owner ? ` (${cluster.owner})` : ''} can mint tokens for this
        model there; ask one of them or the platform team.
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
        disabled={permission.loading}
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
