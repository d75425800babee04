import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo, useState } from 'react';
import { useFleetMetrics } from '../../hooks/useFleetMetrics';
import {
  type FleetModelsFilters,
  useFleetModelsPage,
} from '../../hooks/useFleetModelsPage';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { type FleetMetricsView, rowMetrics } from './fleetColumns';
import { FleetFilters } from './FleetFilters';
import { type FleetMetricColumn, fleetRow, sortByMetric } from './fleetRows';
import { type FleetOrder, FleetTable } from './FleetTable';
import { MetricsNotes } from './MetricsNotes';
import { Pager } from './Pager';

/** Props of {@link FleetModels}. */
export interface FleetModelsProps {
  /** False when no policy is configured: the findings column counts lint findings only. */
  readonly policyConfigured: boolean;
  /** Clusters are configured: an empty fleet then says how to add a first model. */
  readonly hasClusters: boolean;
}

/** A filter other than the order is set. */
const narrowed = ({ sort: _sort, ...rest }: FleetModelsFilters) =>
  Object.values(rest).some(value => value !== undefined);

/** The page of models, its metrics and its order (the backend's, or a metric's over the page). */
function useFleetModels() {
  const page = useFleetModelsPage();
  const [metricSort, setMetricSort] = useState<FleetOrder['metric']>();
  const rows = useMemo(
    () => (page.value?.items ?? []).map(fleetRow),
    [page.value],
  );
  const metrics = useFleetMetrics(rows);
  const view: FleetMetricsView = {
    byModel: metrics.byModel,
    loading: metrics.loading,
    failed: metrics.error !== undefined,
  };
  return {
    page,
    metrics,
    view,
    rows: metricSort
      ? sortByMetric(
          rows,
          row => rowMetrics(row, view)?.[metricSort.column],
          metricSort.descending,
        )
      : rows,
    order: { sort: page.paging.filters.sort ?? 'name', metric: metricSort },
    /** New filters or a backend sort: back to the first page, in the backend's order. */
    filter: (filters: Partial<FleetModelsFilters>) => {
      setMetricSort(undefined);
      page.dispatch({ type: 'filter', filters });
    },
    /** Orders the page by a metric, largest first; a second click reverses. */
    sortByMetric: (column: FleetMetricColumn) =>
      setMetricSort(current => ({
        column,
        descending: current?.column === column ? !current.descending : true,
      })),
  };
}

/** The loaded page: title, filters, metrics notes, table and pager. */
function FleetModelsCard({
  fleet,
  policyConfigured,
}: {
  fleet: ReturnType<typeof useFleetModels>;
  policyConfigured: boolean;
}) {
  const { page, rows } = fleet;
  const value = page.value!;
  return (
    <Paper>
      <Box p={2} display="flex" flexDirection="column" style={{ gap: 12 }}>
        <Typography variant="h6" component="h2">
          Model services ({value.totalCount})
        </Typography>
        <FleetFilters
          filters={page.paging.filters}
          facets={value.facets}
          onChange={fleet.filter}
        />
        <MetricsNotes
          warnings={fleet.metrics.warnings}
          error={fleet.metrics.error}
        />
        {page.loading && <Progress aria-label="Loading the page" />}
        {rows.length === 0 ? (
          <Typography>No model services match.</Typography>
        ) : (
          <FleetTable
            rows={rows}
            metrics={fleet.view}
            policyConfigured={policyConfigured}
            order={fleet.order}
            onSort={sort => fleet.filter({ sort })}
            onMetricSort={fleet.sortByMetric}
          />
        )}
        <Pager
          what="model services"
          pageIndex={page.paging.cursors.length}
          pageSize={page.limit}
          itemCount={rows.length}
          totalCount={value.totalCount}
          nextCursor={value.nextCursor}
          busy={page.loading}
          onNext={cursor => page.dispatch({ type: 'next', cursor })}
          onPrevious={() => page.dispatch({ type: 'previous' })}
        />
      </Box>
    </Paper>
  );
}

/**
 * The fleet's model services, one page at a time from `GET /api/llmd/models` (the backend pages, filters and
 * sorts), with the page's serving metrics from one `POST /api/llmd/metrics/fleet`.
 */
export function FleetModels({
  policyConfigured,
  hasClusters,
}: FleetModelsProps) {
  const fleet = useFleetModels();
  const { page } = fleet;
  if (page.error) {
    return (
      <LlmdErrorState
        error={page.error}
        what="load the model services"
        onRetry={page.retry}
      />
    );
  }
  if (!page.value) return <Progress aria-label="Loading the model services" />;
  if (
    page.value.totalCount === 0 &&
    !narrowed(page.paging.filters) &&
    hasClusters
  ) {
    return (
      <Alert severity="info">
        No LLMInferenceService runs on the configured clusters yet. Use the
        “Deploy an LLM model service” template to add one.
      </Alert>
    );
  }
  return <FleetModelsCard fleet={fleet} policyConfigured={policyConfigured} />;
}
