import { chartWindow } from './chartWindow';

describe('chartWindow', () => {
  it('spans the range up to the evaluation', () => {
    expect(chartWindow('15m', 10_000)).toEqual([9_100, 10_000]);
    expect(chartWindow('24h', 100_000)).toEqual([13_600, 100_000]);
  });
});
