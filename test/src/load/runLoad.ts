/*
 * `npm run load`: the llmd backend (started here, on loopback, against simulated clusters) under a fixed arrival rate
 * of the portal's read and token requests, for a bounded time; prints JSON. Not a test: it measures and stops.
 */
import { percentile, round2 } from '../bench/percentiles';
import { driveAtFixedRate, type RouteOutcome } from './fixedRateLoad';
import { startLoadBackend } from './loadBackendClient';
import { loadMix } from './loadMix';
import { parseLoadArgs, type LoadOptions } from './loadOptions';

/** What one route (or all of them) did under load. */
export interface RouteFigures {
  /** The arrival rate asked of it, requests per second. */
  rate: number;
  durationS: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

/** Requests slower than this count as errors (timeouts). */
const TIMEOUT_MS = 10_000;

function figures(
  rate: number,
  durationS: number,
  { latencies, errors, non2xx }: RouteOutcome,
): RouteFigures {
  return {
    rate,
    durationS,
    requests: latencies.length + errors,
    errors,
    non2xx,
    latencyMs: {
      p50: round2(percentile(latencies, 50)),
      p95: round2(percentile(latencies, 95)),
      p99: round2(percentile(latencies, 99)),
      max: round2(latencies.length ? Math.max(...latencies) : Number.NaN),
    },
  };
}

/** Starts the backend, drives every route of the mix at once, stops the backend and returns the report. */
export async function runLoad(options: LoadOptions) {
  const log = (line: string) => process.stderr.write(`load: ${line}\n`);
  log(
    `starting the backend on ${options.clusters} simulated clusters × ${options.models} models`,
  );
  const backend = await startLoadBackend(options);
  try {
    // the fleet view evaluates every model once after the sync; the first page waits for it, the load does not
    await (
      await fetch(`${backend.base}/models?limit=50`, {
        headers: backend.headers,
      })
    ).arrayBuffer();
    const governancePaged =
      (
        await fetch(`${backend.base}/governance?limit=50`, {
          headers: backend.headers,
        })
      ).status === 200;
    const routes = loadMix({
      clusters: backend.clusters,
      models: options.models,
      governancePaged,
    });
    const rssStartMb = await backend.rssMb();
    log(
      `${options.rate} req/s for ${options.durationS} s over ${routes
        .map(r => `${r.name} ${(options.rate * r.weight) / 100}/s`)
        .join(', ')}`,
    );
    const outcomes = await driveAtFixedRate({
      base: backend.base,
      headers: backend.headers,
      routes,
      rate: options.rate,
      durationS: options.durationS,
      connections: options.connections,
      timeoutMs: TIMEOUT_MS,
    });
    const rssEndMb = await backend.rssMb();
    const perRoute = Object.fromEntries(
      routes.map((route, i) => [
        route.name,
        figures(
          round2((options.rate * route.weight) / 100),
          options.durationS,
          outcomes[i],
        ),
      ]),
    );
    const all: RouteOutcome = {
      latencies: outcomes.flatMap(o => o.latencies),
      errors: outcomes.reduce((sum, o) => sum + o.errors, 0),
      non2xx: outcomes.reduce((sum, o) => sum + o.non2xx, 0),
      errorKinds: {},
    };
    for (const outcome of outcomes) {
      for (const [kind, count] of Object.entries(outcome.errorKinds)) {
        all.errorKinds[kind] = (all.errorKinds[kind] ?? 0) + count;
      }
    }
    return {
      setup: { ...options, governancePaged },
      overall: figures(options.rate, options.durationS, all),
      /** What the errors were (connection resets, timeouts), over every route. */
      errorKinds: all.errorKinds,
      routes: perRoute,
      /** The backend process: when synced, before the load (after a full GC) and after it. */
      rssMb: {
        synced: round2(backend.readyRssMb),
        start: round2(rssStartMb),
        end: round2(rssEndMb),
      },
    };
  } finally {
    await backend.close();
  }
}

if (require.main === module) {
  let options: LoadOptions;
  try {
    options = parseLoadArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  runLoad(options)
    .then(report => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exit(0);
    })
    .catch(error => {
      process.stderr.write(`load failed: ${error?.stack ?? error}\n`);
      process.exit(1);
    });
}
