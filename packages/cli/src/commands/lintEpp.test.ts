import { renderEppPreset } from '@llmd/plugin-llmd-common';
import { runTestCli } from '../testCliIo';

const seedPd = `apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: pd-profile-handler
  config:
    threshold: 500
- type: prefill-filter
- type: decode-filter
- type: max-score-picker
schedulingProfiles:
- name: prefill
  plugins:
  - pluginRef: prefill-filter
- name: decode
  plugins:
  - pluginRef: decode-filter
`;
const files = {
  'clean.yaml': renderEppPreset('default', 'scheduler-v0.2').yaml,
  'router.yaml': renderEppPreset('prefill-decode', 'router-v0.10').yaml,
  'seed-pd.yaml': seedPd,
  'warn.yaml':
    'apiVersion: llm-d.ai/v1alpha1\nkind: EndpointPickerConfig\nplugins:\n- type: queue-scorer\n  parameters:\n    x: 1\n',
  'broken.yaml': 'plugins: [\n',
};

const run = (...args: string[]) => runTestCli(files, args);

describe('llmd lint epp', () => {
  it('exits 0 for clean files and prints a summary', async () => {
    const result = await run(
      'lint',
      'epp',
      '--dialect',
      'scheduler-v0.2',
      'clean.yaml',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('exits 0 with warnings only', async () => {
    const detected = await run('lint', 'epp', 'warn.yaml');
    expect(detected.stdout).toContain(
      'warn.yaml: assuming dialect router-v0.10',
    );
    expect(detected.code).toBe(0);
    const onRouter = await run(
      'lint',
      'epp',
      '--dialect',
      'router-v0.10',
      'warn.yaml',
    );
    expect(onRouter.code).toBe(0);
    expect(onRouter.stdout).toMatch(
      /^warn\.yaml:5:3 warning parameters-ignored /m,
    );
    expect(onRouter.stdout).toMatch(/0 errors, 1 warning in 1 file\n$/);
  });

  it('exits 1 when a file has errors, with file:line:col severity code message', async () => {
    const result = await run(
      'lint',
      'epp',
      '--dialect',
      'scheduler-v0.2',
      'clean.yaml',
      'seed-pd.yaml',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^seed-pd\.yaml:5:3 error config-instead-of-parameters .*\(plugins\[0\]\.config\)$/m,
    );
    expect(result.stdout).toMatch(/✖ 1 error, \d+ warnings? in 2 files\n$/);
  });

  it('prints the documented JSON shape and keeps stdout pure JSON when detecting', async () => {
    const result = await run(
      'lint',
      'epp',
      '--format',
      'json',
      'router.yaml',
      'broken.yaml',
    );
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toEqual([
      {
        file: 'router.yaml',
        dialect: 'router-v0.10',
        valid: true,
        diagnostics: [],
      },
      {
        file: 'broken.yaml',
        dialect: 'scheduler-v0.2',
        valid: false,
        diagnostics: [
          expect.objectContaining({
            code: 'yaml-syntax',
            severity: 'error',
            path: '',
            line: 2,
            message: expect.any(String),
          }),
        ],
      },
    ]);
    for (const diagnostic of json[1].diagnostics) {
      expect(Object.keys(diagnostic).sort()).toEqual([
        'code',
        'column',
        'line',
        'message',
        'path',
        'severity',
      ]);
    }
    expect(result.stderr).toContain(
      'router.yaml: assuming dialect router-v0.10',
    );
  });

  it('exits 2 with a one-line message on usage errors', async () => {
    for (const args of [
      ['lint', 'epp', '--dialect', 'v0.2', 'clean.yaml'],
      ['lint', 'epp', 'missing.yaml'],
      ['lint', 'epp', '--format', 'xml', 'clean.yaml'],
      ['lint', 'epp'],
      ['lint', 'nothing'],
    ]) {
      const result = await run(...args);
      expect([args, result.code]).toEqual([args, 2]);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\s+at /);
    }
  });
});
