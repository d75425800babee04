import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoadRequest, LoadRoute } from './loadMix';

/** What one route saw: latencies of answered requests, connection errors and timeouts, non-2xx answers. */
export interface RouteOutcome {
  latencies: number[];
  errors: number;
  non2xx: number;
  /** Errors by code or message (`ECONNRESET`, `timeout`, ...). */
  errorKinds: Record<string, number>;
}

/** Options of {@link driveAtFixedRate}. */
export interface FixedRateOptions {
  /** `http://127.0.0.1:<port>/api/llmd` */
  base: string;
  headers: Record<string, string>;
  routes: readonly LoadRoute[];
  rate: number;
  durationS: number;
  /** Keep-alive sockets to the backend; requests beyond them wait for one (and that wait counts as latency). */
  connections: number;
  timeoutMs?: number;
}

/**
 * The order routes take turns in, by weight (smooth weighted round-robin): with weights 40/20/15/15/10 every 100
 * requests hold exactly that many of each, interleaved rather than in runs.
 */
function turnOrder(routes: readonly LoadRoute[]): number[] {
  const total = routes.reduce((sum, r) => sum + r.weight, 0);
  const current = routes.map(() => 0);
  const order: number[] = [];
  for (let slot = 0; slot < total; slot++) {
    routes.forEach((r, i) => {
      current[i] += r.weight;
    });
    const pick = current.indexOf(Math.max(...current));
    current[pick] -= total;
    order.push(pick);
  }
  return order;
}

function send(
  agent: http.Agent,
  base: URL,
  headers: Record<string, string>,
  request: LoadRequest,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: `${base.pathname}${request.path}`,
        headers: {
          ...headers,
          ...(request.body
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(request.body),
              }
            : {}),
        },
        timeout: timeoutMs,
      },
      res => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * An open-loop load: request k is due at `k / rate` seconds whatever the answers before it did (a fixed arrival
 * rate, not a fixed concurrency), for `durationS` seconds. Latency runs from the due time to the end of the answer,
 * so a backend that falls behind shows it instead of slowing the load down (no coordinated omission). Bounded: at
 * most `rate × durationS` requests, each with a timeout.
 */
export async function driveAtFixedRate(
  options: FixedRateOptions,
): Promise<RouteOutcome[]> {
  const base = new URL(options.base);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.connections,
  });
  const outcomes: RouteOutcome[] = options.routes.map(() => ({
    latencies: [],
    errors: 0,
    non2xx: 0,
    errorKinds: {},
  }));
  const order = turnOrder(options.routes);
  const sentPerRoute = options.routes.map(() => 0);
  const total = Math.round(options.rate * options.durationS);
  const intervalMs = 1000 / options.rate;
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  let next = 0;
  try {
    while (next < total) {
      const now = performance.now();
      for (; next < total && start + next * intervalMs <= now; next++) {
        const route = order[next % order.length];
        const due = start + next * intervalMs;
        const request = options.routes[route].request(sentPerRoute[route]++);
        const outcome = outcomes[route];
        const done = send(
          agent,
          base,
          options.headers,
          request,
          options.timeoutMs ?? 10_000,
        ).then(
          status => {
            outcome.latencies.push(performance.now() - due);
            if (status < 200 || status >= 300) outcome.non2xx += 1;
          },
          (error: NodeJS.ErrnoException) => {
            outcome.errors += 1;
            const kind = error.code ?? error.message;
            outcome.errorKinds[kind] = (outcome.errorKinds[kind] ?? 0) + 1;
          },
        );
        inFlight.add(done);
        done.finally(() => inFlight.delete(done));
      }
      // wake up at the next due time (timers are ~1 ms coarse; late sends are caught up in the loop above)
      const wait = start + next * intervalMs - performance.now();
      await new Promise(resolve => setTimeout(resolve, Math.max(0, wait)));
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  return outcomes;
}
