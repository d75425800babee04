import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  SupportButton,
} from '@backstage/core-components';
import { useFleet } from '../../hooks/useFleet';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { FleetOverview } from './FleetOverview';

/**
 * The fleet page: cluster health, every model service on every cluster (paged by the backend) with its serving
 * metrics, and the platform policy's findings.
 */
export function FleetPage() {
  const { value, loading, error, retry } = useFleet();
  let body;
  if (loading && !value) {
    body = <Progress aria-label="Loading the clusters" />;
  } else if (error) {
    body = (
      <LlmdErrorState error={error} what="load the fleet" onRetry={retry} />
    );
  } else if (value) {
    body = <FleetOverview clusters={value.clusters} />;
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
