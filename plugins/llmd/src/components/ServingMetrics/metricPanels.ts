import type { ModelMetricId } from '@llmd/plugin-llmd-common';

/** How a metric's numbers are read: seconds, per-second rates, 0–1 ratios or plain counts. */
export type MetricUnit =
  | 'seconds'
  | 'requestsPerSecond'
  | 'tokensPerSecond'
  | 'ratio'
  | 'count';

/** One line of a chart: a metric and what it is called on screen. */
export interface MetricLine {
  readonly id: ModelMetricId;
  readonly label: string;
}

/** One small chart of the Serving metrics card: metrics of the same unit drawn together. */
export interface MetricPanel {
  readonly id: string;
  readonly title: string;
  readonly unit: MetricUnit;
  readonly lines: readonly MetricLine[];
  /** Drawn only when the response has the metric (P/D models). */
  readonly optional?: boolean;
}

/** The charts of the card, in the order they are shown (the order of MODEL_METRIC_IDS). */
export const METRIC_PANELS: readonly MetricPanel[] = [
  {
    id: 'latency',
    title: 'Latency',
    unit: 'seconds',
    lines: [
      { id: 'ttftP50Seconds', label: 'TTFT p50' },
      { id: 'ttftP95Seconds', label: 'TTFT p95' },
      { id: 'itlP50Seconds', label: 'ITL p50' },
      { id: 'itlP95Seconds', label: 'ITL p95' },
      { id: 'e2eP95Seconds', label: 'End-to-end p95' },
    ],
  },
  {
    id: 'requests',
    title: 'Request rate',
    unit: 'requestsPerSecond',
    lines: [{ id: 'requestsPerSecond', label: 'Requests' }],
  },
  {
    id: 'tokens',
    title: 'Token throughput',
    unit: 'tokensPerSecond',
    lines: [
      { id: 'promptTokensPerSecond', label: 'Prompt' },
      { id: 'generationTokensPerSecond', label: 'Generation' },
    ],
  },
  {
    id: 'kvCache',
    title: 'KV cache usage',
    unit: 'ratio',
    lines: [{ id: 'kvCacheUsage', label: 'KV cache' }],
  },
  {
    id: 'queue',
    title: 'Queue',
    unit: 'count',
    lines: [
      { id: 'requestsWaiting', label: 'Waiting' },
      { id: 'requestsRunning', label: 'Running' },
    ],
  },
  {
    id: 'prefixCache',
    title: 'Prefix-cache hit rate',
    unit: 'ratio',
    lines: [{ id: 'prefixCacheHitRate', label: 'Hit rate' }],
  },
  {
    id: 'errors',
    title: 'Error rate',
    unit: 'ratio',
    lines: [{ id: 'errorRate', label: 'Errors' }],
  },
  {
    id: 'pd',
    title: 'P/D disaggregation',
    unit: 'ratio',
    lines: [{ id: 'pdDisaggregatedRate', label: 'Prefill split off' }],
    optional: true,
  },
];
