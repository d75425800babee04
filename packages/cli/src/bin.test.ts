import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderEppPreset } from '@llmd/plugin-llmd-common';

// End to end through bin/llmd in a real Node process: exit codes and stream separation.
const bin = path.resolve(__dirname, '../bin/llmd');

describe('bin/llmd', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-cli-'));
    fs.writeFileSync(
      path.join(dir, 'ok.yaml'),
      renderEppPreset('default', 'router-v0.10').yaml,
    );
    fs.writeFileSync(
      path.join(dir, 'bad.yaml'),
      'apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\nplugins:\n- type: no-such-plugin\n',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const llmd = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0, 1 and 2 and keeps JSON on stdout', () => {
    const ok = llmd('lint', 'epp', '--format', 'json', 'ok.yaml');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)[0]).toMatchObject({
      file: 'ok.yaml',
      valid: true,
      dialect: 'router-v0.10',
    });
    expect(ok.stderr).toContain('assuming dialect router-v0.10');
    const bad = llmd('lint', 'epp', '--dialect', 'router-v0.10', 'bad.yaml');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('bad.yaml:4:3 error unknown-plugin-type');
    const usage = llmd('lint', 'epp', 'absent.yaml');
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim()).toBe('llmd: cannot read absent.yaml: ENOENT');
  }, 60_000);

  it('lint manifests exits 1 on a denial, 0 on warnings only, 2 on a bad policy file', () => {
    const repo = path.join(dir, 'gitops');
    fs.mkdirSync(repo);
    const gateway = (from: string) =>
      `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: { name: gw, namespace: team-a }\nspec:\n  gatewayClassName: x\n  listeners: [{ name: http, protocol: HTTP, port: 80, allowedRoutes: { namespaces: { from: ${from} } } }]\n`;
    fs.writeFileSync(path.join(repo, 'gateway.yaml'), gateway('All'));
    const denied = llmd('lint', 'manifests', 'gitops', '--format', 'json');
    expect(denied.status).toBe(1);
    expect(JSON.parse(denied.stdout)[0].findings[1]).toEqual({
      rule: 'gateway-from-all',
      severity: 'deny',
      path: 'spec.listeners[0].allowedRoutes.namespaces.from',
      message: expect.stringContaining('Gateway team-a/gw: listener http'),
    });
    fs.writeFileSync(path.join(repo, 'gateway.yaml'), gateway('Same'));
    const warned = llmd('lint', 'manifests', 'gitops');
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('warn require-https');
    fs.writeFileSync(path.join(dir, 'policy.yaml'), 'rules: { nope: {} }\n');
    const usage = llmd(
      'lint',
      'manifests',
      'gitops',
      '--policy',
      'policy.yaml',
    );
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('rules.nope: unknown rule "nope"');
  }, 60_000);
});
