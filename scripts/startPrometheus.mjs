// Runs Debian's Prometheus binary on loopback with a generated scrape configuration (scripts/prometheusScrapeConfig.mjs)
// and waits until it is ready. `npm start` uses it for the demo cluster's metrics; @internal/test-support wraps it
// (temporary directory, removed on stop) for the tests. Never a system service: the process is ours and ends with us.
// Dependency-free ESM without import.meta, so Jest can load it too.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { prometheusConfigYaml } from './prometheusScrapeConfig.mjs';

/** Where Debian's `prometheus` package puts the binary; PROMETHEUS_PATH overrides it. */
export const PROMETHEUS_BINARY =
  process.env.PROMETHEUS_PATH ?? '/usr/bin/prometheus';

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const STDERR_LINES_KEPT = 15;

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `child` has exited (at once when it already has). */
function exited(child) {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise(resolve => child.once('exit', () => resolve()));
}

/**
 * Starts Prometheus with its configuration in `<dir>/prometheus.yml` and its data in `<dir>/data`, listening on
 * 127.0.0.1 only, and resolves once `/-/ready` answers 200. Rejects with clear words (and the last lines Prometheus
 * wrote) when the binary is missing, exits early or is not ready within `readyTimeoutMs`.
 * @param {{ dir: string, httpSdUrl: string, naming: import('./prometheusScrapeConfig.mjs').PrometheusNaming,
 *   scrapeIntervalSeconds: number, refreshIntervalSeconds?: number, port?: number, retention?: string,
 *   readyTimeoutMs?: number, binary?: string, log?: (line: string) => void }} options
 *   `log` receives each line Prometheus writes to stderr (default: kept only for the error message).
 * @returns {Promise<{ url: string, pid: number | undefined, stop: () => Promise<void> }>}
 */
export async function runPrometheus({
  dir,
  httpSdUrl,
  naming,
  scrapeIntervalSeconds,
  refreshIntervalSeconds,
  port,
  retention = '2d',
  readyTimeoutMs = READY_TIMEOUT_MS,
  binary = PROMETHEUS_BINARY,
  log,
}) {
  if (!existsSync(binary)) {
    throw new Error(
      `${binary} is missing: run "node scripts/ensurePrometheus.mjs" (installs Debian's prometheus package)`,
    );
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  const configFile = join(dir, 'prometheus.yml');
  writeFileSync(
    configFile,
    prometheusConfigYaml({
      httpSdUrl,
      naming,
      scrapeIntervalSeconds,
      refreshIntervalSeconds,
    }),
  );
  const listenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenPort}`;
  const child = spawn(
    binary,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--storage.tsdb.retention.time=${retention}`,
      `--web.listen-address=127.0.0.1:${listenPort}`,
      // Start-up chatter stays out of the portal's log; warnings and errors are kept (see `log`).
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const lastLines = [];
  // After 'close' every line it wrote has been read, so an error message can quote its last words.
  const closed = new Promise(resolve => child.once('close', resolve));
  let spawnError;
  child.once('error', error => {
    spawnError = error;
  });
  createInterface({ input: child.stderr }).on('line', line => {
    if (!line.trim()) return;
    log?.(line);
    lastLines.push(line);
    if (lastLines.length > STDERR_LINES_KEPT) lastLines.shift();
  });
  // Never outlive the process that started it (a test runner ending without calling stop, npm start exiting).
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
    }
  };
  const failure = reason => {
    const tail = lastLines.length
      ? `; its last lines:\n${lastLines.join('\n')}`
      : '';
    return new Error(`Prometheus ${reason}${tail}`);
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (spawnError)
      throw failure(`could not be started: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      await closed;
      throw failure(
        `exited before it was ready (${child.exitCode ?? child.signalCode})`,
      );
    }
    try {
      const response = await fetch(`${url}/-/ready`, {
        signal: AbortSignal.timeout(1_000),
      });
      if (response.ok) return { url, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw failure(`was not ready within ${readyTimeoutMs / 1000} s`);
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
