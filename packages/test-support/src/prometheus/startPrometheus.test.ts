import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { eventually } from '../eventually';
import { queryPrometheus } from './queryPrometheus';
import { startPrometheus } from './startPrometheus';

/** A stand-in for the simulator's pod network: one target on `/targets` (http_sd) serving one counter. */
async function startTargets(): Promise<{ url: string; close(): void }> {
  let port = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/targets') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify([
          {
            targets: [`127.0.0.1:${port}`],
            labels: {
              __metrics_path__: '/pods/team-a/pod-1/metrics',
              namespace: 'team-a',
              llm_isvc_name: 'chat',
            },
          },
        ]),
      );
    } else if (req.url === '/pods/team-a/pod-1/metrics') {
      res.setHeader('content-type', 'text/plain; version=0.0.4');
      res.end(
        '# TYPE vllm:prompt_tokens_total counter\nvllm:prompt_tokens_total{model_name="chat"} 42\n',
      );
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

jest.setTimeout(60_000);

describe('startPrometheus', () => {
  it('scrapes the http_sd targets with both namings and stops, leaving nothing behind', async () => {
    const targets = await startTargets();
    const before = new Set(fs.readdirSync(os.tmpdir()));
    const prometheus = await startPrometheus({
      httpSdUrl: `${targets.url}/targets`,
      naming: 'both',
      scrapeIntervalSeconds: 1,
      refreshIntervalSeconds: 1,
    });
    try {
      const samples = await eventually(
        'both names scraped',
        async () => {
          const found = await queryPrometheus(
            prometheus.url,
            '{__name__=~"vllm:prompt_tokens_total|kserve_vllm:prompt_tokens_total"}',
          );
          return found.length === 2 && found;
        },
        { timeoutMs: 20_000, intervalMs: 250 },
      );
      expect(
        samples
          .map(({ metric, value }) => [
            metric.__name__,
            metric.job,
            metric.llm_isvc_name,
            metric.namespace,
            value,
          ])
          .sort(),
      ).toEqual([
        ['kserve_vllm:prompt_tokens_total', 'llmd-pods', 'chat', 'team-a', 42],
        ['vllm:prompt_tokens_total', 'llmd-pods-default', 'chat', 'team-a', 42],
      ]);
    } finally {
      await prometheus.stop();
      targets.close();
    }
    const created = fs
      .readdirSync(os.tmpdir())
      .filter(name => !before.has(name) && name.startsWith('llmd-prometheus-'));
    expect(created).toEqual([]);
    await expect(fetch(`${prometheus.url}/-/ready`)).rejects.toThrow();
  });

  it('says why when Prometheus cannot start, quoting its last lines', async () => {
    const busy = http.createServer();
    await new Promise<void>(resolve =>
      busy.listen(0, '127.0.0.1', () => resolve()),
    );
    try {
      await expect(
        startPrometheus({
          httpSdUrl: 'http://127.0.0.1:9/targets',
          naming: 'raw',
          scrapeIntervalSeconds: 1,
          port: (busy.address() as AddressInfo).port,
        }),
      ).rejects.toThrow(
        /Prometheus exited before it was ready \(1\); its last lines:\n.*address already in use/s,
      );
    } finally {
      busy.closeAllConnections();
      busy.close();
    }
  });

  it('fails, saying how to install it, when the binary is missing: metrics tests never skip', async () => {
    const saved = process.env.PROMETHEUS_PATH;
    process.env.PROMETHEUS_PATH = '/nonexistent/prometheus';
    try {
      let start: typeof startPrometheus | undefined;
      jest.isolateModules(() => {
        start = require('./startPrometheus').startPrometheus;
      });
      await expect(
        start!({
          httpSdUrl: 'http://127.0.0.1:9/targets',
          naming: 'raw',
          scrapeIntervalSeconds: 1,
        }),
      ).rejects.toThrow(
        '/nonexistent/prometheus is missing: the metrics tests need the real Prometheus. Run "node scripts/ensurePrometheus.mjs"',
      );
    } finally {
      if (saved === undefined) delete process.env.PROMETHEUS_PATH;
      else process.env.PROMETHEUS_PATH = saved;
    }
  });
});
