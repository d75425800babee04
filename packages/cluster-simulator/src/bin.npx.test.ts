import { spawn } from 'node:child_process';
import path from 'node:path';
import { eventually } from '@internal/test-support';

const packageDir = path.dirname(
  require.resolve('@llmd/cluster-simulator/package.json'),
);

// README "CLI": `npx cluster-simulator & ... kill $!` signals npx, which does not pass the signal on; the bin must
// stop the simulator itself rather than leave it running without a parent.
describe('bin/cluster-simulator under npx', () => {
  it('stops when the npx process it runs under is killed', async () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
    );
    const npx = spawn('npx', ['--no-install', 'cluster-simulator'], {
      cwd: packageDir,
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    npx.stdout.on('data', chunk => {
      out += chunk;
    });
    const url = await eventually(
      'the simulator prints its URL',
      () => {
        const line = out.split('\n')[0];
        return line.endsWith('}') && (JSON.parse(line) as { url: string }).url;
      },
      { timeoutMs: 60_000 },
    );
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    npx.kill('SIGTERM');
    await eventually(
      'the simulator stops',
      () =>
        fetch(`${url}/healthz`).then(
          () => false,
          () => true,
        ),
      { timeoutMs: 10_000 },
    );
  }, 90_000);
});
