import { InfoCard } from '@backstage/core-components';
import type { ModelDetailResponse } from '@llmd/plugin-llmd-common';
import Typography from '@material-ui/core/Typography';
import { ModelDetailBoundary } from '../common/ModelDetailBoundary';
import { RoutingProfile } from './RoutingProfile';

/** The cluster whose config is shown: the first reachable one, else the first (its last known state). */
function clusterToShow(detail: ModelDetailResponse) {
  return detail.clusters.find(c => !c.stale) ?? detail.clusters[0];
}

function CardBody({ detail }: { detail: ModelDetailResponse }) {
  const cluster = clusterToShow(detail);
  const others = detail.clusters.length - 1;
  return (
    <>
      {(others > 0 || cluster.stale) && (
        <Typography variant="body2" color="textSecondary" gutterBottom>
          Cluster {cluster.cluster}
          {cluster.stale && ' (unreachable: last known state)'}
          {others > 0 &&
            ` — the model runs on ${others} more ${
              others === 1 ? 'cluster' : 'clusters'
            }`}
        </Typography>
      )}
      <RoutingProfile epp={cluster.epp} eppDialect={cluster.eppDialect} />
    </>
  );
}

/**
 * Overview card of a model-service entity: how its EndpointPicker routes requests (Filter → Score → Pick per
 * scheduling profile), on the first reachable cluster that runs it.
 * @public
 */
export function RoutingProfileCard() {
  return (
    <InfoCard title="Routing profile">
      <ModelDetailBoundary>
        {detail => <CardBody detail={detail} />}
      </ModelDetailBoundary>
    </InfoCard>
  );
}
