import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderEppPreset } from '@llmd/plugin-llmd-common';
import { gpuModelManifest } from './__testUtils__/gpuModelManifest';

// Issue 22 (4, 5, 9): hostile files through bin/llmd in a real Node process on real files.
const bin = path.resolve(__dirname, '../bin/llmd');

const MODEL = gpuModelManifest(8);

/** "Billion laughs": ten levels of ten aliases each. */
const YAML_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map(
      (name, i) =>
        `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`,
    ),
  '',
].join('\n');

/** A config of `bytes` bytes made of many distinct top-level keys (the shape that made the duplicate check slow). */
function bigConfig(bytes: number): string {
  const head = renderEppPreset('default', 'router-v0.10').yaml;
  const line = (i: number) =>
    `k${String(i).padStart(7, '0')}: ${'x'.repeat(56)}\n`;
  const count = Math.ceil((bytes - head.length) / line(0).length);
  return head + Array.from({ length: count }, (_, i) => line(i)).join('');
}

/** Writes a file of `bytes` bytes without holding it in memory. */
function writeLargeFile(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.from(`k: ${'x'.repeat(1020)}\n`.repeat(1024));
  for (let written = 0; written < bytes; written += chunk.length) {
    fs.writeSync(fd, chunk);
  }
  fs.closeSync(fd);
}

describe('bin/llmd on hostile files', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-hostile-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const llmd = (...args: string[]) => {
    const start = Date.now();
    const run = spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      // 13.5 k diagnostics are a few MB of JSON
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ...run, ms: Date.now() - start };
  };

  it('lint epp refuses a 50 MB file unread, naming it, and still lints the others', () => {
    writeLargeFile(path.join(dir, 'huge.yaml'), 50 * 1024 * 1024);
    fs.writeFileSync(
      path.join(dir, 'ok.yaml'),
      renderEppPreset('default', 'router-v0.10').yaml,
    );
    const startup = llmd('--version').ms;
    const run = llmd('lint', 'epp', 'huge.yaml', 'ok.yaml');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'huge.yaml error config-too-large The config has 50 MB, over the 1 MB limit; it was not parsed.',
    );
    expect(run.stdout).toContain('1 error, 0 warnings in 2 files');
    // the process start is most of it: a read and parse of 50 MB took minutes before the cap
    expect(run.ms - startup).toBeLessThan(2000);
  }, 60_000);

  it('lint epp checks a 0.9 MB config of 13.5 k keys in linear time', () => {
    fs.writeFileSync(path.join(dir, 'wide.yaml'), bigConfig(900 * 1024));
    const startup = llmd('--version').ms;
    const run = llmd('lint', 'epp', '--format', 'json', 'wide.yaml');
    expect(run.status).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.diagnostics.length).toBeGreaterThan(13_000);
    expect(file.diagnostics[0]).toMatchObject({ code: 'unknown-field' });
    // quadratic checks (duplicate keys, locating each finding) took many seconds here; the process start is not
    // part of it (it loads the Kubernetes client for llmd diagnose)
    expect(run.ms - startup).toBeLessThan(6_000);
  }, 60_000);

  it('lint manifests reports a 50 MB file and a YAML bomb as findings of their files and keeps the others', () => {
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(repo);
    writeLargeFile(path.join(repo, 'huge.yaml'), 50 * 1024 * 1024);
    fs.writeFileSync(path.join(repo, 'bomb.yaml'), `${MODEL}---\n${YAML_BOMB}`);
    fs.writeFileSync(path.join(repo, 'model.yaml'), MODEL);
    const startup = llmd('--version').ms;
    const run = llmd('lint', 'manifests', 'repo', '--no-schema');
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('Excessive alias count');
    const lines = run.stdout.split('\n');
    expect(lines).toContain(
      'bomb.yaml: deny yaml: YAML: document 2: Excessive alias count indicates a resource exhaustion attack',
    );
    expect(lines).toContain(
      'huge.yaml: deny file-too-large: The file is larger than 5 MB (50 MB); it was not read.',
    );
    // the valid model of the bomb's file and the other file are still evaluated
    expect(
      lines.filter(l =>
        /^(bomb|model)\.yaml: deny max-gpus-per-replica/.test(l),
      ),
    ).toHaveLength(2);
    expect(run.ms - startup).toBeLessThan(2000);
  }, 60_000);

  it.each([
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'valueOf',
  ])(
    'lint epp reports a top-level and a nested `%s` as unknown',
    key => {
      const file = `proto-${key}.yaml`;
      const text = renderEppPreset('default', 'router-v0.10').yaml.replace(
        '  - type: load-aware-scorer\n',
        `  - type: load-aware-scorer\n    ${key}: 1\n`,
      );
      fs.writeFileSync(path.join(dir, file), `${text}${key}: 1\n`);
      const run = llmd('lint', 'epp', '--dialect', 'router-v0.10', file);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        `error unknown-field Unknown field \`${key}\` in \`the document\`.`,
      );
      expect(run.stdout).toContain(`(plugins[2].${key})`);
    },
    60_000,
  );
});
