import { MetricFamily } from './exposition';
import { Histogram } from './Histogram';
import {
  Generation,
  HISTOGRAMS,
  Labels,
  SCALARS,
  Series,
} from './vllmMetricCatalog';
import { VllmPodState } from './VllmPodState';

/** Which generation of vLLM metric names a pod exposes (see `simulator.llmd.dev/vllm-metric-names`). */
export type VllmMetricNames = 'current' | 'legacy' | 'both';

function gauge(name: string, help: string, series: Series): MetricFamily {
  return {
    name,
    help,
    type: 'gauge',
    samples: series.map(s => ({ name, ...s })),
  };
}

/**
 * A Python counter as `prometheus_client` exposes it without OpenMetrics: `<name>_total` (counter) and
 * `<name>_created` (gauge, Unix seconds).
 */
function counter(
  name: string,
  help: string,
  series: Series,
  created: number,
): MetricFamily[] {
  const total = `${name}_total`;
  return [
    {
      name: total,
      help,
      type: 'counter',
      samples: series.map(s => ({ name: total, ...s })),
    },
    gauge(
      `${name}_created`,
      help,
      series.map(s => ({ labels: s.labels, value: created })),
    ),
  ];
}

function histogram(
  name: string,
  help: string,
  h: Histogram,
  labels: Labels,
  created: number,
): MetricFamily[] {
  return [
    {
      name,
      help,
      type: 'histogram',
      samples: h.samples(name, labels, 'python'),
    },
    gauge(`${name}_created`, help, [{ labels, value: created }]),
  ];
}

/**
 * What a simulated vLLM pod serves on `/metrics`: the V1 engine's names, types, labels (`model_name`, `engine="0"`)
 * and buckets as in the vendored real scrape (a focused subset: what the portal and OpenShift AI's dashboards
 * query), plus FastAPI's `http_requests_total`; `names` picks the generation of the renamed families.
 */
export function vllmFamilies(
  state: VllmPodState,
  modelName: string,
  names: VllmMetricNames,
): MetricFamily[] {
  const wanted = (g: Generation) =>
    g === 'all' || names === 'both' || g === names;
  const labels = { engine: '0', model_name: modelName };
  const created = state.createdAt;
  const http: Series = [...state.http].map(([key, value]) => {
    const [handler, method, status] = key.split(' ');
    return { labels: { handler, method, status }, value };
  });
  return [
    ...SCALARS.filter(spec => wanted(spec.generation)).flatMap(spec =>
      spec.type === 'gauge'
        ? [gauge(spec.name, spec.help, spec.series(state, labels))]
        : counter(spec.name, spec.help, spec.series(state, labels), created),
    ),
    ...HISTOGRAMS.filter(([, , , g]) => wanted(g)).flatMap(
      ([name, help, key]) =>
        histogram(`vllm:${name}`, help, state.histograms[key], labels, created),
    ),
    ...counter(
      'http_requests',
      'Total number of requests by method, status and handler.',
      http,
      created,
    ),
  ];
}
