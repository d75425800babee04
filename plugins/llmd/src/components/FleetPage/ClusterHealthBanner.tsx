import type { LlmdClusterStatus } from '@llmd/plugin-llmd-common';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

/** Props of {@link ClusterHealthBanner}. */
export interface ClusterHealthBannerProps {
  readonly clusters: readonly LlmdClusterStatus[];
}

function problemOf(cluster: LlmdClusterStatus): string | undefined {
  if (cluster.stale) return 'unreachable, showing its last known state';
  if (!cluster.synced) return 'still loading';
  if (!cluster.connected) return 'reconnecting';
  return undefined;
}

/**
 * One line about the clusters behind the fleet: all healthy, or which ones are unreachable or still loading and
 * why, so a model missing from the table is not mistaken for a deleted one.
 */
export function ClusterHealthBanner({ clusters }: ClusterHealthBannerProps) {
  if (clusters.length === 0) {
    return (
      <Alert severity="info" role="status" aria-label="Cluster health">
        <AlertTitle>No clusters configured</AlertTitle>
        Add clusters under llmd.clusters in app-config.yaml to see their models
        here.
      </Alert>
    );
  }
  const problems = clusters.flatMap(cluster => {
    const problem = problemOf(cluster);
    return problem ? [{ cluster, problem }] : [];
  });
  if (problems.length === 0) {
    return (
      <Alert severity="success" role="status" aria-label="Cluster health">
        {clusters.length === 1
          ? `Cluster ${clusters[0].name} is connected.`
          : `All ${clusters.length} clusters are connected.`}
      </Alert>
    );
  }
  return (
    <Alert
      severity={problems.some(p => p.cluster.stale) ? 'error' : 'warning'}
      aria-label="Cluster health"
    >
      <AlertTitle>
        {problems.length} of {clusters.length} clusters need attention
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {problems.map(({ cluster, problem }) => (
          <li key={cluster.name}>
            <strong>{cluster.name}</strong>: {problem}
            {cluster.lastError ? ` (${cluster.lastError})` : ''}
            {cluster.lastSync
              ? `; last sync ${new Date(cluster.lastSync).toLocaleString()}`
              : ''}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
