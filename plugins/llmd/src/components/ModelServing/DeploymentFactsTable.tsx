import type { ModelClusterDetail } from '@llmd/plugin-llmd-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import type { ReactNode } from 'react';
import { gatewayRefLabels } from './gatewayRefLabels';

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

/** Label and value of each row: what is served, its shape, how clients reach it, who owns it. */
function deploymentFacts(cluster: ModelClusterDetail): [string, ReactNode][] {
  const { spec } = cluster;
  const gateways = gatewayRefLabels(cluster);
  return [
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
}

/** The deployment of a model on one cluster as a two-column table. */
export function DeploymentFactsTable({
  cluster,
  label,
}: {
  readonly cluster: ModelClusterDetail;
  /** The table's accessible name. */
  readonly label: string;
}) {
  return (
    <Table size="small" aria-label={label}>
      <TableBody>
        {deploymentFacts(cluster).map(([name, value]) => (
          <TableRow key={name}>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
