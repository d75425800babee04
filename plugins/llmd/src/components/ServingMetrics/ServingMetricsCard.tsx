import { InfoCard, Progress } from '@backstage/core-components';
import type { MetricsRange } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { useState } from 'react';
import type { ModelRef } from '../../api';
import { useModelMetrics } from '../../hooks/useModelMetrics';
import { MetricPanelsGrid } from './MetricPanelsGrid';
import { MetricsLoadError } from './MetricsLoadError';
import { MetricsSourceLine } from './MetricsSourceLine';
import { MetricsStateMessage } from './MetricsStateMessage';
import { MetricsWarnings } from './MetricsWarnings';
import { RangeSelector } from './RangeSelector';

/** Props of {@link ServingMetricsCard}. */
export interface ServingMetricsCardProps {
  readonly model: ModelRef;
  /** The cluster whose copy of the model the card shows. */
  readonly cluster: string;
}

/**
 * "How is my model doing?": latency percentiles, throughput, KV cache, queue, prefix-cache hit rate, errors and, for
 * P/D models, how often prefill is split off, from the cluster's Prometheus over a chosen range, reloaded while the
 * page is visible. A failing Prometheus fails this card only.
 */
export function ServingMetricsCard({
  model,
  cluster,
}: ServingMetricsCardProps) {
  const [range, setRange] = useState<MetricsRange>('1h');
  const { value, loading, error, retry } = useModelMetrics(
    model,
    cluster,
    range,
  );
  let body;
  if (error) {
    body = <MetricsLoadError error={error} onRetry={retry} />;
  } else if (!value) {
    body = <Progress aria-label="Loading serving metrics" />;
  } else {
    const charts = value.state === 'ok' || value.state === 'no-traffic';
    body = (
      <>
        <MetricsStateMessage
          state={value.state}
          model={model}
          cluster={cluster}
          range={value.range}
        />
        {/* without a source the backend's only warning repeats how to configure one, which the message says */}
        {value.state !== 'not-configured' && (
          <MetricsWarnings warnings={value.warnings} />
        )}
        {charts && <MetricPanelsGrid response={value} />}
        {value.state !== 'not-configured' && (
          <MetricsSourceLine
            source={value.source}
            evaluatedAt={value.evaluatedAt}
          />
        )}
      </>
    );
  }
  return (
    <InfoCard
      title="Serving metrics"
      subheader={`${model.namespace}/${model.name} on ${cluster}: latency, throughput, KV cache, queue, prefix cache, errors`}
    >
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <RangeSelector value={range} onChange={setRange} />
          <Box flexGrow={1}>
            {/* a reload keeps the last numbers on screen; this bar says a newer answer is coming */}
            {loading && value && (
              <LinearProgress aria-label="Refreshing serving metrics" />
            )}
          </Box>
        </Box>
        {body}
      </Box>
    </InfoCard>
  );
}
