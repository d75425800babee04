import { spawnSync } from 'node:child_process';
import { repoRoot } from '@internal/test-support';
import { parseLoadArgs } from './loadOptions';

// Keeps `npm run load` working: the real command for 3 s at 20 req/s on a tiny fleet, in its own process. The
// latencies are for the load run to print, not for a test to assert; errors are behaviour.
jest.setTimeout(180_000);

const ROUTES = ['detail', 'fleetPage', 'governance', 'diagnosis', 'token'];

describe('npm run load', () => {
  it('drives every route at a fixed rate against a backend it starts and prints JSON', () => {
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'load',
        '--',
        ...['--rate', '20', '--duration', '3', '--connections', '5'],
        ...['--clusters', '2', '--models', '20'],
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.stderr).toContain('load: 20 req/s for 3 s');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    const shape = {
      rate: expect.any(Number),
      durationS: 3,
      requests: expect.any(Number),
      errors: 0,
      non2xx: 0,
      latencyMs: {
        p50: expect.any(Number),
        p95: expect.any(Number),
        p99: expect.any(Number),
        max: expect.any(Number),
      },
    };
    expect(report.overall).toEqual({ ...shape, rate: 20 });
    expect(report.errorKinds).toEqual({});
    expect(Object.keys(report.routes)).toEqual(ROUTES);
    for (const route of ROUTES) {
      expect(report.routes[route]).toEqual(shape);
      expect(report.routes[route].requests).toBeGreaterThan(0);
    }
    expect(report.rssMb).toEqual({
      synced: expect.any(Number),
      start: expect.any(Number),
      end: expect.any(Number),
    });
  });

  it('rejects bad or unbounded arguments with a clear message', () => {
    expect(() => parseLoadArgs(['--rate', 'fast'])).toThrow(
      'bad argument --rate fast',
    );
    expect(() => parseLoadArgs(['--duration', '86400'])).toThrow(
      'from 1 to 3600',
    );
    expect(parseLoadArgs([])).toMatchObject({ rate: 200, durationS: 60 });
  });
});
