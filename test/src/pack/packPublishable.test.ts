import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';

// docs/installation.md: `npm run pack` makes tarballs with which a folder outside the repository runs the CLI.
// This packs the CLI (and the @llmd/* libraries it bundles) into a temporary folder, installs the CLI tarball there
// with npm — @llmd/* may come only from the tarball (their scope points at a closed port), the rest from the npm
// registry — and lints the example GitOps repository and an EPP config with it.
const offline = /^(1|true)$/i.test(process.env.LLMD_OFFLINE ?? '');
const registryUp =
  !offline &&
  spawnSync('npm', ['ping', '--fetch-timeout=5000', '--fetch-retries=0'], {
    encoding: 'utf8',
    timeout: 15_000,
  }).status === 0;
const describeOnline = registryUp ? describe : describe.skip;

/**
 * The environment of a user's shell: without the npm_* variables of the npm process running the tests (its
 * project prefix would make npm treat the repository as the project), and with the @llmd scope pointing at a closed
 * port, so @llmd/* can only come from the tarballs.
 */
const userEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
  ),
  'npm_config_@llmd:registry': 'http://127.0.0.1:9/',
};

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: userEnv,
  });
  return result;
}

/** Fails with the command's output when it did not exit with `code`. */
function expectExit(
  result: ReturnType<typeof run>,
  code: number,
  what: string,
) {
  if (result.status !== code) {
    throw new Error(
      `${what} exited with ${result.status ?? result.signal}, not ${code}:\n${
        result.stdout
      }\n${result.stderr}`,
    );
  }
}

describeOnline(
  `npm run pack${registryUp ? '' : ' (skipped: npm registry unreachable)'}`,
  () => {
    let work: string;

    beforeAll(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-pack-test-'));
      // `npm test` ran tsc before the Jest suites, so the declarations are current
      const pack = run(repoRoot, process.execPath, [
        'scripts/packPublishable.mjs',
        '--only',
        '@llmd/cli',
        '--no-tsc',
        '--out',
        path.join(work, 'dist-packs'),
      ]);
      expectExit(pack, 0, 'npm run pack');
      fs.cpSync(
        path.join(repoRoot, 'examples/gitops'),
        path.join(work, 'gitops'),
        { recursive: true },
      );
      fs.copyFileSync(
        path.join(repoRoot, 'examples/epp/kv-cache.yaml'),
        path.join(work, 'kv-cache.yaml'),
      );
      fs.writeFileSync(path.join(work, 'package.json'), '{"private":true}\n');
    }, 300_000);

    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    it('packs the CLI with its libraries bundled, and npm installs it outside the repository', () => {
      const packs = fs.readdirSync(path.join(work, 'dist-packs')).sort();
      expect(packs).toEqual(
        expect.arrayContaining([
          'llmd-cli-0.1.0.tgz',
          'llmd-plugin-llmd-common-0.1.0.tgz',
          'llmd-crd-validator-0.1.0.tgz',
        ]),
      );
      const install = run(work, 'npm', [
        'install',
        '--no-audit',
        '--no-fund',
        './dist-packs/llmd-cli-0.1.0.tgz',
      ]);
      expectExit(install, 0, 'npm install');
      const bundled = path.join(
        work,
        'node_modules/@llmd/cli/node_modules/@llmd',
      );
      expect(fs.readdirSync(bundled)).toContain('plugin-llmd-common');
    }, 300_000);

    it('lints an EPP config and the example GitOps repository with the installed CLI', () => {
      const epp = run(work, 'npx', [
        'llmd',
        'lint',
        'epp',
        '--dialect',
        'scheduler-v0.2',
        'kv-cache.yaml',
      ]);
      expect(epp.stdout).toContain(
        'kv-cache.yaml:4:5 error unknown-plugin-type',
      );
      expect(epp.status).toBe(1);
      const manifests = run(work, 'npx', [
        'llmd',
        'lint',
        'manifests',
        'gitops',
      ]);
      expect(manifests.stdout).toMatch(
        /0 denials, \d+ warnings in \d+ of \d+ files\n$/,
      );
      expect(manifests.status).toBe(0);
    }, 120_000);

    it('runs the command of docs/examples/gitops-ci.yaml in a GitOps repository holding the tarball', () => {
      const workflow = parse(
        fs.readFileSync(
          path.join(repoRoot, 'docs/examples/gitops-ci.yaml'),
          'utf8',
        ),
      );
      const step = workflow.jobs['lint-manifests'].steps.find(
        (s: { name?: string }) =>
          s.name === 'Check manifests against policy.yaml',
      );
      const tarball = /--package (\.\/\S+\.tgz)/.exec(step.run)![1];
      // a GitOps repository of its own: npm resolves `./tools/...` from the nearest package.json, which must not be
      // the one the install test wrote above
      const gitops = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-gitops-ci-'));
      fs.cpSync(path.join(repoRoot, 'examples/gitops'), gitops, {
        recursive: true,
      });
      fs.mkdirSync(path.dirname(path.join(gitops, tarball)), {
        recursive: true,
      });
      fs.copyFileSync(
        path.join(work, 'dist-packs', path.basename(tarball)),
        path.join(gitops, tarball),
      );
      fs.copyFileSync(
        path.join(repoRoot, 'docs/examples/policy.yaml'),
        path.join(gitops, 'policy.yaml'),
      );
      const ci = run(gitops, 'bash', ['-o', 'pipefail', '-c', step.run]);
      try {
        expectExit(ci, 0, step.run);
      } finally {
        fs.rmSync(gitops, { recursive: true, force: true });
      }
      expect(JSON.parse(ci.stdout).length).toBeGreaterThan(0);
    }, 300_000);
  },
);
