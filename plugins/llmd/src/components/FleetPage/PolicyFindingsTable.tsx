import type {
  GovernanceObjectFindings,
  GovernanceResponse,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Dispatch } from 'react';
import type { GovernanceFilters } from '../../hooks/useGovernancePage';
import type { CursorPaging, CursorPagingAction } from './cursorPaging';
import { LabelledSelect } from './LabelledSelect';
import { Pager } from './Pager';
import { SearchBox } from './SearchBox';

/** Props of {@link PolicyFindingsTable}. */
export interface PolicyFindingsTableProps {
  /** The page shown. */
  readonly page: GovernanceResponse;
  readonly paging: CursorPaging<GovernanceFilters>;
  readonly dispatch: Dispatch<CursorPagingAction<GovernanceFilters>>;
  readonly pageSize: number;
  /** A page is loading. */
  readonly loading: boolean;
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

const HEADERS = ['Severity', 'Rule', 'Object', 'Cluster', 'Field', 'Message'];

/** The options of a filter: "Any" (no filter) and then each value. */
const anyOr = (values: readonly string[]) => [
  ['', 'Any'] as const,
  ...values.map(value => [value, value] as const),
];

function Filters({ page, paging, dispatch }: PolicyFindingsTableProps) {
  const filter = (filters: Partial<GovernanceFilters>) =>
    dispatch({ type: 'filter', filters });
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
      <SearchBox
        label="Search findings"
        value={paging.filters.q}
        onSearch={q => filter({ q })}
      />
      <LabelledSelect
        label="Severity"
        value={paging.filters.severity}
        options={anyOr(['deny', 'warn'])}
        onChange={severity =>
          filter({ severity: severity as GovernanceFilters['severity'] })
        }
      />
      <LabelledSelect
        label="Rule"
        value={paging.filters.rule}
        options={anyOr(page.rules)}
        onChange={rule => filter({ rule })}
      />
    </Box>
  );
}

/**
 * The policy findings on the live objects (models, Gateways, ...) of every cluster, one page of objects at a time
 * from `GET /api/llmd/governance`: a row per finding. The title counts every finding, the pager the matching objects.
 */
export function PolicyFindingsTable(props: PolicyFindingsTableProps) {
  const { page, paging, dispatch } = props;
  const rows = rowsOf(page.items);
  return (
    <Paper>
      <Box p={2} display="flex" flexDirection="column" style={{ gap: 12 }}>
        <Typography variant="h6" component="h2">
          Policy findings ({page.counts.deny + page.counts.warn})
        </Typography>
        <Filters {...props} />
        {rows.length === 0 ? (
          <Typography>No live object breaks the platform policy.</Typography>
        ) : (
          <Table size="small" aria-label="Policy findings">
            <TableHead>
              <TableRow>
                {HEADERS.map(header => (
                  <TableCell key={header}>{header}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(row => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Chip
                      size="small"
                      label={row.severity}
                      color={row.severity === 'deny' ? 'secondary' : 'default'}
                    />
                  </TableCell>
                  <TableCell>{row.rule}</TableCell>
                  <TableCell>{row.object}</TableCell>
                  <TableCell>{row.cluster}</TableCell>
                  <TableCell>{row.path}</TableCell>
                  <TableCell style={{ width: '40%' }}>{row.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager
          what="objects"
          pageIndex={paging.cursors.length}
          pageSize={props.pageSize}
          itemCount={page.items.length}
          totalCount={page.totalCount}
          nextCursor={page.nextCursor}
          busy={props.loading}
          onNext={cursor => dispatch({ type: 'next', cursor })}
          onPrevious={() => dispatch({ type: 'previous' })}
        />
      </Box>
    </Paper>
  );
}
