import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Tooltip from '@material-ui/core/Tooltip';
import {
  type FleetColumn,
  type FleetMetricsView,
  type ModelSortKey,
  fleetColumns,
} from './fleetColumns';
import type { FleetMetricColumn, FleetRow } from './fleetRows';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The order of the table: the backend's sort, or a metric over the visible page. */
export interface FleetOrder {
  /** `name`, `-gpus`, ...: the query's `sort`. */
  readonly sort: string;
  /** Set when a metrics column orders the visible page. */
  readonly metric?: {
    readonly column: FleetMetricColumn;
    readonly descending: boolean;
  };
}

/** Props of {@link FleetTable}. */
export interface FleetTableProps {
  /** The visible page, in display order. */
  readonly rows: readonly FleetRow[];
  readonly metrics: FleetMetricsView;
  /** False when no policy is configured: the findings column then counts lint findings only. */
  readonly policyConfigured: boolean;
  readonly order: FleetOrder;
  readonly onSort: (sort: ModelSortKey | `-${ModelSortKey}`) => void;
  readonly onMetricSort: (column: FleetMetricColumn) => void;
}

type Direction = 'asc' | 'desc';

function directionOf(
  column: FleetColumn,
  order: FleetOrder,
): Direction | undefined {
  if (order.metric) {
    if (column.metric !== order.metric.column) return undefined;
    return order.metric.descending ? 'desc' : 'asc';
  }
  if (!column.sortKey) return undefined;
  if (order.sort === column.sortKey) return 'asc';
  return order.sort === `-${column.sortKey}` ? 'desc' : undefined;
}

function HeaderCell(props: {
  column: FleetColumn;
  order: FleetOrder;
  onSort: FleetTableProps['onSort'];
  onMetricSort: FleetTableProps['onMetricSort'];
}) {
  const { column, order } = props;
  const direction = directionOf(column, order);
  const sortable = column.sortKey || column.metric;
  let label = <span>{column.title}</span>;
  if (sortable) {
    const onClick = () => {
      if (column.metric) props.onMetricSort(column.metric);
      else if (column.sortKey) {
        props.onSort(
          direction === 'asc' ? `-${column.sortKey}` : column.sortKey,
        );
      }
    };
    label = (
      <TableSortLabel
        active={direction !== undefined}
        direction={direction ?? 'asc'}
        onClick={onClick}
      >
        {column.title}
      </TableSortLabel>
    );
  }
  return (
    <TableCell
      align={column.numeric ? 'right' : 'left'}
      sortDirection={direction ?? false}
      style={NO_WRAP}
    >
      {column.help ? <Tooltip title={column.help}>{label}</Tooltip> : label}
    </TableCell>
  );
}

/**
 * One page of the fleet: a row per model and cluster. The column headers sort: the backend's columns over every
 * page, the metrics columns over the visible page (their tooltip says so).
 */
export function FleetTable(props: FleetTableProps) {
  const columns = fleetColumns(props.policyConfigured);
  return (
    // many columns: scroll sideways on narrow screens instead of breaking words letter by letter
    <div style={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Model services">
        <TableHead>
          <TableRow>
            {columns.map(column => (
              <HeaderCell
                key={column.title}
                column={column}
                order={props.order}
                onSort={props.onSort}
                onMetricSort={props.onMetricSort}
              />
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(row => (
            <TableRow key={row.id} hover>
              {columns.map((column, index) => (
                <TableCell
                  key={column.title}
                  align={column.numeric ? 'right' : 'left'}
                  // the model's display name may wrap; the short values read better on one line
                  style={index === 0 ? undefined : NO_WRAP}
                >
                  {column.render(row, props.metrics)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
