import { chartRows } from './chartRows';

describe('chartRows', () => {
  it('merges series by timestamp, ascending, leaving gaps out', () => {
    expect(
      chartRows(['requestsWaiting', 'requestsRunning', 'errorRate'], {
        requestsWaiting: {
          current: 2,
          points: [
            [120, 2],
            [60, 1],
          ],
        },
        requestsRunning: {
          current: 5,
          points: [
            [60, 4],
            [180, 5],
          ],
        },
      }),
    ).toEqual([
      { t: 60, requestsWaiting: 1, requestsRunning: 4 },
      { t: 120, requestsWaiting: 2 },
      { t: 180, requestsRunning: 5 },
    ]);
  });
});
