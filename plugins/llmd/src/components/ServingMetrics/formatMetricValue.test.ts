import { formatAxisTick, formatMetricValue } from './formatMetricValue';

describe('formatMetricValue', () => {
  it.each([
    [0.085, 'seconds', '85 ms'],
    [0.0042, 'seconds', '4.2 ms'],
    [1.2345, 'seconds', '1.23 s'],
    [3.456, 'requestsPerSecond', '3.46 req/s'],
    [1234.5, 'tokensPerSecond', '1235 tok/s'],
    [12.34, 'tokensPerSecond', '12.3 tok/s'],
    [0.425, 'ratio', '42.5 %'],
    [1, 'ratio', '100 %'],
    [7, 'count', '7'],
    [null, 'seconds', '—'],
    [Number.NaN, 'ratio', '—'],
  ] as const)('%p %s → %s', (value, unit, expected) => {
    expect(formatMetricValue(value, unit)).toBe(expected);
  });

  it('keeps axis ticks short', () => {
    expect(formatAxisTick(0.5, 'ratio')).toBe('50%');
    expect(formatAxisTick(120, 'tokensPerSecond')).toBe('120');
    expect(formatAxisTick(0.2, 'seconds')).toBe('200ms');
    expect(formatAxisTick(1.5, 'seconds')).toBe('1.5s');
  });
});
