import { Backoff } from './Backoff';

describe('Backoff', () => {
  it('doubles up to the cap with the jitter in the upper half', () => {
    const low = new Backoff({ initialMs: 250, maxMs: 30_000, random: () => 0 });
    const high = new Backoff({
      initialMs: 250,
      maxMs: 30_000,
      random: () => 0.999999,
    });
    const lows = Array.from({ length: 10 }, () => low.next());
    const highs = Array.from({ length: 10 }, () => high.next());
    expect(lows).toEqual([
      125, 250, 500, 1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
    expect(highs).toEqual([
      250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('stays within [d/2, d] with real randomness and never exceeds the cap', () => {
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000 });
    for (let i = 0; i < 200; i++) {
      const delay = backoff.next();
      expect(delay).toBeGreaterThanOrEqual(50);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });

  it('starts over after reset', () => {
    const backoff = new Backoff({
      initialMs: 100,
      maxMs: 1000,
      random: () => 1,
    });
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('rejects nonsense', () => {
    expect(() => new Backoff({ initialMs: 0, maxMs: 10 })).toThrow();
    expect(() => new Backoff({ initialMs: 100, maxMs: 10 })).toThrow();
  });
});
