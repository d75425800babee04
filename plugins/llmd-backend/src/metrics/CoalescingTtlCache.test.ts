import { CoalescingTtlCache } from './CoalescingTtlCache';

describe('CoalescingTtlCache', () => {
  let now = 0;
  const cache = () => new CoalescingTtlCache<number>(() => now);
  beforeEach(() => {
    now = 1_000;
  });

  it('loads once for concurrent callers and keeps the value for its TTL', async () => {
    const c = cache();
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([
      c.get('k', () => 100, load),
      c.get('k', () => 100, load),
    ]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    now += 99;
    expect(await c.get('k', () => 100, load)).toBe(1);
    now += 1;
    expect(await c.get('k', () => 100, load)).toBe(2);
  });

  it('takes the TTL from the value', async () => {
    const c = cache();
    let loads = 0;
    const ttl = (v: number) => (v === 1 ? 10 : 1000);
    await c.get('k', ttl, async () => ++loads);
    now += 10;
    expect(await c.get('k', ttl, async () => ++loads)).toBe(2);
    now += 500;
    expect(await c.get('k', ttl, async () => ++loads)).toBe(2);
  });

  it('shares a failure with the waiting callers but does not keep it', async () => {
    const c = cache();
    let fail = true;
    const load = async () => {
      if (fail) throw new Error('Prometheus down');
      return 7;
    };
    const both = await Promise.allSettled([
      c.get('k', () => 100, load),
      c.get('k', () => 100, load),
    ]);
    expect(both.map(r => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await c.get('k', () => 100, load)).toBe(7);
  });
});
