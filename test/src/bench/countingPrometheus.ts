import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as testSupport from '@internal/test-support';

/** A real Prometheus behind a loopback proxy that counts the queries reaching it. */
export interface CountingPrometheus {
  /** The proxy's base URL: what the clusters' `metrics.url` points at. */
  readonly url: string;
  /** Requests to `/api/v1/…` since the last reset. */
  queries(): number;
  reset(): void;
  stop(): Promise<void>;
}

/** Why the benchmark has no Prometheus, in words, instead of a counting one. */
export type MetricsSource = CountingPrometheus | { unavailable: string };

type StartPrometheus = (options: {
  httpSdUrl: string;
  naming: 'raw';
  scrapeIntervalSeconds: number;
}) => Promise<{ url: string; stop(): Promise<void> }>;

/**
 * Starts the real Prometheus (test-support's `startPrometheus`) with an empty target list, and a proxy in front of it
 * that counts query API requests: the metrics routes' cost in Prometheus queries per page view. Resolves
 * `{unavailable}` when the binary (or the harness) is missing, so the benchmark reports it instead of failing.
 */
export async function startCountingPrometheus(): Promise<MetricsSource> {
  // looked up at run time: the harness may be absent from an older checkout
  const start = (
    testSupport as unknown as { startPrometheus?: StartPrometheus }
  ).startPrometheus;
  if (!start) {
    return { unavailable: '@internal/test-support has no startPrometheus' };
  }
  let target = '';
  let count = 0;
  const server = http.createServer((req, res) => {
    // the http_sd list Prometheus asks for: nothing to scrape, the queries still run
    if (req.url === '/bench-targets') {
      res.setHeader('content-type', 'application/json');
      res.end('[]');
      return;
    }
    if (req.url?.startsWith('/api/v1/')) count += 1;
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let prometheus: { url: string; stop(): Promise<void> };
  try {
    prometheus = await start({
      httpSdUrl: `${url}/bench-targets`,
      naming: 'raw',
      scrapeIntervalSeconds: 15,
    });
  } catch (error) {
    server.close();
    return { unavailable: (error as Error).message };
  }
  target = prometheus.url;
  return {
    url,
    queries: () => count,
    reset: () => {
      count = 0;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
      await prometheus.stop();
    },
  };
}
