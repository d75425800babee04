import { InfoCard } from '@backstage/core-components';
import type {
  ModelClusterDetail,
  ModelDetailResponse,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatDuration } from './formatDuration';
import { GetTokenButton } from './GetTokenButton';

/** Props of {@link AccessTokensSection}. */
export interface AccessTokensSectionProps {
  readonly detail: ModelDetailResponse;
  readonly cluster: ModelClusterDetail;
}

/** How clients authenticate to the model on one cluster, and the "Get token" button when they must. */
export function AccessTokensSection({
  detail,
  cluster,
}: AccessTokensSectionProps) {
  return (
    <InfoCard title="Access tokens">
      {cluster.authEnabled ? (
        <>
          <Typography variant="body2" paragraph>
            The gateway checks a bearer token on every request. Tokens are
            short-lived tokens of the ServiceAccount{' '}
            <code>{cluster.clientServiceAccount}</code> on {cluster.cluster},
            valid for {formatDuration(detail.tokens.minTtlSeconds)} up to{' '}
            {formatDuration(detail.tokens.maxTtlSeconds)}. Owners of the model
            can mint them.
          </Typography>
          <Box>
            <GetTokenButton detail={detail} cluster={cluster} />
          </Box>
        </>
      ) : (
        <Typography variant="body2">
          Authentication is off for this model on {cluster.cluster}: no token is
          needed, and anyone who can reach the gateway can call it.
        </Typography>
      )}
    </InfoCard>
  );
}
