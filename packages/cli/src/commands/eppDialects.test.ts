import { EPP_DIALECT_IDS } from '@llmd/plugin-llmd-common';
import { runCli } from '../program';
import { createTestCliIo } from '../testCliIo';

describe('llmd epp dialects', () => {
  it('lists every dialect id and marks the default', async () => {
    const test = createTestCliIo({});
    expect(await runCli(['epp', 'dialects'], test.io)).toBe(0);
    const lines = test.stdout().trim().split('\n');
    expect(lines.map(line => line.split(/\s+/)[0])).toEqual([
      ...EPP_DIALECT_IDS,
    ]);
    expect(lines[0]).toContain('(default)');
  });

  it('prints JSON with --format json', async () => {
    const test = createTestCliIo({});
    expect(await runCli(['epp', 'dialects', '--format', 'json'], test.io)).toBe(
      0,
    );
    const json = JSON.parse(test.stdout());
    expect(json.map((d: { id: string }) => d.id)).toEqual([...EPP_DIALECT_IDS]);
    expect(json.filter((d: { default: boolean }) => d.default)).toHaveLength(1);
  });
});
