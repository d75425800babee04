import type { MetricUnit } from './metricPanels';

/** A number with at most `digits` decimals, without trailing zeros (12, 1.5, 0.25). */
function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** Fewer decimals for bigger numbers: 1234 req/s needs none, 0.05 req/s needs two. */
function rate(value: number): string {
  if (value >= 100) return trimmed(value, 0);
  if (value >= 10) return trimmed(value, 1);
  return trimmed(value, 2);
}

/**
 * A metric value in words with its unit: latencies in ms below a second (`85 ms`, `1.24 s`), rates per second
 * (`3.5 req/s`, `120 tok/s`), ratios as percent (`42.5 %`), counts as they are. Null (no sample) is `—`.
 */
export function formatMetricValue(
  value: number | null | undefined,
  unit: MetricUnit,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '—';
  }
  switch (unit) {
    case 'seconds':
      return value < 1
        ? `${trimmed(value * 1000, value < 0.01 ? 1 : 0)} ms`
        : `${trimmed(value, 2)} s`;
    case 'requestsPerSecond':
      return `${rate(value)} req/s`;
    case 'tokensPerSecond':
      return `${rate(value)} tok/s`;
    case 'ratio':
      return `${trimmed(value * 100, 1)} %`;
    default:
      return trimmed(value, 1);
  }
}

/** The short form of an axis tick (fits the narrow axis): `50%`, `300ms`, `1.5s`; rates and counts bare. */
export function formatAxisTick(value: number, unit: MetricUnit): string {
  if (unit === 'ratio') return `${trimmed(value * 100, 0)}%`;
  if (unit === 'seconds')
    return formatMetricValue(value, unit).replace(' ', '');
  return rate(value);
}
