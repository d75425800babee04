import { Table, type TableColumn } from '@backstage/core-components';
import type { GovernanceObjectFindings } from '@llmd/plugin-llmd-common';
import Chip from '@material-ui/core/Chip';

/** Props of {@link PolicyFindingsTable}. */
export interface PolicyFindingsTableProps {
  readonly items: readonly GovernanceObjectFindings[];
}

/** One finding with the object it is about. */
interface FindingRow {
  readonly id: string;
  readonly cluster: string;
  readonly object: string;
  readonly rule: string;
  readonly severity: 'deny' | 'warn';
  readonly path: string;
  readonly message: string;
}

function rowsOf(items: readonly GovernanceObjectFindings[]): FindingRow[] {
  return items.flatMap(item =>
    item.findings.map((finding, index) => ({
      id: `${item.cluster}/${item.kind}/${item.namespace ?? ''}/${
        item.name
      }/${index}`,
      cluster: item.stale ? `${item.cluster} (stale)` : item.cluster,
      object: `${item.kind} ${item.namespace ? `${item.namespace}/` : ''}${
        item.name
      }`,
      ...finding,
    })),
  );
}

const COLUMNS: TableColumn<FindingRow>[] = [
  {
    title: 'Severity',
    field: 'severity',
    render: row => (
      <Chip
        size="small"
        label={row.severity}
        color={row.severity === 'deny' ? 'secondary' : 'default'}
      />
    ),
  },
  { title: 'Rule', field: 'rule' },
  { title: 'Object', field: 'object', highlight: true },
  { title: 'Cluster', field: 'cluster' },
  { title: 'Field', field: 'path' },
  { title: 'Message', field: 'message', width: '40%' },
];

/**
 * Every policy finding on the live objects (models, Gateways, ...), the fleet-wide view of `GET
 * /api/llmd/governance`.
 */
export function PolicyFindingsTable({ items }: PolicyFindingsTableProps) {
  const rows = rowsOf(items);
  return (
    <Table<FindingRow>
      title={`Policy findings (${rows.length})`}
      options={{
        paging: true,
        pageSize: 10,
        pageSizeOptions: [10, 50, 200],
        search: true,
        padding: 'dense',
        emptyRowsWhenPaging: false,
      }}
      filters={[
        { column: 'Severity', type: 'select' },
        { column: 'Rule', type: 'multiple-select' },
      ]}
      columns={COLUMNS}
      data={rows}
      emptyContent={
        <div style={{ padding: 16 }}>
          No live object breaks the platform policy.
        </div>
      }
    />
  );
}
