import type { PodMetricsSnapshot } from '@llmd/cluster-simulator';

/** Which pods count: e.g. a model's vLLM pods that answer clients. */
export type PodFilter = (pod: PodMetricsSnapshot) => boolean;

function sampleKey(name: string, labels: Record<string, string>): string {
  return `${name}{${Object.keys(labels)
    .sort()
    .map(k => `${k}=${labels[k]}`)
    .join(',')}}`;
}

/** `pod name → series key → value` of the pods that pass `filter`, for samples named `name` with `labels`. */
function samplesOf(
  snapshot: readonly PodMetricsSnapshot[],
  filter: PodFilter,
  name: string,
  labels: Record<string, string>,
): Map<string, number> {
  const values = new Map<string, number>();
  for (const pod of snapshot.filter(filter)) {
    for (const family of pod.families) {
      for (const sample of family.samples) {
        const matches =
          sample.name === name &&
          Object.entries(labels).every(([k, v]) => sample.labels[k] === v);
        if (matches) {
          values.set(
            `${pod.pod} ${sampleKey(name, sample.labels)}`,
            sample.value,
          );
        }
      }
    }
  }
  return values;
}

/** How much the samples named `name` (with `labels`) grew between two snapshots, summed over the pods. */
export function counterDelta(
  before: readonly PodMetricsSnapshot[],
  after: readonly PodMetricsSnapshot[],
  filter: PodFilter,
  name: string,
  labels: Record<string, string> = {},
): number {
  const old = samplesOf(before, filter, name, labels);
  let delta = 0;
  for (const [key, value] of samplesOf(after, filter, name, labels)) {
    delta += value - (old.get(key) ?? 0);
  }
  return delta;
}

/** The values of gauge `name` on each pod now. */
export function gaugeValues(
  snapshot: readonly PodMetricsSnapshot[],
  filter: PodFilter,
  name: string,
): number[] {
  return [...samplesOf(snapshot, filter, name, {}).values()];
}

/** The cumulative buckets `[le, count]` of histogram `base` added between two snapshots, summed over the pods. */
export function bucketDelta(
  before: readonly PodMetricsSnapshot[],
  after: readonly PodMetricsSnapshot[],
  filter: PodFilter,
  base: string,
): [number, number][] {
  const bounds = new Set<string>();
  for (const pod of after.filter(filter)) {
    for (const family of pod.families) {
      for (const sample of family.samples) {
        if (sample.name === `${base}_bucket`) bounds.add(sample.labels.le);
      }
    }
  }
  return [...bounds]
    .map((le): [number, number] => [
      le === '+Inf' ? Infinity : Number(le),
      counterDelta(before, after, filter, `${base}_bucket`, { le }),
    ])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The interval in which Prometheus's `histogram_quantile(q, …)` of these buckets falls: the bucket holding rank
 * `q × count` (linear interpolation inside it), widened to the neighbouring bucket when the rank lies within 3 % of
 * a bucket edge, where rate extrapolation that differs slightly between pods may tip it over.
 */
export function quantileBucket(
  buckets: readonly [number, number][],
  q: number,
): { lower: number; upper: number } {
  const total = buckets[buckets.length - 1][1];
  const bucketOf = (rank: number) =>
    buckets.findIndex(([, count]) => count >= rank);
  const first = bucketOf(q * total * 0.97);
  const last = bucketOf(Math.min(total, q * total * 1.03));
  const lower = first === 0 ? 0 : buckets[first - 1][0];
  // Prometheus answers the highest finite bound when the rank falls in +Inf.
  const upper =
    buckets[last][0] === Infinity ? buckets[last - 1][0] : buckets[last][0];
  return { lower, upper };
}
