import Grid from '@material-ui/core/Grid';
import Alert from '@material-ui/lab/Alert';
import type { Fleet } from '../../hooks/useFleet';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { ClusterHealthBanner } from './ClusterHealthBanner';
import type { FleetRow } from './fleetRows';
import { FleetTable } from './FleetTable';
import { PolicyFindingsTable } from './PolicyFindingsTable';
import { PreflightPanel } from './PreflightPanel';

/** Props of {@link FleetOverview}. */
export interface FleetOverviewProps {
  readonly fleet: Fleet;
  readonly rows: readonly FleetRow[];
  /** Reloads the fleet, e.g. after the policy findings failed to load. */
  readonly onRetry: () => void;
}

/**
 * The loaded fleet: cluster health, each cluster's preflight, the model table (or how to add a first model) and the
 * policy findings.
 */
export function FleetOverview({ fleet, rows, onRetry }: FleetOverviewProps) {
  const governance = 'governance' in fleet ? fleet.governance : undefined;
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <ClusterHealthBanner clusters={fleet.clusters} />
      </Grid>
      {fleet.clusters.length > 0 && (
        <Grid item>
          <PreflightPanel clusters={fleet.clusters.map(c => c.name)} />
        </Grid>
      )}
      <Grid item>
        {rows.length === 0 && fleet.clusters.length > 0 ? (
          <Alert severity="info">
            No LLMInferenceService runs on the configured clusters yet. Use the
            “Deploy an LLM model service” template to add one.
          </Alert>
        ) : (
          <FleetTable
            rows={rows}
            policyConfigured={governance?.configured ?? false}
          />
        )}
      </Grid>
      {'governanceError' in fleet && (
        <Grid item>
          <LlmdErrorState
            error={fleet.governanceError}
            what="load the policy findings"
            onRetry={onRetry}
          />
        </Grid>
      )}
      {governance?.configured && (
        <Grid item>
          <PolicyFindingsTable items={governance.items} />
        </Grid>
      )}
    </Grid>
  );
}
