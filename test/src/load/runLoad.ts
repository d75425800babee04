/*
 * `npm run load`: the llmd backend (started here, on loopback, against simulated clusters) under a fixed arrival rate
 * of the portal's read and token requests, for a bounded time; prints JSON. Not a test: it measures and stops.
 */
import autocannon from 'autocannon';
import { percentile, round2 } from '../bench/percentiles';
import { startLoadBackend } from './loadBackendClient';
import { loadMix, type LoadRoute } from './loadMix';
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
const TIMEOUT_S = 10;

/** Splits the overall rate and connections over the routes by weight: each at least 1 req/s and 1 connection. */
function shares(routes: LoadRoute[], options: LoadOptions) {
  return routes.map(route => {
    const rate = Math.max(1, Math.round((options.rate * route.weight) / 100));
    const connections = Math.min(
      rate,
      Math.max(1, Math.round((options.connections * route.weight) / 100)),
    );
    return { route, rate, connections };
  });
}

function figures(
  rate: number,
  durationS: number,
  latencies: number[],
  errors: number,
  non2xx: number,
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

/** Drives one route at its rate for the duration; latencies of every answered request (2xx or not). */
async function driveRoute(
  base: string,
  headers: Record<string, string>,
  share: ReturnType<typeof shares>[number],
  durationS: number,
) {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  const url = new URL(base);
  const instance = autocannon({
    url: url.origin,
    connections: share.connections,
    overallRate: share.rate,
    duration: durationS,
    timeout: TIMEOUT_S,
    requests: [
      {
        setupRequest: request => {
          const next = share.route.request(sent++);
          return {
            ...request,
            method: next.method,
            path: `${url.pathname}${next.path}`,
            headers: {
              ...headers,
              ...(next.body ? { 'content-type': 'application/json' } : {}),
            },
            body: next.body,
          };
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx += 1;
  });
  instance.on('reqError', () => {
    errors += 1;
  });
  await instance;
  return { latencies, errors, non2xx };
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
    const routes = shares(
      loadMix({
        clusters: backend.clusters,
        models: options.models,
        governancePaged,
      }),
      options,
    );
    const rssStartMb = await backend.rssMb();
    log(
      `${options.rate} req/s for ${options.durationS} s over ${routes
        .map(r => `${r.route.name} ${r.rate}/s`)
        .join(', ')}`,
    );
    const results = await Promise.all(
      routes.map(share =>
        driveRoute(backend.base, backend.headers, share, options.durationS),
      ),
    );
    const rssEndMb = await backend.rssMb();
    const perRoute = Object.fromEntries(
      routes.map((share, i) => [
        share.route.name,
        figures(
          share.rate,
          options.durationS,
          results[i].latencies,
          results[i].errors,
          results[i].non2xx,
        ),
      ]),
    );
    const sum = (pick: (r: (typeof results)[number]) => number) =>
      results.reduce((total, r) => total + pick(r), 0);
    return {
      setup: { ...options, governancePaged },
      overall: figures(
        options.rate,
        options.durationS,
        results.flatMap(r => r.latencies),
        sum(r => r.errors),
        sum(r => r.non2xx),
      ),
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
