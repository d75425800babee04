import { InfoCard, Progress } from '@backstage/core-components';
import { useClusterPreflights } from '../../hooks/useClusterPreflights';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { ClusterPreflightAccordion } from './ClusterPreflightAccordion';

/** Props of {@link PreflightPanel}. */
export interface PreflightPanelProps {
  /** Names of the configured clusters. */
  readonly clusters: readonly string[];
}

/**
 * What each cluster must have before any model on it can be reached (CRDs and their versions, GatewayClasses,
 * Gateways with an address, the scheduler template): one collapsed row per cluster with its worst status.
 */
export function PreflightPanel({ clusters }: PreflightPanelProps) {
  const { value, loading, error, retry } = useClusterPreflights(clusters);
  let body;
  if (loading && !value) {
    body = <Progress aria-label="Loading the cluster preflight" />;
  } else if (error) {
    body = (
      <LlmdErrorState error={error} what="check the clusters" onRetry={retry} />
    );
  } else {
    body = (value ?? []).map(result => (
      <ClusterPreflightAccordion key={result.cluster} result={result} />
    ));
  }
  return (
    <InfoCard
      title="Cluster preflight"
      subheader="What a cluster needs before its models can be reached"
    >
      {body}
    </InfoCard>
  );
}
