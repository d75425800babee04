/*
 * `npm run bench`: the llmd backend and the stock Kubernetes backend on the same simulated clusters, printed as JSON.
 * Not a test: it measures, prints, and stops by itself.
 */
import { startBenchFleet } from './benchFleetClient';
import { parseBenchArgs, type BenchOptions } from './benchOptions';
import { measureLargeEppConfig } from './measureLargeEppConfig';
import { measureLlmdBackend } from './measureLlmdBackend';
import { measureStockKubernetesBackend } from './measureStockKubernetesBackend';
import { round2 } from './percentiles';

/** Targets of the live-state issue. */
export const BENCH_TARGETS = {
  modelDetailP95Ms: 5,
  apiServerRequestsPerPageView: 0,
  /** `GET /models/:ns/:name/diagnosis` (no probe), like the model detail. */
  diagnosisP95Ms: 5,
  changeToCacheP95Ms: 1000,
  /** For 10 000 objects (20 clusters × 500 models). */
  initialSyncMs: 10_000,
  /** For 10 000 objects. */
  rssGrowthMb: 300,
  /** `GET /models` p95 with one 1 MB EPP config over without it (issue 22). */
  largeEppConfigP95Ratio: 2,
  /** The readiness probe while `GET /models` lists that model. */
  readinessMaxMs: 100,
};

/** Runs the whole benchmark and returns the report. */
export async function runBench(options: BenchOptions) {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  log(
    `starting ${options.clusters} simulated clusters × ${
      options.models
    } models (${options.latencyMs} ms latency, ${
      options.tls ? 'HTTPS' : 'HTTP'
    })`,
  );
  const fleet = await startBenchFleet(options);
  try {
    log('measuring the llmd backend');
    const llmd = await measureLlmdBackend(fleet, options);
    log('measuring the stock Kubernetes backend');
    const stock = await measureStockKubernetesBackend(fleet, options);
    log('measuring GET /models with one model carrying a 1 MB EPP config');
    // its own single cluster: the 1 MB object must not slow the fleet measurements above
    const largeEppConfig = await measureLargeEppConfig(
      Math.min(options.models, 500),
    );
    return {
      setup: options,
      llmd,
      stockKubernetesBackend: stock,
      largeEppConfig,
      sideBySide: {
        p95Ratio: round2(stock.servicesMs.p95 / llmd.modelDetailMs.p95),
        p50Ratio: round2(stock.servicesMs.p50 / llmd.modelDetailMs.p50),
        apiServerRequestsPerPageView: {
          llmd: llmd.apiServerRequestsPerPageView,
          stock: stock.apiServerRequestsPerPageView,
        },
      },
      targets: {
        ...BENCH_TARGETS,
        met: {
          modelDetailP95:
            llmd.modelDetailMs.p95 <= BENCH_TARGETS.modelDetailP95Ms,
          apiServerRequestsPerPageView:
            llmd.apiServerRequestsPerPageView <=
            BENCH_TARGETS.apiServerRequestsPerPageView,
          diagnosisP95:
            llmd.diagnosis.diagnosisMs.p95 <= BENCH_TARGETS.diagnosisP95Ms,
          apiServerRequestsPerDiagnosisView:
            llmd.diagnosis.apiServerRequestsPerView <=
            BENCH_TARGETS.apiServerRequestsPerPageView,
          changeToCacheP95:
            llmd.changeToCacheMs.p95 <= BENCH_TARGETS.changeToCacheP95Ms,
          initialSync: llmd.initialSyncMs <= BENCH_TARGETS.initialSyncMs,
          rssGrowth: llmd.rssGrowthMb <= BENCH_TARGETS.rssGrowthMb,
          largeEppConfigP95Ratio:
            largeEppConfig.p95Ratio <= BENCH_TARGETS.largeEppConfigP95Ratio,
          readinessWithLargeEppConfig:
            largeEppConfig.readinessMs.max < BENCH_TARGETS.readinessMaxMs,
        },
      },
    };
  } finally {
    await fleet.close();
  }
}

if (require.main === module) {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  runBench(options)
    .then(report => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exit(0);
    })
    .catch(error => {
      process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
      process.exit(1);
    });
}
