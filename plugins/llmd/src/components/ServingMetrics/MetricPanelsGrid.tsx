import type { ModelMetricsResponse } from '@llmd/plugin-llmd-common';
import Grid from '@material-ui/core/Grid';
import { chartWindow } from './chartWindow';
import { METRIC_PANELS } from './metricPanels';
import { MetricPanelView } from './MetricPanelView';

/** Props of {@link MetricPanelsGrid}. */
export interface MetricPanelsGridProps {
  readonly response: ModelMetricsResponse;
}

/** The panels of a metrics response, three to a row on wide screens; the P/D panel only when the model has it. */
export function MetricPanelsGrid({ response }: MetricPanelsGridProps) {
  const timeAxis = chartWindow(response.range, response.evaluatedAt);
  const panels = METRIC_PANELS.filter(
    p => !p.optional || p.lines.some(l => response.metrics[l.id]),
  );
  return (
    <Grid container spacing={2}>
      {panels.map(panel => (
        <Grid
          key={panel.id}
          item
          xs={12}
          md={panel.id === 'latency' ? 12 : 6}
          lg={panel.id === 'latency' ? 8 : 4}
        >
          <MetricPanelView
            panel={panel}
            metrics={response.metrics}
            range={response.range}
            timeAxis={timeAxis}
          />
        </Grid>
      ))}
    </Grid>
  );
}
