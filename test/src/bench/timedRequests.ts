import { performance } from 'node:perf_hooks';

/**
 * Sends `count` requests one after another and returns each one's latency in ms; fails on a non-2xx answer. With
 * `budgetMs`, stops early once that much time has passed (after at least 5 requests), so slow routes on a large
 * fleet stay bounded.
 */
export async function timeSequentialRequests(
  count: number,
  request: (index: number) => Promise<Response>,
  budgetMs = Infinity,
): Promise<number[]> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (i >= 5 && performance.now() - started > budgetMs) break;
    const start = performance.now();
    const response = await request(i);
    const body = await response.text();
    latencies.push(performance.now() - start);
    if (!response.ok) {
      throw new Error(
        `request ${i} answered ${response.status}: ${body.slice(0, 300)}`,
      );
    }
  }
  return latencies;
}

/** Resident set size in MB after a full GC when the process runs with --expose-gc. */
export function rssMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 1024 / 1024;
}
