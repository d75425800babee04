import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as testSupport from '@internal/test-support';
import { eventually, vendorPath } from '@internal/test-support';
import { benchModelName, benchModelNamespace } from './benchModels';

/** A real Prometheus behind a loopback proxy that counts the queries reaching it. */
export interface CountingPrometheus {
  /** The proxy's base URL: what the clusters' `metrics.url` points at. */
  readonly url: string;
  /** Requests to `/api/v1/…` since the last reset. */
  queries(): number;
  reset(): void;
  stop(): Promise<void>;
}

/**
 * The scraped pods: the real vLLM and EPP scrapes of OpenShift AI (vendored) served for the first benchmark model with
 * its PodMonitor labels, so Prometheus holds the metric names the routes look for and every query of the routes runs.
 */
function scrapeTargets(port: number) {
  const model = benchModelName(0);
  const labels = {
    namespace: benchModelNamespace(0),
    llm_isvc_name: model,
  };
  return [
    {
      targets: [`127.0.0.1:${port}`],
      labels: {
        ...labels,
        __metrics_path__: '/bench-pods/vllm',
        pod: `${model}-kserve-0`,
        llm_isvc_component: 'workload',
        llm_isvc_role: 'both',
      },
    },
    {
      targets: [`127.0.0.1:${port}`],
      labels: {
        ...labels,
        __metrics_path__: '/bench-pods/epp',
        pod: `${model}-epp-0`,
        llm_isvc_component: 'router-scheduler',
      },
    },
  ];
}

const SCRAPES: Record<string, string> = {
  '/bench-pods/vllm': 'vllm_metrics.txt',
  '/bench-pods/epp': 'scheduler_metrics.txt',
};

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
  let port = 0;
  const server = http.createServer((req, res) => {
    // the http_sd list and the scrapes Prometheus asks for
    if (req.url === '/bench-targets') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(scrapeTargets(port)));
      return;
    }
    const scrape = SCRAPES[req.url ?? ''];
    if (scrape) {
      res.setHeader('content-type', 'text/plain; version=0.0.4');
      res.end(fs.readFileSync(vendorPath('metrics', 'odh-kserve', scrape)));
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
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  let prometheus: { url: string; stop(): Promise<void> };
  try {
    prometheus = await start({
      httpSdUrl: `${url}/bench-targets`,
      naming: 'raw',
      scrapeIntervalSeconds: 1,
    });
  } catch (error) {
    server.close();
    return { unavailable: (error as Error).message };
  }
  target = prometheus.url;
  try {
    await eventually('the first scrape in Prometheus', () => scraped(target), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
  } catch (error) {
    server.close();
    await prometheus.stop();
    return { unavailable: (error as Error).message };
  }
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

async function scraped(prometheusUrl: string): Promise<boolean> {
  const query = encodeURIComponent('count({__name__=~"vllm:.+"})');
  const response = await fetch(`${prometheusUrl}/api/v1/query?query=${query}`);
  const body = (await response.json()) as { data?: { result?: unknown[] } };
  return (body.data?.result?.length ?? 0) > 0;
}
