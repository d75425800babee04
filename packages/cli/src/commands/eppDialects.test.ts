import { EPP_DIALECT_IDS } from '@llmd/plugin-llmd-common';
import { runTestCli } from '../testCliIo';

const dialects = (...args: string[]) =>
  runTestCli({}, ['epp', 'dialects', ...args]);

describe('llmd epp dialects', () => {
  it('lists every dialect id and marks the default', async () => {
    const result = await dialects();
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map(line => line.split(/\s+/)[0])).toEqual([
      ...EPP_DIALECT_IDS,
    ]);
    expect(lines[0]).toContain('(default)');
  });

  it('prints JSON with --format json', async () => {
    const result = await dialects('--format', 'json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.map((d: { id: string }) => d.id)).toEqual([...EPP_DIALECT_IDS]);
    expect(json.filter((d: { default: boolean }) => d.default)).toHaveLength(1);
  });
});
