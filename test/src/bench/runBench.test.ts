import { parseBenchArgs } from './benchOptions';
import { runBench } from './runBench';

// Keeps `npm run bench` working: the same code on a tiny fleet. The figures themselves are for the benchmark to
// print, not for a test to assert; only the request counts are behaviour.
jest.setTimeout(180_000);

describe('npm run bench', () => {
  it('measures both backends on the same simulated clusters', async () => {
    const report = await runBench(
      parseBenchArgs([
        '--clusters',
        '2',
        '--models',
        '5',
        '--page-views',
        '20',
        '--stock-page-views',
        '3',
        '--changes',
        '5',
      ]),
    );
    expect(report.llmd.objectsSynced).toBe(10);
    // The llmd backend answers page views from its cache; the stock backend lists 14 kinds in every cluster.
    expect(report.llmd.apiServerRequestsPerPageView).toBe(0);
    expect(report.stockKubernetesBackend.apiServerRequestsPerPageView).toBe(28);
    expect(report.llmd.changeToCacheMs.max).toBeGreaterThanOrEqual(0);
    expect(report.sideBySide.p95Ratio).toBeGreaterThan(0);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(() => parseBenchArgs(['--clusters', 'many'])).toThrow(
      'bad argument --clusters many',
    );
    expect(parseBenchArgs(['--no-tls']).tls).toBe(false);
  });
});
