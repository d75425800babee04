/** Waits `ms` milliseconds, or less when `signal` aborts (never rejects). */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal.aborted) {
      resolve();
      return;
    }
    // Removes the abort listener once the sleep is over, however it ends.
    const cleanup = new AbortController();
    const timer = setTimeout(() => {
      cleanup.abort();
      resolve();
    }, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        cleanup.abort();
        resolve();
      },
      { signal: cleanup.signal },
    );
  });
}
