import { PerformanceObserver } from 'node:perf_hooks';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** The model page's `GET /models/:ns/:name` for one set of models. */
export interface ModelDetailFigures {
  /** Clusters each measured model runs on (cluster details per answer). */
  clusters: number;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  /** One answer's JSON size. */
  responseBytes: number;
  /** p50 per cluster detail in the answer. */
  p50PerClusterMs: number;
  /** Garbage collection in this process (the backend runs in it) while measuring: total pause and count. */
  gcMs: number;
  gcPauses: number;
  /**
   * CPU time of this process (the backend and the requests' client) per request: above p50 when the process was
   * busy with other work, p95 above it when the process waited for the CPU (the machine's other load).
   */
  cpuMsPerRequest: number;
}

/**
 * Times `count` sequential detail views of the models `modelAt(i)` names (each running on `clusters` clusters),
 * with the answer's size and the garbage collection meanwhile.
 */
export async function measureModelDetail(
  base: string,
  headers: Record<string, string>,
  count: number,
  clusters: number,
  modelAt: (index: number) => { namespace: string; name: string },
): Promise<ModelDetailFigures> {
  const url = (i: number) => {
    const { namespace, name } = modelAt(i);
    return `${base}/models/${namespace}/${name}`;
  };
  const sample = await fetch(url(0), { headers });
  const responseBytes = (await sample.arrayBuffer()).byteLength;
  let gcMs = 0;
  let gcPauses = 0;
  const observer = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcPauses += 1;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  let latencies: number[];
  const cpuBefore = process.cpuUsage();
  try {
    latencies = await timeSequentialRequests(count, i =>
      fetch(url(i), { headers }),
    );
    // gc entries are delivered after the event that caused them
    await new Promise(resolve => setTimeout(resolve, 10));
  } finally {
    observer.disconnect();
  }
  const cpu = process.cpuUsage(cpuBefore);
  const p50 = percentile(latencies, 50);
  return {
    clusters,
    requests: latencies.length,
    p50: round2(p50),
    p95: round2(percentile(latencies, 95)),
    max: round2(Math.max(...latencies)),
    responseBytes,
    p50PerClusterMs: round2(p50 / Math.max(clusters, 1)),
    gcMs: round2(gcMs),
    gcPauses,
    cpuMsPerRequest: round2((cpu.user + cpu.system) / 1000 / latencies.length),
  };
}
