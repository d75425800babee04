import { formatDuration } from './formatDuration';
import { defaultTtlSeconds, ttlChoices } from './ttlChoices';

describe('ttlChoices', () => {
  it('offers the presets between min and max', () => {
    expect(
      ttlChoices({
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 86400,
      }),
    ).toEqual([
      { seconds: 600, label: '10 min' },
      { seconds: 1800, label: '30 min' },
      { seconds: 3600, label: '1 h' },
      { seconds: 14400, label: '4 h' },
      { seconds: 28800, label: '8 h' },
      { seconds: 86400, label: '1 day' },
    ]);
  });

  it('caps the choices at the maximum and offers the maximum itself', () => {
    const choices = ttlChoices({
      minTtlSeconds: 600,
      defaultTtlSeconds: 3600,
      maxTtlSeconds: 7200,
    });
    expect(choices.map(c => c.seconds)).toEqual([600, 1800, 3600, 7200]);
    expect(choices[3].label).toBe('2 h');
  });

  it('leaves out presets below the minimum', () => {
    expect(
      ttlChoices({
        minTtlSeconds: 3600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 14400,
      }).map(c => c.seconds),
    ).toEqual([3600, 14400]);
  });

  it('always holds the default', () => {
    expect(
      ttlChoices({
        minTtlSeconds: 600,
        defaultTtlSeconds: 2700,
        maxTtlSeconds: 3600,
      }).map(c => c.seconds),
    ).toEqual([600, 1800, 2700, 3600]);
  });

  it('offers the minimum only when max is below min', () => {
    expect(
      ttlChoices({
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 300,
      }).map(c => c.seconds),
    ).toEqual([600]);
  });
});

describe('defaultTtlSeconds', () => {
  it('is the default when within the limits', () => {
    expect(
      defaultTtlSeconds({
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 86400,
      }),
    ).toBe(3600);
  });

  it('is capped by the maximum and raised to the minimum', () => {
    expect(
      defaultTtlSeconds({
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 1800,
      }),
    ).toBe(1800);
    expect(
      defaultTtlSeconds({
        minTtlSeconds: 600,
        defaultTtlSeconds: 60,
        maxTtlSeconds: 1800,
      }),
    ).toBe(600);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [600, '10 min'],
    [5400, '1 h 30 min'],
    [86400, '1 day'],
    [2 * 86400 + 3600, '2 days 1 h'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
