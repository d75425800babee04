import type {
  ModelClusterDetail,
  ModelDetailResponse,
} from '@llmd/plugin-llmd-common';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { ModelDetailBoundary } from '../common/ModelDetailBoundary';
import { ClusterSelector } from './ClusterSelector';
import { ClusterServingView } from './ClusterServingView';

/**
 * The cluster shown first (the boundary guarantees there is one): the first reachable ready one, else the first reachable one, else the first (the backend
 * lists clusters in configuration order).
 */
function preferredCluster(detail: ModelDetailResponse): ModelClusterDetail {
  const clusters = detail.clusters;
  return (
    clusters.find(c => !c.stale && c.ready) ??
    clusters.find(c => !c.stale) ??
    clusters[0]
  );
}

function ModelServingView({ detail }: { detail: ModelDetailResponse }) {
  const [chosen, setChosen] = useState<string>();
  // a reload may drop the chosen cluster (the model was deleted there): fall back rather than show nothing
  const cluster =
    detail.clusters.find(c => c.cluster === chosen) ?? preferredCluster(detail);
  return (
    <Grid container spacing={3}>
      {detail.clusters.length > 1 && (
        <Grid item xs={12}>
          <ClusterSelector
            clusters={detail.clusters}
            selected={cluster.cluster}
            onSelect={setChosen}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <ClusterServingView detail={detail} cluster={cluster} />
      </Grid>
    </Grid>
  );
}

/**
 * The "Model serving" entity tab of a model service: per cluster its readiness and conditions, endpoints with
 * client snippets, access tokens and the EndpointPicker routing profile.
 * @public
 */
export function ModelServingContent() {
  return (
    <ModelDetailBoundary>
      {detail => <ModelServingView detail={detail} />}
    </ModelDetailBoundary>
  );
}
