/** Timing of a {@link CoalescingTrigger}. */
export interface CoalescingTriggerOptions {
  /** Quiet time after the last request before running. */
  readonly delayMs: number;
  /** Longest time a request waits, however many follow it (changes keep flowing while a cluster is busy). */
  readonly maxDelayMs: number;
}

/**
 * Runs an action once after a burst of requests: `delayMs` after the last request, and at the latest `maxDelayMs`
 * after the first one. A burst of watch events (a relist, a rollout) thus becomes one catalog mutation.
 */
export class CoalescingTrigger {
  private timer?: ReturnType<typeof setTimeout>;
  private firstRequestAt?: number;
  private stopped = false;

  constructor(
    private readonly options: CoalescingTriggerOptions,
    private readonly action: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Asks for a run; runs nothing after {@link CoalescingTrigger.stop}. */
  request(): void {
    if (this.stopped) return;
    const now = this.now();
    this.firstRequestAt ??= now;
    const deadline = this.firstRequestAt + this.options.maxDelayMs;
    const wait = Math.max(0, Math.min(this.options.delayMs, deadline - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), wait);
  }

  /** Cancels a pending run and ignores later requests. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    this.firstRequestAt = undefined;
    this.action();
  }
}
