import { Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { VerdictChip } from '../Reachability/VerdictChip';
import { type FleetRow, VERDICT_RANK } from './fleetRows';

/** Props of {@link FleetTable}. */
export interface FleetTableProps {
  readonly rows: readonly FleetRow[];
  /** False when no policy is configured: the findings column then counts lint findings only. */
  readonly policyConfigured: boolean;
}

const READY_COLOR = {
  ready: 'primary',
  partial: 'default',
  'not-ready': 'secondary',
} as const;

function findingsText(row: FleetRow): string {
  const parts = [];
  if (row.policyDeny) parts.push(`${row.policyDeny} policy deny`);
  if (row.policyWarn) parts.push(`${row.policyWarn} policy warn`);
  if (row.lintErrors) parts.push(`${row.lintErrors} EPP lint errors`);
  if (row.lintWarnings) parts.push(`${row.lintWarnings} EPP lint warnings`);
  return parts.join(', ') || 'No findings';
}

function columns(policyConfigured: boolean): TableColumn<FleetRow>[] {
  return [
    modelColumn(),
    { title: 'Tenant', field: 'namespace' },
    {
      title: 'Clusters',
      field: 'clusters',
      render: row =>
        row.clusters
          .map(c => (row.staleClusters.includes(c) ? `${c} (stale)` : c))
          .join(', '),
      customSort: (a, b) => a.clusters.join().localeCompare(b.clusters.join()),
    },
    {
      title: 'Ready',
      field: 'readyText',
      render: row => (
        <Chip
          size="small"
          label={row.readyText}
          color={READY_COLOR[row.readiness]}
        />
      ),
    },
    {
      title: 'Auth',
      field: 'auth',
      render: row => (row.auth ? 'On' : 'Off'),
      lookup: { true: 'On', false: 'Off' },
    },
    {
      title: 'P/D',
      field: 'pd',
      render: row => (row.pd ? 'Yes' : 'No'),
      lookup: { true: 'Yes', false: 'No' },
    },
    { title: 'GPUs', field: 'gpus', type: 'numeric', emptyValue: '—' },
    { title: 'Routing', field: 'routingPreset', emptyValue: 'unknown' },
    reachableColumn(),
    findingsColumn(policyConfigured),
  ];
}

/** The worst reachability verdict as a chip, the first broken step per cluster in its tooltip; sorted worst last. */
function reachableColumn(): TableColumn<FleetRow> {
  const rank = (row: FleetRow) =>
    row.reachability ? VERDICT_RANK[row.reachability] : -1;
  return {
    title: 'Reachable',
    field: 'reachableText',
    render: row =>
      row.reachability ? (
        <Tooltip title={row.reachabilityNote ?? 'Reachable on every cluster'}>
          <span>
            <VerdictChip
              verdict={row.reachability}
              label={`Reachability of ${row.displayName}`}
            />
          </span>
        </Tooltip>
      ) : (
        row.reachableText
      ),
    customSort: (a, b) => rank(a) - rank(b),
  };
}

/** The model's catalog link; search matches its name, display name and served model name. */
function modelColumn(): TableColumn<FleetRow> {
  return {
    title: 'Model',
    field: 'name',
    highlight: true,
    render: row => (
      <EntityRefLink
        entityRef={row.id}
        title={row.displayName}
        aria-label={`Open ${row.displayName}`}
      />
    ),
    customFilterAndSearch: (term: string, row) =>
      `${row.name} ${row.displayName} ${row.modelName}`
        .toLocaleLowerCase('en-US')
        .includes(term.toLocaleLowerCase('en-US')),
  };
}

/** The findings count (⛔ with a policy denial), broken down in its tooltip. */
function findingsColumn(policyConfigured: boolean): TableColumn<FleetRow> {
  return {
    title: policyConfigured ? 'Findings' : 'Lint findings',
    field: 'findings',
    type: 'numeric',
    render: row => (
      <Tooltip title={findingsText(row)}>
        <span aria-label={findingsText(row)}>
          {row.policyDeny ? `${row.findings} ⛔` : row.findings}
        </span>
      </Tooltip>
    ),
  };
}

/**
 * The fleet as a sortable, searchable, filterable table. Paging keeps the DOM to one page, so thousands of rows
 * sort and filter in memory without rendering them all.
 */
export function FleetTable({ rows, policyConfigured }: FleetTableProps) {
  return (
    <Table<FleetRow>
      title={`Model services (${rows.length})`}
      options={{
        paging: true,
        pageSize: 25,
        pageSizeOptions: [25, 50, 100, 500],
        search: true,
        padding: 'dense',
        emptyRowsWhenPaging: false,
      }}
      filters={[
        { column: 'Tenant', type: 'multiple-select' },
        { column: 'Clusters', type: 'multiple-select' },
        { column: 'Ready', type: 'select' },
        { column: 'Reachable', type: 'select' },
        { column: 'Routing', type: 'select' },
      ]}
      columns={columns(policyConfigured)}
      // material-table mutates rows (tableData); hand it copies so the memoised rows stay clean
      data={rows.map(row => ({ ...row }))}
      emptyContent={<div style={{ padding: 16 }}>No model services match.</div>}
    />
  );
}
