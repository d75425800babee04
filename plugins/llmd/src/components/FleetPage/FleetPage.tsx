import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  SupportButton,
} from '@backstage/core-components';
import { useMemo } from 'react';
import { useFleet } from '../../hooks/useFleet';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { FleetOverview } from './FleetOverview';
import { fleetRows } from './fleetRows';

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
    body = <FleetOverview fleet={value} rows={rows} onRetry={retry} />;
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
