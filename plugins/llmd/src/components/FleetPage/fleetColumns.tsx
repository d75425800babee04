import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  FleetModelMetrics,
  MODEL_SORT_KEYS,
} from '@llmd/plugin-llmd-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import type { ReactNode } from 'react';
import { VerdictChip } from '../Reachability/VerdictChip';
import { fleetMetricText } from './fleetMetricText';
import type { FleetMetricColumn, FleetRow } from './fleetRows';

/** A sort key of `GET /api/llmd/models`. */
export type ModelSortKey = (typeof MODEL_SORT_KEYS)[number];

/** What the metrics cells need besides the row. */
export interface FleetMetricsView {
  readonly byModel?: ReadonlyMap<string, FleetModelMetrics>;
  readonly loading: boolean;
  readonly failed: boolean;
}

/** One column of the fleet table. */
export interface FleetColumn {
  readonly title: string;
  /** Sorted by the backend over every page. */
  readonly sortKey?: ModelSortKey;
  /** Sorted in the browser over the visible page (the backend does not know the numbers). */
  readonly metric?: FleetMetricColumn;
  /** The header's tooltip. */
  readonly help?: string;
  readonly numeric?: boolean;
  readonly render: (row: FleetRow, metrics: FleetMetricsView) => ReactNode;
}

function findingsText(row: FleetRow): string {
  const parts = [];
  if (row.policyDeny) parts.push(`${row.policyDeny} policy deny`);
  if (row.policyWarn) parts.push(`${row.policyWarn} policy warn`);
  if (row.lintErrors) parts.push(`${row.lintErrors} EPP lint errors`);
  if (row.lintWarnings) parts.push(`${row.lintWarnings} EPP lint warnings`);
  return parts.join(', ') || 'No findings';
}

/** The metrics key of a row (see useFleetMetrics). */
const metricsKeyOf = (row: FleetRow) =>
  `${row.cluster}/${row.namespace}/${row.name}`;

/** The metrics of a row, when loaded. */
export const rowMetrics = (row: FleetRow, metrics: FleetMetricsView) =>
  metrics.byModel?.get(metricsKeyOf(row));

const PAGE_ONLY = 'Sorting by this column orders the visible page only.';

function metricColumn(
  title: string,
  metric: FleetMetricColumn,
  help: string,
): FleetColumn {
  return {
    title,
    metric,
    numeric: true,
    help: `${help} ${PAGE_ONLY}`,
    render: (row, metrics) => {
      const { text, reason } = fleetMetricText(
        metric,
        rowMetrics(row, metrics),
        metrics,
      );
      if (!reason) return text;
      return (
        <Tooltip title={reason}>
          <span aria-label={`${title}: ${reason}`}>{text}</span>
        </Tooltip>
      );
    },
  };
}

/** Which model, where. */
const IDENTITY_COLUMNS: FleetColumn[] = [
  {
    title: 'Model',
    sortKey: 'name',
    render: row => (
      <EntityRefLink
        entityRef={row.entityRef}
        title={row.displayName}
        aria-label={`Open ${row.displayName}`}
      />
    ),
  },
  { title: 'Tenant', sortKey: 'tenant', render: row => row.namespace },
  {
    title: 'Cluster',
    sortKey: 'cluster',
    render: row => (row.stale ? `${row.cluster} (stale)` : row.cluster),
  },
  {
    title: 'Ready',
    sortKey: 'ready',
    render: row => (
      <Chip
        size="small"
        label={row.ready ? 'Ready' : 'Not ready'}
        color={row.ready ? 'primary' : 'secondary'}
      />
    ),
  },
];

/** How it is set up and whether clients can reach it. */
const SETUP_COLUMNS: FleetColumn[] = [
  { title: 'Auth', render: row => (row.auth ? 'On' : 'Off') },
  { title: 'P/D', render: row => (row.pd ? 'Yes' : 'No') },
  {
    title: 'GPUs',
    sortKey: 'gpus',
    numeric: true,
    render: row => row.gpus ?? '—',
  },
  {
    title: 'Routing',
    sortKey: 'routing',
    render: row => row.routingPreset ?? 'unknown',
  },
  {
    title: 'Reachable',
    sortKey: 'reachable',
    render: row =>
      row.reachability ? (
        <Tooltip title={row.reachabilityNote ?? 'Reachable'}>
          <span>
            <VerdictChip
              verdict={row.reachability}
              label={`Reachability of ${row.displayName}`}
            />
          </span>
        </Tooltip>
      ) : (
        'not evaluated'
      ),
  },
];

/** The findings count (⛔ with a policy denial), broken down in its tooltip. */
function findingsColumn(policyConfigured: boolean): FleetColumn {
  return {
    title: policyConfigured ? 'Findings' : 'Lint findings',
    sortKey: 'findings',
    numeric: true,
    render: row => (
      <Tooltip title={findingsText(row)}>
        <span aria-label={findingsText(row)}>
          {row.policyDeny ? `${row.findings} ⛔` : row.findings}
        </span>
      </Tooltip>
    ),
  };
}

/** The serving metrics of the last 5 minutes. */
const METRIC_COLUMNS: FleetColumn[] = [
  metricColumn(
    'TTFT p95',
    'ttftP95Seconds',
    'Time to first token, 95th percentile over the last 5 minutes.',
  ),
  metricColumn(
    'Req/s',
    'requestsPerSecond',
    'Requests per second over the last 5 minutes.',
  ),
  metricColumn(
    'KV cache',
    'kvCacheUsage',
    'KV cache usage of the model’s vLLM pods, now.',
  ),
];

/** The columns of the fleet table; `policyConfigured` false makes the findings column count lint findings only. */
export function fleetColumns(policyConfigured: boolean): FleetColumn[] {
  return [
    ...IDENTITY_COLUMNS,
    ...SETUP_COLUMNS,
    findingsColumn(policyConfigured),
    ...METRIC_COLUMNS,
  ];
}
