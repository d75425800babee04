import { InfoCard } from '@backstage/core-components';
import type { ModelClusterDetail } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import { DeploymentFactsTable } from './DeploymentFactsTable';
import { ModelConditionsTable } from './ModelConditionsTable';
import { PolicyFindings } from './PolicyFindings';
import { ReadyChip } from './ReadyChip';

/** Props of {@link ModelStatusSection}. */
export interface ModelStatusSectionProps {
  /** `namespace/name` of the model, for captions. */
  readonly modelName: string;
  readonly cluster: ModelClusterDetail;
}

/**
 * What runs on one cluster: readiness with the controller's conditions, the deployment shape, how clients reach the
 * model and the policy findings on it.
 */
export function ModelStatusSection({
  modelName,
  cluster,
}: ModelStatusSectionProps) {
  return (
    <InfoCard
      title="Status"
      subheader={`${cluster.displayName} on ${cluster.cluster}`}
    >
      {cluster.stale && (
        <Box mb={2}>
          <Alert severity="warning">
            Cluster {cluster.cluster} unreachable — last known state. The
            backend cannot reach the cluster, so this may be out of date.
          </Alert>
        </Box>
      )}
      <Box mb={1}>
        <ReadyChip ready={cluster.ready} stale={cluster.stale} />
      </Box>
      <DeploymentFactsTable
        cluster={cluster}
        label={`Deployment of ${modelName}`}
      />
      <Box mt={2}>
        <ModelConditionsTable
          conditions={cluster.conditions}
          caption={`Conditions of ${modelName} on ${cluster.cluster}`}
        />
      </Box>
      {cluster.findings && cluster.findings.length > 0 && (
        <Box mt={2}>
          <PolicyFindings findings={cluster.findings} />
        </Box>
      )}
    </InfoCard>
  );
}
