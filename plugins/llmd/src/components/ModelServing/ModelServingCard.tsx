import { InfoCard } from '@backstage/core-components';
import type {
  ModelClusterDetail,
  ModelDetailResponse,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { ModelDetailBoundary } from '../common/ModelDetailBoundary';
import { CopyableUrl } from './CopyableUrl';
import { GetTokenButton } from './GetTokenButton';
import { ReadyChip } from './ReadyChip';
import { useModelServingLink } from './useModelServingLink';

function replicasText({ replicas }: ModelClusterDetail['spec']): string {
  return replicas.prefill === undefined
    ? `${replicas.decode} replica${replicas.decode === 1 ? '' : 's'}`
    : `${replicas.decode} decode · ${replicas.prefill} prefill`;
}

function ClusterLine({
  detail,
  cluster,
}: {
  detail: ModelDetailResponse;
  cluster: ModelClusterDetail;
}) {
  const endpoint = cluster.endpoints[0];
  return (
    <ListItem disableGutters divider aria-label={`Cluster ${cluster.cluster}`}>
      <Box width="100%">
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <Typography variant="subtitle2" component="h3">
            {cluster.cluster}
          </Typography>
          <ReadyChip ready={cluster.ready} stale={cluster.stale} />
          <Typography variant="body2" color="textSecondary">
            {replicasText(cluster.spec)}
          </Typography>
          <Box flexGrow={1} />
          <GetTokenButton detail={detail} cluster={cluster} />
        </Box>
        {cluster.stale && (
          <Typography variant="caption" color="textSecondary" component="div">
            Cluster unreachable — last known state.
          </Typography>
        )}
        {endpoint ? (
          <CopyableUrl
            label={`base URL on ${cluster.cluster}`}
            url={endpoint.baseUrl}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            No endpoint yet: it is published once the model is ready.
          </Typography>
        )}
      </Box>
    </ListItem>
  );
}

/**
 * Overview card of a model service: per cluster its readiness, replicas, endpoint and the "Get token" button, with a
 * link to the "Model serving" tab for everything else.
 * @public
 */
export function ModelServingCard() {
  const link = useModelServingLink();
  return (
    <InfoCard
      title="Model serving"
      deepLink={
        link ? { title: 'Endpoints, snippets and routing', link } : undefined
      }
    >
      <ModelDetailBoundary>
        {detail => (
          <List disablePadding aria-label="Clusters serving the model">
            {detail.clusters.map(cluster => (
              <ClusterLine
                key={cluster.cluster}
                detail={detail}
                cluster={cluster}
              />
            ))}
          </List>
        )}
      </ModelDetailBoundary>
    </InfoCard>
  );
}
