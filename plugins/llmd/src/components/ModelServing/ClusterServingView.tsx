import { InfoCard } from '@backstage/core-components';
import type {
  ModelClusterDetail,
  ModelDetailResponse,
} from '@llmd/plugin-llmd-common';
import Grid from '@material-ui/core/Grid';
import { ReachabilityCard } from '../Reachability';
import { RoutingProfile } from '../RoutingProfile';
import { ServingMetricsCard } from '../ServingMetrics';
import { AccessTokensSection } from './AccessTokensSection';
import { ModelEndpoints } from './ModelEndpoints';
import { ModelStatusSection } from './ModelStatusSection';

/** Props of {@link ClusterServingView}. */
export interface ClusterServingViewProps {
  readonly detail: ModelDetailResponse;
  readonly cluster: ModelClusterDetail;
}

/** Everything about a model on one cluster: endpoints with snippets, tokens, reachability, serving metrics, status and the routing profile. */
export function ClusterServingView({
  detail,
  cluster,
}: ClusterServingViewProps) {
  const modelName = `${detail.namespace}/${detail.name}`;
  return (
    <Grid container spacing={3} alignItems="stretch">
      {/* what most visitors come for first: how to call the model */}
      <Grid item xs={12} lg={8}>
        <ModelEndpoints
          namespace={detail.namespace}
          name={detail.name}
          cluster={cluster}
        />
      </Grid>
      <Grid item xs={12} lg={4}>
        <AccessTokensSection detail={detail} cluster={cluster} />
      </Grid>
      <Grid item xs={12}>
        <ReachabilityCard
          model={{ namespace: detail.namespace, name: detail.name }}
          cluster={cluster.cluster}
        />
      </Grid>
      <Grid item xs={12}>
        <ServingMetricsCard
          model={{ namespace: detail.namespace, name: detail.name }}
          cluster={cluster.cluster}
        />
      </Grid>
      <Grid item xs={12}>
        <ModelStatusSection modelName={modelName} cluster={cluster} />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Routing profile"
          subheader="How the EndpointPicker routes requests: Filter → Score → Pick"
        >
          <RoutingProfile epp={cluster.epp} eppDialect={cluster.eppDialect} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
