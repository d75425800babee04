import { ConflictError } from '@backstage/errors';

/** One attempt's answer: done with a value, or lost a race and should be rebuilt on the new head. */
export type RaceAttempt<T> =
  | { readonly done: true; readonly value: T }
  | { readonly done: false; readonly reason: string };

/** Bounds of {@link retryOnRace}. */
export interface RetryOptions {
  /** Attempts in all; default {@link MAX_PUSH_ATTEMPTS}. */
  readonly maxAttempts?: number;
  /** The longest pause between two attempts; default 1000 ms. */
  readonly maxPauseMs?: number;
}

/** How often a push re-applies its commit after losing a race before it gives up. */
const MAX_PUSH_ATTEMPTS = 30;

/**
 * Runs `attempt` until it is done, at most `maxAttempts` times, waiting a
 * random, growing pause between attempts so that runs racing for one branch
 * spread out instead of colliding again in lock step.
 *
 * @param what - names the branch in the error, e.g. `branch x of /srv/gitops.git`
 * @throws ConflictError when every attempt lost its race
 */
export async function retryOnRace<T>(
  what: string,
  attempt: (attemptNumber: number) => Promise<RaceAttempt<T>>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? MAX_PUSH_ATTEMPTS;
  const maxPauseMs = options.maxPauseMs ?? 1000;
  let lastReason = '';
  for (let n = 1; n <= maxAttempts; n++) {
    const result = await attempt(n);
    if (result.done) return result.value;
    lastReason = result.reason;
    if (n < maxAttempts) {
      const ceiling = Math.min(maxPauseMs, 5 * 2 ** Math.min(n, 10));
      await new Promise(resolve =>
        setTimeout(resolve, Math.random() * ceiling),
      );
    }
  }
  throw new ConflictError(
    `${what} kept changing while this run committed (${maxAttempts} attempts, last: ${lastReason}); ` +
      'other runs are writing to it right now — retry the task in a moment',
  );
}
