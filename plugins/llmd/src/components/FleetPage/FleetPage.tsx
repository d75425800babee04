import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  SupportButton,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Alert from '@material-ui/lab/Alert';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef } from '../../api';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { ClusterHealthBanner } from './ClusterHealthBanner';
import { fleetRows } from './fleetRows';
import { FleetTable } from './FleetTable';
import { PolicyFindingsTable } from './PolicyFindingsTable';

/** Loads what the fleet page shows; the governance view is optional so an older backend still shows the fleet. */
function useFleet() {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(async () => {
    const [clusters, models, policy] = await Promise.all([
      api.listClusters(),
      api.listModels(),
      api.getGovernance().then(
        governance => ({ governance }),
        (governanceError: Error) => ({ governanceError }),
      ),
    ]);
    return { clusters: clusters.items, models: models.items, ...policy };
  }, [api]);
}

/**
 * The fleet page: cluster health, every model service on every cluster and the platform policy's findings.
 */
export function FleetPage() {
  const { value, loading, error, retry } = useFleet();
  const rows = useMemo(() => (value ? fleetRows(value.models) : []), [value]);
  let body;
  if (loading && !value) {
    body = <Progress aria-label="Loading the fleet" />;
  } else if (error) {
    body = (
      <LlmdErrorState error={error} what="load the fleet" onRetry={retry} />
    );
  } else if (value) {
    const governance = 'governance' in value ? value.governance : undefined;
    body = (
      <Grid container spacing={3} direction="column">
        <Grid item>
          <ClusterHealthBanner clusters={value.clusters} />
        </Grid>
        <Grid item>
          {rows.length === 0 && value.clusters.length > 0 ? (
            <Alert severity="info">
              No LLMInferenceService runs on the configured clusters yet. Use
              the “Deploy an LLM model service” template to add one.
            </Alert>
          ) : (
            <FleetTable
              rows={rows}
              policyConfigured={governance?.configured ?? false}
            />
          )}
        </Grid>
        {'governanceError' in value && (
          <Grid item>
            <LlmdErrorState
              error={value.governanceError}
              what="load the policy findings"
              onRetry={retry}
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
  return (
    <Page themeId="tool">
      <Header
        title="Model fleet"
        subtitle="Every llm-d model service on every cluster"
      />
      <Content>
        <ContentHeader title="">
          <SupportButton>
            Models come from the clusters the portal watches (llmd.clusters).
            Findings are EPP lint results and the platform policy (llmd.policy).
          </SupportButton>
        </ContentHeader>
        {body}
      </Content>
    </Page>
  );
}
