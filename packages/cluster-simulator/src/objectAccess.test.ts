import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator } from './types';

describe('direct object access', () => {
  let sim: ClusterSimulator;
  beforeEach(async () => {
    sim = await startClusterSimulator();
  });
  afterEach(() => sim.close());

  it('applies, gets, lists and removes objects directly', () => {
    const stored: any = sim.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1' },
    });
    expect(stored.metadata.namespace).toBe('default');
    const again: any = sim.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '2' },
    });
    expect(again.metadata.uid).toBe(stored.metadata.uid);
    expect(sim.list('v1', 'ConfigMap', 'default')).toHaveLength(1);
    expect(sim.remove('v1', 'ConfigMap', 'default', 'c')).toBe(true);
    expect(sim.remove('v1', 'ConfigMap', 'default', 'c')).toBe(false);
    expect(() =>
      sim.apply({
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w' },
      }),
    ).toThrow(/serves no resource/);
  });
});
