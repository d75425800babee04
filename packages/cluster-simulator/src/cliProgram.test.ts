import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { eventually } from '@internal/test-support';
import { rawRequest } from './__testUtils__/clients';
import { httpCall } from './dataPlane/__testUtils__/dataPlaneFixtures';
import { ClusterSimulator } from './types';

const packageDir = path.dirname(
  require.resolve('@llmd/cluster-simulator/package.json'),
);
const bin = path.join(packageDir, 'bin', 'cluster-simulator');
const seedDir = path.resolve(packageDir, '../../examples/gitops');

/** Reads the first stdout line of `child`, failing after `timeoutMs`. */
function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error('no JSON line in time')),
      timeoutMs,
    );
    child.stdout!.on('data', chunk => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(buffered.slice(0, newline));
      }
    });
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`exited early with ${code}`));
    });
  });
}

function exitOf(
  child: ChildProcess,
  timeoutMs: number,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) {
      resolve(child.exitCode);
      return;
    }
    const timer = setTimeout(
      () => reject(new Error('did not exit in time')),
      timeoutMs,
    );
    child.on('exit', code => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('cluster-simulator CLI', () => {
  let child: ChildProcess | undefined;
  let tmp: string | undefined;
  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null)
      child.kill('SIGKILL');
    child = undefined;
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it("prints the JSON line, serves the seed and its models (--data-plane), their pods' metrics under background load, writes a kubeconfig and exits on SIGTERM", async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-cli-'));
    const kubeconfig = path.join(tmp, 'kubeconfig');
    child = spawn(
      process.execPath,
      [
        bin,
        '--seed',
        seedDir,
        '--data-plane',
        '--background-load',
        '10',
        '--token',
        'demo-token',
        '--kubeconfig-out',
        kubeconfig,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const line = JSON.parse(await firstLine(child, 30_000));
    expect(line).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      token: 'demo-token',
      podNetworkUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });

    const sim = { url: line.url } as ClusterSimulator;
    const models = await rawRequest(
      sim,
      'GET',
      '/apis/serving.kserve.io/v1alpha1/llminferenceservices',
      {
        token: 'demo-token',
      },
    );
    expect(models.json.items.map((i: any) => i.metadata.name)).toEqual([
      'granite-8b',
      'llama-3-1-8b-pd',
    ]);

    // --data-plane implies the controller, which points the model at its Gateway's loopback listener.
    const modelUrl = await eventually('granite-8b on loopback', async () => {
      const model = await rawRequest(
        sim,
        'GET',
        '/apis/serving.kserve.io/v1alpha1/namespaces/team-a/llminferenceservices/granite-8b',
        { token: 'demo-token' },
      );
      const url: string | undefined = model.json?.status?.url;
      return url?.startsWith('http://127.0.0.1:') ? url : undefined;
    });
    const anonymous = await httpCall(`${modelUrl}/v1/models`);
    expect(anonymous.status).toBe(401);

    // The background load gets through OpenShift AI's AuthPolicy with a token of its own; the pods count it.
    const targets = (await httpCall(`${line.podNetworkUrl}/targets`)).json;
    const granite = targets.find(
      (t: any) =>
        t.labels.llm_isvc_name === 'granite-8b' &&
        t.labels.llm_isvc_component === 'workload',
    );
    await eventually('background requests served by granite-8b', async () => {
      const metrics = await httpCall(
        `${line.podNetworkUrl}${granite.labels.__metrics_path__}`,
      );
      return /^vllm:e2e_request_latency_seconds_count\{[^}]*\} [1-9]/m.test(
        metrics.text,
      );
    });

    expect(fs.statSync(kubeconfig).mode & 0o777).toBe(0o600);
    const doc = parse(fs.readFileSync(kubeconfig, 'utf8'));
    expect(doc.clusters[0].cluster.server).toBe(line.url);
    expect(doc.users[0].user.token).toBe('demo-token');

    child.kill('SIGTERM');
    expect(await exitOf(child, 10_000)).toBe(0);
  }, 60_000);

  it.each([
    [['--port', 'abc'], /--port/],
    [['--no-such-flag'], /unknown option/],
    [['--seed', '/no/such/dir'], /not a directory/],
    [['surplus'], /too many arguments/],
    [['--crds', 'bundled', '--crds', 'none'], /cannot be combined/],
    [['--crds', '/no/such/dir'], /--crds \/no\/such\/dir: not a directory/],
    [['--omit-crd', 'AuthPolicy'], /expected a CRD name <plural>\.<group>/],
    [['--background-load', '0'], /--background-load/],
  ])(
    'exits 2 with one line for %j',
    (args, message) => {
      const result = spawnSync(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    },
    60_000,
  );
});
