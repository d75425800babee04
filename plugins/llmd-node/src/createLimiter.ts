/** Runs the tasks given to it with at most `concurrency` of them in flight at once. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A {@link Limiter} of `concurrency` tasks at once (first come, first served). */
export function createLimiter(concurrency: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return async task => {
    if (active >= concurrency) {
      await new Promise<void>(resolve => waiting.push(resolve));
    }
    active += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
