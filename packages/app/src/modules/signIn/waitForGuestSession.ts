import type { GuestSessionProbe } from './probeGuestSession';

/** How long and how often {@link waitForGuestSession} asks. */
interface WaitForGuestSessionOptions {
  /** Give up after this long (a cold `npm start` backend takes about a minute here). */
  timeoutMs: number;
  /** Pauses between attempts; the last one repeats. */
  delaysMs?: number[];
  /** For tests: the clock and the pause. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_DELAYS_MS = [250, 500, 1000, 2000, 3000];

/**
 * Probes until the guest session is there, the backend refuses it, or time
 * runs out; true only when it is there.
 *
 * @param probe - one attempt, e.g. {@link probeGuestSession}
 */
export async function waitForGuestSession(
  probe: () => Promise<GuestSessionProbe>,
  options: WaitForGuestSessionOptions,
): Promise<boolean> {
  const {
    timeoutMs,
    delaysMs = DEFAULT_DELAYS_MS,
    now = Date.now,
    sleep = ms => new Promise<void>(resolve => setTimeout(resolve, ms)),
  } = options;
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const outcome = await probe();
    if (outcome !== 'unavailable') return outcome === 'ready';
    const delay = delaysMs[Math.min(attempt, delaysMs.length - 1)];
    if (now() + delay > deadline) return false;
    await sleep(delay);
  }
}
