import { spawnSync } from 'node:child_process';
import { repoRoot } from '@internal/test-support';
import { parseBenchArgs } from './benchOptions';

// Keeps `npm run bench` working: the real command on a tiny fleet, in its own process (the stock Kubernetes
// backend loads modules with dynamic import(), which Jest's VM cannot run). The figures are for the benchmark to
// print, not for a test to assert; only the request counts are behaviour.
jest.setTimeout(180_000);

describe('npm run bench', () => {
  it('measures both backends on the same simulated clusters and prints JSON', () => {
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'bench',
        '--',
        ...['--clusters', '2', '--models', '5', '--page-views', '20'],
        ...['--stock-page-views', '3', '--changes', '5', '--solo-models', '1'],
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.stderr).toContain(
      'bench: measuring the stock Kubernetes backend',
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    // 5 models on both clusters and 1 on each alone
    expect(report.llmd.objectsSynced).toBe(12);
    expect(report.llmd.modelDetailMs).toMatchObject({
      clusters: 1,
      requests: 20,
    });
    expect(report.llmd.modelDetailAllClustersMs).toMatchObject({
      clusters: 2,
      requests: 20,
    });
    expect(report.llmd.modelDetailAllClustersMs.responseBytes).toBeGreaterThan(
      report.llmd.modelDetailMs.responseBytes,
    );
    expect(report.llmd.fleet.models).toBe(10);
    // issue 20: the fleet page's paged requests, and a change reaching the fleet view
    expect(report.llmd.fleet.modelsPageMs.unfiltered.p95).toBeGreaterThan(0);
    expect(report.llmd.fleet.modelsPageMs.filtered.p95).toBeGreaterThan(0);
    expect(report.llmd.fleet.governanceMs.p95).toBeGreaterThan(0);
    expect(report.llmd.changeToViewMs).toMatchObject({
      changes: 5,
      timedOut: 0,
    });
    expect(report.llmd.rssEndMb).toBeGreaterThan(0);
    // issue 19: measured against a real Prometheus, or the reason why not
    expect(typeof report.llmd.metrics.measured).toBe('boolean');
    expect(report.targets.size).toBe('10 000 models');
    expect(report.targets.checks.fleetModelsPageP95Ms).toMatchObject({
      target: 10,
      pass: expect.any(Boolean),
    });
    // The llmd backend answers page views from its cache; the stock backend lists 14 kinds in every cluster.
    expect(report.llmd.apiServerRequestsPerPageView).toBe(0);
    // the Reachability card's diagnosis reads the cache only too (issue 18)
    expect(report.llmd.diagnosis.diagnosisMs.p95).toBeGreaterThan(0);
    expect(report.llmd.diagnosis.apiServerRequestsPerView).toBe(0);
    expect(report.stockKubernetesBackend.apiServerRequestsPerPageView).toBe(28);
    expect(report.sideBySide.p95Ratio).toBeGreaterThan(0);
    // issue 22: one model with a 1 MB EPP config beside the others
    expect(report.largeEppConfig.models).toBe(6);
    expect(report.largeEppConfig.configBytes).toBeGreaterThan(1_000_000);
    expect(report.largeEppConfig.readinessMs.max).toBeGreaterThan(0);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(() => parseBenchArgs(['--clusters', 'many'])).toThrow(
      'bad argument --clusters many',
    );
    expect(parseBenchArgs(['--no-tls']).tls).toBe(false);
    expect(parseBenchArgs(['--no-metrics']).metrics).toBe(false);
    expect(
      parseBenchArgs(['--clusters', '100', '--models', '1000']),
    ).toMatchObject({ clusters: 100, models: 1000, fleetViews: 200 });
  });
});
