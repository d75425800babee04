/*
 * `npm run bench`: the llmd backend and the stock Kubernetes backend on the same simulated clusters, printed as JSON.
 * Not a test: it measures, prints, and stops by itself.
 */
import { startBenchFleet } from './benchFleetClient';
import { parseBenchArgs, type BenchOptions } from './benchOptions';
import { checkTargets } from './benchTargets';
import { measureLargeEppConfig } from './measureLargeEppConfig';
import { measureLlmdBackend } from './measureLlmdBackend';
import {
  measureStockKubernetesBackend,
  type StockBackendFigures,
} from './measureStockKubernetesBackend';
import { round2 } from './percentiles';

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
    // --stock-page-views 0 skips it (at 100 clusters each view is 1 400 API requests)
    let stock: StockBackendFigures | null = null;
    if (options.stockPageViews > 0) {
      log('measuring the stock Kubernetes backend');
      stock = await measureStockKubernetesBackend(fleet, options);
    }
    log('measuring GET /models with one model carrying a 1 MB EPP config');
    // its own single cluster: the 1 MB object must not slow the fleet measurements above
    const largeEppConfig = await measureLargeEppConfig(
      Math.min(options.models, 500),
    );
    const pages = llmd.fleet.modelsPageMs;
    return {
      setup: options,
      llmd,
      stockKubernetesBackend: stock,
      largeEppConfig,
      sideBySide: stock && {
        // the stock backend's view is of a model every cluster runs: compared with the same
        p95Ratio: round2(
          stock.servicesMs.p95 / llmd.modelDetailAllClustersMs.p95,
        ),
        p50Ratio: round2(
          stock.servicesMs.p50 / llmd.modelDetailAllClustersMs.p50,
        ),
        apiServerRequestsPerPageView: {
          llmd: llmd.apiServerRequestsPerPageView,
          stock: stock.apiServerRequestsPerPageView,
        },
      },
      targets: checkTargets(options.clusters * options.models, {
        initialSyncMs: llmd.initialSyncMs,
        rssGrowthMb: llmd.rssGrowthMb,
        // the realistic model page (one cluster); without --solo-models the repeated models'
        modelDetailP95Ms: (llmd.modelDetailMs ?? llmd.modelDetailAllClustersMs)
          .p95,
        diagnosisP95Ms: llmd.diagnosis.diagnosisMs.p95,
        apiServerRequestsPerPageView: llmd.apiServerRequestsPerPageView,
        apiServerRequestsPerDiagnosisView:
          llmd.diagnosis.apiServerRequestsPerView,
        changeToCacheP95Ms: llmd.changeToCacheMs.p95,
        fleetModelsPageP95Ms: Math.max(
          pages.unfiltered.p95,
          pages.filtered.p95,
          pages.laterPage?.p95 ?? 0,
        ),
        fleetGovernanceP95Ms: llmd.fleet.governanceMs.p95,
        changeToViewP95Ms: llmd.changeToViewMs.p95,
        largeEppConfigP95Ratio: largeEppConfig.p95Ratio,
        readinessWithLargeEppConfigMaxMs: largeEppConfig.readinessMs.max,
      }),
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
