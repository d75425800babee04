import type { LlmdClusterStatus } from '@llmd/plugin-llmd-common';
import Grid from '@material-ui/core/Grid';
import { useGovernancePage } from '../../hooks/useGovernancePage';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { ClusterHealthBanner } from './ClusterHealthBanner';
import { FleetModels } from './FleetModels';
import { PolicyFindingsTable } from './PolicyFindingsTable';
import { PreflightPanel } from './PreflightPanel';

/** Props of {@link FleetOverview}. */
export interface FleetOverviewProps {
  readonly clusters: readonly LlmdClusterStatus[];
}

/**
 * The fleet once its clusters are known: cluster health, each cluster's preflight, the model services (or how to
 * add a first one) and the policy findings. The models and the findings load and page on their own, so a policy
 * the user may not read does not hide the models.
 */
export function FleetOverview({ clusters }: FleetOverviewProps) {
  const governance = useGovernancePage();
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <ClusterHealthBanner clusters={clusters} />
      </Grid>
      {clusters.length > 0 && (
        <Grid item>
          <PreflightPanel clusters={clusters.map(c => c.name)} />
        </Grid>
      )}
      <Grid item>
        <FleetModels
          policyConfigured={governance.value?.configured ?? false}
          hasClusters={clusters.length > 0}
        />
      </Grid>
      {governance.error && (
        <Grid item>
          <LlmdErrorState
            error={governance.error}
            what="load the policy findings"
            onRetry={governance.retry}
          />
        </Grid>
      )}
      {governance.value?.configured && (
        <Grid item>
          <PolicyFindingsTable
            page={governance.value}
            paging={governance.paging}
            dispatch={governance.dispatch}
            pageSize={governance.limit}
            loading={governance.loading}
          />
        </Grid>
      )}
    </Grid>
  );
}
