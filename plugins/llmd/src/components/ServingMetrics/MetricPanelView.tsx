import type {
  MetricSeries,
  MetricsRange,
  ModelMetricId,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { formatMetricValue } from './formatMetricValue';
import type { MetricPanel } from './metricPanels';
import { MetricTimeChart } from './MetricTimeChart';
import { panelSummary } from './panelSummary';
import { useSeriesColours } from './useSeriesColours';

/** Props of {@link MetricPanelView}. */
export interface MetricPanelViewProps {
  readonly panel: MetricPanel;
  readonly metrics: Partial<Readonly<Record<ModelMetricId, MetricSeries>>>;
  readonly range: MetricsRange;
  /** The time axis of the chart, `[from, to]` in unix seconds. */
  readonly timeAxis: readonly [number, number];
}

/**
 * One panel of the card: its title, the current value of each line as a big number with its unit (the swatch
 * before it is the line's colour, so the numbers are the chart's legend), and the chart over the range.
 */
export function MetricPanelView({
  panel,
  metrics,
  range,
  timeAxis,
}: MetricPanelViewProps) {
  const colours = useSeriesColours();
  const summary = panelSummary(panel, metrics, range);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={panel.title}
      style={{ padding: 12, height: '100%' }}
    >
      <Typography variant="subtitle2" component="h3">
        {panel.title}
      </Typography>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }} my={1}>
        {panel.lines.map((line, i) => (
          <Box key={line.id} data-metric={line.id}>
            <Typography variant="caption" color="textSecondary">
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  marginRight: 4,
                  borderRadius: 2,
                  background: colours[i % colours.length],
                }}
              />
              {line.label}
            </Typography>
            <Typography
              variant="h6"
              component="p"
              aria-label={`${line.label}: ${formatMetricValue(
                metrics[line.id]?.current,
                panel.unit,
              )}`}
            >
              {formatMetricValue(metrics[line.id]?.current, panel.unit)}
            </Typography>
          </Box>
        ))}
      </Box>
      <MetricTimeChart
        panel={panel}
        metrics={metrics}
        summary={summary}
        timeAxis={timeAxis}
      />
    </Paper>
  );
}
