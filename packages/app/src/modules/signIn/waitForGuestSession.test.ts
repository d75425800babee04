import type { GuestSessionProbe } from './probeGuestSession';
import { waitForGuestSession } from './waitForGuestSession';

/** A probe answering the given outcomes in turn, on a fake clock that the pauses advance. */
function scripted(outcomes: GuestSessionProbe[]) {
  let clock = 0;
  const probe = jest.fn(async () => outcomes.shift() ?? 'unavailable');
  const sleeps: number[] = [];
  const options = {
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
  return { probe, sleeps, options };
}

describe('waitForGuestSession', () => {
  it('keeps asking while the backend is away and succeeds once it answers', async () => {
    const { probe, sleeps, options } = scripted([
      'unavailable',
      'unavailable',
      'unavailable',
      'ready',
    ]);
    await expect(
      waitForGuestSession(probe, {
        ...options,
        timeoutMs: 10_000,
        delaysMs: [100, 200],
      }),
    ).resolves.toBe(true);
    expect(probe).toHaveBeenCalledTimes(4);
    expect(sleeps).toEqual([100, 200, 200]);
  });

  it('stops at once when the backend refuses the guest', async () => {
    const { probe, sleeps, options } = scripted(['refused']);
    await expect(
      waitForGuestSession(probe, { ...options, timeoutMs: 10_000 }),
    ).resolves.toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up when the backend stays away past the deadline', async () => {
    const { probe, sleeps, options } = scripted([]);
    await expect(
      waitForGuestSession(probe, {
        ...options,
        timeoutMs: 1_000,
        delaysMs: [300],
      }),
    ).resolves.toBe(false);
    expect(sleeps).toEqual([300, 300, 300]);
    expect(probe).toHaveBeenCalledTimes(4);
  });
});
