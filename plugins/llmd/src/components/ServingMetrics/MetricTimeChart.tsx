import { cloneElement, type ReactElement } from 'react';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartRows } from './chartRows';
import { formatAxisTick, formatMetricValue } from './formatMetricValue';
import type { MetricPanel } from './metricPanels';
import { useSeriesColours } from './useSeriesColours';
import type { MetricSeries, ModelMetricId } from '@llmd/plugin-llmd-common';

/** Props of {@link MetricTimeChart}. */
export interface MetricTimeChartProps {
  readonly panel: MetricPanel;
  readonly metrics: Partial<Readonly<Record<ModelMetricId, MetricSeries>>>;
  /** The chart's accessible name: the panel in words (the SVG itself says nothing to a screen reader). */
  readonly summary: string;
  /** The time axis, `[from, to]` in unix seconds (the same for every panel). */
  readonly timeAxis: readonly [number, number];
  readonly height?: number;
}

/** `14:05` for an axis tick, `14:05:30` in the tooltip. */
const clock = (seconds: number, withSeconds = false) =>
  new Date(seconds * 1000).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  });

/**
 * Fits the chart to its box. Without ResizeObserver (jsdom in component tests, very old browsers) recharts' container
 * would throw: draw at a fixed width there instead.
 */
function ChartSize({
  height,
  children,
}: {
  height: number;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  if (typeof ResizeObserver === 'undefined') {
    return cloneElement(children, { width: 320, height });
  }
  return (
    <ResponsiveContainer width="100%" height="100%">
      {children}
    </ResponsiveContainer>
  );
}

/** A small time-series line chart of one panel's metrics, coloured from the theme, without animation. */
export function MetricTimeChart({
  panel,
  metrics,
  summary,
  timeAxis,
  height = 140,
}: MetricTimeChartProps) {
  const theme = useTheme();
  const colours = useSeriesColours();
  const rows = chartRows(
    panel.lines.map(l => l.id),
    metrics,
  );
  const axis = { stroke: theme.palette.text.secondary, fontSize: 11 };
  return (
    <div role="img" aria-label={summary} style={{ width: '100%', height }}>
      <ChartSize height={height}>
        <LineChart
          data={rows}
          margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke={theme.palette.divider} strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[...timeAxis]}
            allowDataOverflow
            tickFormatter={(t: number) => clock(t)}
            minTickGap={24}
            {...axis}
          />
          <YAxis
            width={52}
            domain={panel.unit === 'ratio' ? [0, 1] : [0, 'auto']}
            tickFormatter={(v: number) => formatAxisTick(v, panel.unit)}
            {...axis}
          />
          <Tooltip
            labelFormatter={t => clock(Number(t), true)}
            formatter={value => formatMetricValue(Number(value), panel.unit)}
            contentStyle={{ background: theme.palette.background.paper }}
          />
          {panel.lines.map((line, i) => (
            <Line
              key={line.id}
              dataKey={line.id}
              name={line.label}
              stroke={colours[i % colours.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              type="monotone"
            />
          ))}
        </LineChart>
      </ChartSize>
    </div>
  );
}
