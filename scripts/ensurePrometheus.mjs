// The metrics tests and `npm start` run Debian's Prometheus (no downloads are possible here): install the
// `prometheus` package with apt when the binary is missing. The package's system service is never relied on
// (there may be no init system); scripts/startPrometheus.mjs runs the binary itself.
// As a command (`node scripts/ensurePrometheus.mjs`): exit code 1 with one clear line when it cannot be had.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROMETHEUS_BINARY } from './startPrometheus.mjs';

/**
 * Makes sure the Prometheus binary exists, installing Debian's package when running as root.
 * @param {{ quiet?: boolean }} [options] `quiet`: apt's output is not shown (npm start)
 * @returns {{ ok: true, binary: string, installed: boolean } | { ok: false, message: string }}
 */
export function ensurePrometheus({ quiet = false } = {}) {
  if (existsSync(PROMETHEUS_BINARY)) {
    return { ok: true, binary: PROMETHEUS_BINARY, installed: false };
  }
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      message: `${PROMETHEUS_BINARY} is missing; install it with: sudo apt-get install -y prometheus`,
    };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio = quiet ? 'pipe' : 'inherit';
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio, env });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'prometheus'],
      { stdio, env },
    );
  } catch (error) {
    // The package's postinst may fail to start its service where there is no init system; the binary is all we need.
    if (existsSync(PROMETHEUS_BINARY)) {
      return { ok: true, binary: PROMETHEUS_BINARY, installed: true };
    }
    const detail =
      error.stderr?.toString().trim().split('\n').pop() || error.message;
    return {
      ok: false,
      message: `could not install Debian's prometheus package: ${detail}`,
    };
  }
  if (!existsSync(PROMETHEUS_BINARY)) {
    return {
      ok: false,
      message: `the prometheus package installed no ${PROMETHEUS_BINARY}`,
    };
  }
  return { ok: true, binary: PROMETHEUS_BINARY, installed: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(PROMETHEUS_BINARY) && process.getuid?.() === 0) {
    console.log('[llmd] installing Debian prometheus for the metrics tests');
  }
  const result = ensurePrometheus();
  if (result.ok) {
    console.log(`[llmd] metrics tests use ${result.binary}`);
  } else {
    console.error(`[llmd] ${result.message}`);
    process.exit(1);
  }
}
