import { InfoCard } from '@backstage/core-components';
import type { ModelClusterDetail } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Alert from '@material-ui/lab/Alert';
import type { ReactNode } from 'react';
import { gatewayRefLabels } from './gatewayRefLabels';
import { ModelConditionsTable } from './ModelConditionsTable';
import { PolicyFindings } from './PolicyFindings';
import { ReadyChip } from './ReadyChip';

/** Props of {@link ModelStatusSection}. */
export interface ModelStatusSectionProps {
  /** `namespace/name` of the model, for captions. */
  readonly modelName: string;
  readonly cluster: ModelClusterDetail;
}

function replicasText({ replicas }: ModelClusterDetail['spec']): string {
  return replicas.prefill === undefined
    ? `${replicas.decode} (aggregated)`
    : `decode ${replicas.decode} · prefill ${replicas.prefill}`;
}

function gpusText({ gpus, multiNode }: ModelClusterDetail['spec']): string {
  const perPod =
    gpus.prefillPerPod === undefined
      ? `${gpus.decodePerPod} per pod`
      : `decode ${gpus.decodePerPod} per pod · prefill ${gpus.prefillPerPod} per pod`;
  if (gpus.total !== undefined) return `${perPod} · ${gpus.total} in total`;
  // multi-node pools do not state their size in the spec, so a total would be a guess
  return multiNode ? `${perPod} · total depends on the node count` : perPod;
}

function parallelismText(spec: ModelClusterDetail['spec']): string {
  const parts = [`tensor ${spec.tensorParallel}`];
  for (const [key, value] of Object.entries(spec.parallelism)) {
    if (key !== 'tensor') parts.push(`${key} ${String(value)}`);
  }
  if (spec.multiNode) parts.push('multi-node');
  return parts.join(' · ');
}

/**
 * What runs on one cluster: readiness with the controller's conditions, the deployment shape, how clients reach the
 * model and the policy findings on it.
 */
export function ModelStatusSection({
  modelName,
  cluster,
}: ModelStatusSectionProps) {
  const { spec } = cluster;
  const gateways = gatewayRefLabels(cluster);
  const facts: Array<[string, ReactNode]> = [
    ['Served model name', <code>{spec.modelName}</code>],
    ['Model URI', spec.modelUri ? <code>{spec.modelUri}</code> : '—'],
    ['API version', spec.apiVersion],
    ['Replicas', replicasText(spec)],
    ['GPUs', gpusText(spec)],
    ['Parallelism', parallelismText(spec)],
    [
      'Gateways',
      gateways.length > 0
        ? gateways.join(', ')
        : 'none (no spec.router.gateway)',
    ],
    [
      'Authentication',
      cluster.authEnabled
        ? `on: clients send a token of ServiceAccount ${cluster.clientServiceAccount}`
        : 'off: anyone who can reach the gateway can call the model',
    ],
    ['Owner', cluster.owner ?? '—'],
  ];
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
      <Table size="small" aria-label={`Deployment of ${modelName}`}>
        <TableBody>
          {facts.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
