import { parseLlmdPolicy } from '@llmd/plugin-llmd-common';
import { qwenPd } from '../__testUtils__/testObjects';
import { FleetGovernance } from './FleetGovernance';

const parsed = parseLlmdPolicy({
  rules: { 'require-auth': { severity: 'deny' } },
});
if (!('policy' in parsed)) throw new Error('test policy is invalid');

describe('FleetGovernance', () => {
  it('evaluates each cached object once per dialect, and again once it is replaced', () => {
    const governance = new FleetGovernance({ policy: parsed.policy });
    const first = governance.findingsOf(qwenPd, 'scheduler-v0.2');
    expect(first?.map(f => f.rule)).toEqual(['require-auth']);
    expect(governance.findingsOf(qwenPd, 'scheduler-v0.2')).toBe(first);
    // the cache puts a new object in place of a changed one
    const fixed = {
      ...qwenPd,
      metadata: { ...qwenPd.metadata, annotations: {} },
    };
    expect(governance.findingsOf(fixed, 'scheduler-v0.2')).toEqual([]);
  });

  it('reports nothing without a policy', () => {
    const governance = new FleetGovernance({});
    expect(governance.configured).toBe(false);
    expect(governance.findingsOf(qwenPd, 'scheduler-v0.2')).toBeUndefined();
  });
});
