import type { BenchFleet } from './benchFleetClient';
import { benchModelName, benchModelNamespace } from './benchModels';
import type { BenchOptions } from './benchOptions';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** What the benchmark reports for the model page's Reachability card (`GET /models/:ns/:name/diagnosis`). */
export interface DiagnosisFigures {
  diagnosisMs: { p50: number; p95: number };
  /** API-server requests per diagnosis view: the route reads only the cache (no probe is configured). */
  apiServerRequestsPerView: number;
}

/** `options.pageViews` diagnosis views of models spread over every cluster, counting API-server requests. */
export async function measureDiagnosisViews(
  base: string,
  headers: Record<string, string>,
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<DiagnosisFigures> {
  await fleet.resetRequestCount();
  const latencies = await timeSequentialRequests(options.pageViews, i => {
    const index = (i * 7919) % options.models;
    return fetch(
      `${base}/models/${benchModelNamespace(index)}/${benchModelName(
        index,
      )}/diagnosis`,
      { headers },
    );
  });
  const requests = await fleet.requestCount();
  return {
    diagnosisMs: {
      p50: round2(percentile(latencies, 50)),
      p95: round2(percentile(latencies, 95)),
    },
    apiServerRequestsPerView: round2(requests / options.pageViews),
  };
}
