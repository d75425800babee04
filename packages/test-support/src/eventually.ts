/** Options of {@link eventually}. */
export interface EventuallyOptions {
  /** Give up after this long. Default 5 000 ms. */
  readonly timeoutMs?: number;
  /** Pause between checks. Default 20 ms. */
  readonly intervalMs?: number;
}

/**
 * Calls `check` until it returns a truthy value and resolves with that value; rejects with
 * `Timed out after <timeoutMs> ms waiting for <what>` once `timeoutMs` has passed. Every wait in the tests is bounded
 * by it, so a test never hangs on a condition that does not come.
 */
export async function eventually<T>(
  what: string,
  check: () =>
    | T
    | undefined
    | null
    | false
    | Promise<T | undefined | null | false>,
  options: EventuallyOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const intervalMs = options.intervalMs ?? 20;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
