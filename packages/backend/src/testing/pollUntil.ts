/**
 * Calls `fn` every `intervalMs` until `done(value)` holds or `timeoutMs`
 * passes, and returns the last value: for things that become true
 * asynchronously (readiness, catalog ingestion).
 */
export async function pollUntil<T>(
  fn: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs, intervalMs = 500 }: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await fn();
  while (!done(value) && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, intervalMs));
    value = await fn();
  }
  return value;
}
