/**
 * Polls `check` until it returns true (every `intervalMs`) and resolves with the elapsed milliseconds; rejects
 * after `timeoutMs` with `what` in the message. Every wait in these tests is bounded by it.
 */
export async function waitFor(
  what: string,
  check: () => boolean,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const intervalMs = options.intervalMs ?? 10;
  const start = Date.now();
  for (;;) {
    if (check()) {
      return Date.now() - start;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
