import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// npm start runs the same code with plain Node (no TypeScript transform), so it lives in scripts/.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import {
  PROMETHEUS_BINARY,
  runPrometheus,
} from '../../../../scripts/startPrometheus.mjs';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { prometheusScrapeConfig } from '../../../../scripts/prometheusScrapeConfig.mjs';

/** How scraped series are named: as the pods emit them, `kserve_`-prefixed (OpenShift AI), or both. */
export type PrometheusNaming = 'raw' | 'kserve' | 'both';

/** Options of {@link startPrometheus}. */
export interface StartPrometheusOptions {
  /** The http_sd URL listing the targets: the cluster simulator's `<podNetworkUrl>/targets`. */
  readonly httpSdUrl: string;
  /** Series names as OpenShift AI's PodMonitors produce them. */
  readonly naming: PrometheusNaming;
  /** Global scrape interval; 1 s keeps tests short. */
  readonly scrapeIntervalSeconds: number;
  /** How often the target list is fetched again. Default twice the scrape interval. */
  readonly refreshIntervalSeconds?: number;
  /** Port on 127.0.0.1. Default: a free one. */
  readonly port?: number;
}

/** A Prometheus started by {@link startPrometheus}. */
export interface TestPrometheus {
  /** Base URL, e.g. `http://127.0.0.1:41234` (the query API is under `/api/v1`). */
  readonly url: string;
  /** The scrape jobs (the `job` label): `llmd-pods-default` for raw names, `llmd-pods` for `kserve_` ones. */
  readonly jobs: readonly string[];
  /** Stops the process and removes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

/**
 * Starts the real Prometheus binary (Debian's package) on loopback with a generated scrape configuration and its
 * data in a temporary directory, and resolves once it is ready. Rejects, saying to run
 * `node scripts/ensurePrometheus.mjs`, when the binary is missing: metrics tests never skip silently.
 */
export async function startPrometheus(
  options: StartPrometheusOptions,
): Promise<TestPrometheus> {
  if (!fs.existsSync(PROMETHEUS_BINARY)) {
    throw new Error(
      `${PROMETHEUS_BINARY} is missing: the metrics tests need the real Prometheus. Run "node scripts/ensurePrometheus.mjs" (as root it installs Debian's prometheus package).`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-prometheus-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  let running: { url: string; stop(): Promise<void> };
  try {
    running = await runPrometheus({ dir, ...options });
  } catch (error) {
    remove();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    url: running.url,
    jobs: prometheusScrapeConfig(options).scrape_configs.map(
      job => job.job_name,
    ),
    stop: () => {
      stopped ??= running.stop().then(remove);
      return stopped;
    },
  };
}
