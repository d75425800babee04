/** Options of {@link Backoff}. */
export interface BackoffOptions {
  /** Delay of the first retry, in milliseconds. */
  initialMs: number;
  /** Upper bound of any delay, in milliseconds. */
  maxMs: number;
  /** Growth per consecutive failure (default 2). */
  factor?: number;
  /** Source of randomness in [0, 1) (tests pass a fixed one). */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": the n-th consecutive delay is drawn from [d/2, d] where
 * d = min(maxMs, initialMs · factor^n). Half of the delay is random so that the watches of many kinds and clusters,
 * failing together when an API server restarts, do not all retry in the same instant; the other half keeps a
 * floor so a flapping server is not hammered.
 */
export class Backoff {
  private attempt = 0;
  private readonly factor: number;
  private readonly random: () => number;

  constructor(private readonly options: BackoffOptions) {
    if (!(options.initialMs > 0) || !(options.maxMs >= options.initialMs)) {
      throw new Error(
        `Invalid backoff: need 0 < initialMs <= maxMs, got ${options.initialMs} and ${options.maxMs}`,
      );
    }
    this.factor = options.factor ?? 2;
    this.random = options.random ?? Math.random;
  }

  /** The delay before the next retry; each call counts one more consecutive failure. */
  next(): number {
    const ceiling = Math.min(
      this.options.maxMs,
      this.options.initialMs * Math.pow(this.factor, this.attempt),
    );
    // Stop growing the exponent once the cap is reached, so it never overflows to Infinity.
    if (ceiling < this.options.maxMs) {
      this.attempt += 1;
    }
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  /** Forgets earlier failures (after a success). */
  reset(): void {
    this.attempt = 0;
  }
}
