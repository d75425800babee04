import { spawnSync } from 'node:child_process';
import { repoRoot } from '@internal/test-support';

/** The npm registry the export installs from, and why it cannot be used (undefined when it answers). */
export interface RegistryProbe {
  registry: string;
  unreachable?: string;
}

/**
 * Whether the npm registry the export installs from answers, decided synchronously (Jest collects the tests
 * before any hook runs): `npm ping` against `npm config get registry`, at most 5 s per request and no retries.
 * `LLMD_OFFLINE=1` forces the offline answer.
 */
function probeRegistry(): RegistryProbe {
  const config = spawnSync('npm', ['config', 'get', 'registry'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 10_000,
  });
  const registry =
    process.env.npm_config_registry ||
    (config.status === 0 && config.stdout.trim()) ||
    'https://registry.npmjs.org/';
  if (/^(1|true)$/i.test(process.env.LLMD_OFFLINE ?? '')) {
    return { registry, unreachable: 'LLMD_OFFLINE is set' };
  }
  const ping = spawnSync(
    'npm',
    [
      'ping',
      `--registry=${registry}`,
      '--fetch-timeout=5000',
      '--fetch-retries=0',
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 15_000 },
  );
  if (ping.status === 0) return { registry };
  if (ping.error) return { registry, unreachable: ping.error.message };
  const lines = String(ping.stderr).split('\n');
  const reason =
    lines.find(line => line.includes('reason:')) ??
    lines.find(line => /^npm error (code|\d{3})/.test(line)) ??
    `npm ping exited with ${ping.status ?? ping.signal}`;
  return {
    registry,
    unreachable: reason
      .replace(/^npm error (network )?/, '')
      .trim()
      .slice(0, 300),
  };
}

/**
 * `describe` or `describe.skip` for tests that need `npm run export:dynamic`, with a title that says why they
 * are skipped (and a `[rhdh-export] skipped: …` warning) when the registry does not answer.
 */
export function describeWithExport(title: string): {
  describeExport: jest.Describe;
  exportTitle: string;
} {
  const probe = probeRegistry();
  if (!probe.unreachable)
    return { describeExport: describe, exportTitle: title };
  // eslint-disable-next-line no-console
  console.warn(
    `[rhdh-export] skipped: npm registry ${probe.registry} unreachable: ${probe.unreachable}`,
  );
  return {
    describeExport: describe.skip,
    exportTitle: `${title} (skipped: registry unreachable: ${probe.registry}: ${probe.unreachable})`,
  };
}
