import { ExpositionStyle, formatValue, MetricSample } from './exposition';

/** A Prometheus histogram's state: cumulative counts per upper bound (`+Inf` implied), sum and count. */
export class Histogram {
  /** Cumulative counts, one per bound of {@link bounds}, then `+Inf` (= count). */
  readonly cumulative: number[];
  sum = 0;
  count = 0;

  constructor(readonly bounds: readonly number[]) {
    this.cumulative = new Array(bounds.length + 1).fill(0);
  }

  /** Adds an observation `times` times (e.g. every inter-token interval of one request at once). */
  observe(value: number, times = 1): void {
    if (times <= 0) return;
    this.bounds.forEach((bound, i) => {
      if (value <= bound) this.cumulative[i] += times;
    });
    this.cumulative[this.bounds.length] += times;
    this.sum += value * times;
    this.count += times;
  }

  /** The `_bucket`, `_count` and `_sum` samples under `name` with `labels`, in the order of the library (`style`). */
  samples(
    name: string,
    labels: Record<string, string>,
    style: ExpositionStyle,
  ): MetricSample[] {
    const buckets = [...this.bounds, Infinity].map((bound, i) => ({
      name: `${name}_bucket`,
      labels: { ...labels, le: formatValue(bound, style) },
      value: this.cumulative[i],
    }));
    const count = { name: `${name}_count`, labels, value: this.count };
    const sum = { name: `${name}_sum`, labels, value: this.sum };
    return style === 'python'
      ? [...buckets, count, sum]
      : [...buckets, sum, count];
  }
}
