// The browser tests drive Debian's Chromium (no browser downloads are possible
// here): install it with apt when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(chromium)) {
  console.log(`[llmd] browser tests use ${chromium}`);
} else if (process.getuid?.() !== 0) {
  console.error(
    `[llmd] ${chromium} is missing; install it with: sudo apt-get install -y chromium`,
  );
  process.exit(1);
} else {
  console.log('[llmd] installing Debian chromium for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}
