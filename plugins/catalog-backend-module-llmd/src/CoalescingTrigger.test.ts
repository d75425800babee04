import { CoalescingTrigger } from './CoalescingTrigger';

describe('CoalescingTrigger', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once after the burst has been quiet for the delay', () => {
    const action = jest.fn();
    const trigger = new CoalescingTrigger(
      { delayMs: 100, maxDelayMs: 1_000 },
      action,
    );
    trigger.request();
    jest.advanceTimersByTime(60);
    trigger.request();
    jest.advanceTimersByTime(60);
    expect(action).not.toHaveBeenCalled();
    jest.advanceTimersByTime(40);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest the maximum delay after the first request', () => {
    const action = jest.fn();
    const trigger = new CoalescingTrigger(
      { delayMs: 100, maxDelayMs: 250 },
      action,
    );
    for (let t = 0; t < 240; t += 60) {
      trigger.request();
      jest.advanceTimersByTime(60);
    }
    trigger.request();
    jest.advanceTimersByTime(10);
    expect(action).toHaveBeenCalledTimes(1);
    // a new burst starts a new window
    trigger.request();
    jest.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once stopped', () => {
    const action = jest.fn();
    const trigger = new CoalescingTrigger(
      { delayMs: 10, maxDelayMs: 10 },
      action,
    );
    trigger.request();
    trigger.stop();
    trigger.request();
    jest.advanceTimersByTime(100);
    expect(action).not.toHaveBeenCalled();
  });
});
