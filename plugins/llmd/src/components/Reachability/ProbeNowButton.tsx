import { usePermission } from '@backstage/plugin-permission-react';
import {
  llmdModelProbePermission,
  modelResourceRef,
} from '@llmd/plugin-llmd-common';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Tooltip from '@material-ui/core/Tooltip';
import NetworkCheckIcon from '@material-ui/icons/NetworkCheck';
import type { ModelRef } from '../../api';

/** Props of {@link ProbeNowButton}. */
export interface ProbeNowButtonProps {
  readonly model: ModelRef;
  readonly cluster: string;
  readonly probing: boolean;
  /** Why probing cannot work (shown as the disabled button's tooltip); undefined when it may. */
  readonly disabledReason?: string;
  readonly onProbe: () => void;
}

/**
 * "Probe now" for one cluster's copy of a model. Shown only to users the permission framework allows
 * `llmd.model.probe` on this model there (the backend checks again and audits every probe); disabled, with the
 * reason as its tooltip, when the cluster has probing off.
 */
export function ProbeNowButton(props: ProbeNowButtonProps) {
  const { model, cluster, probing, disabledReason, onProbe } = props;
  const permission = usePermission({
    permission: llmdModelProbePermission,
    resourceRef: modelResourceRef({ cluster, ...model }),
  });
  if (!permission.allowed) return null;
  const button = (
    <Button
      variant="outlined"
      color="primary"
      size="small"
      startIcon={
        probing ? <CircularProgress size={16} /> : <NetworkCheckIcon />
      }
      onClick={onProbe}
      disabled={probing || disabledReason !== undefined}
      aria-label={`Probe now on ${cluster}`}
    >
      {probing ? 'Probing…' : 'Probe now'}
    </Button>
  );
  if (!disabledReason) return button;
  // a disabled button fires no events: the wrapper carries the tooltip (the card also says the reason in words)
  return (
    <Tooltip title={disabledReason} arrow>
      <span>{button}</span>
    </Tooltip>
  );
}
