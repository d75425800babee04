import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchFleet } from './benchFleetClient';
import { benchModelName, benchModelNamespace } from './benchModels';
import type { BenchOptions } from './benchOptions';
import { percentile, round2 } from './percentiles';

/** Change → fleet view: from a patch on the simulator until `GET /models` shows it. */
export interface ChangeToViewFigures {
  p50: number;
  p95: number;
  max: number;
  changes: number;
  /** Changes the view did not show within {@link VIEW_TIMEOUT_MS} (counted at that bound). */
  timedOut: number;
}

/** Changes measured (each waits for the view). */
const MAX_CHANGES = 50;
const VIEW_TIMEOUT_MS = 10_000;
const DISPLAY_NAME = 'openshift.io/display-name';

/**
 * Renames models on the simulated clusters (their display name, which the fleet page shows and searches) and polls
 * the page that holds each one (`cluster`, `tenant` and `q` set, `If-None-Match` with the last ETag) until it shows
 * the new name, as the fleet page's refresh would.
 */
export async function measureChangeToView(
  base: string,
  headers: Record<string, string>,
  fleet: BenchFleet,
  options: BenchOptions,
): Promise<ChangeToViewFigures> {
  const latencies: number[] = [];
  let timedOut = 0;
  const changes = Math.min(options.changes, MAX_CHANGES);
  for (let k = 1; k <= changes; k++) {
    const cluster = k % options.clusters;
    const index = (k * 7901) % options.models;
    const name = benchModelName(index);
    const namespace = benchModelNamespace(index);
    const displayName = `bench-view-${k}`;
    const url = `${base}/models?limit=50&cluster=${fleet.clusters[cluster].name}&tenant=${namespace}&q=${displayName}`;
    const shows = (body: any) =>
      (body.items ?? []).some(
        (item: any) => item.name === name && item.displayName === displayName,
      );

    const sent = performance.now();
    await fleet.touch(cluster, namespace, name, {
      [DISPLAY_NAME]: displayName,
    });
    let etag: string | undefined;
    let seen = false;
    while (!seen && performance.now() - sent < VIEW_TIMEOUT_MS) {
      const response = await fetch(url, {
        headers: etag ? { ...headers, 'if-none-match': etag } : headers,
      });
      if (response.status === 200) {
        etag = response.headers.get('etag') ?? undefined;
        seen = shows(await response.json());
      } else if (response.status === 304) {
        await response.arrayBuffer();
      } else {
        throw new Error(
          `${url} answered ${response.status}: ${(await response.text()).slice(
            0,
            300,
          )}`,
        );
      }
      if (!seen) await sleep(2);
    }
    if (!seen) timedOut += 1;
    latencies.push(Math.min(performance.now() - sent, VIEW_TIMEOUT_MS));
  }
  return {
    p50: round2(percentile(latencies, 50)),
    p95: round2(percentile(latencies, 95)),
    max: round2(Math.max(...latencies)),
    changes,
    timedOut,
  };
}
