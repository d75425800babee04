import { FailRequestsOptions, SimulatorFaults } from './types';

/** What the faults act on. */
export interface FaultTargets {
  dropWatches(graceful: boolean): void;
  expireHistory(): void;
  /** Destroys every open connection. */
  destroyConnections(): void;
}

interface Failure {
  status: number;
  message: string;
  remaining: number;
  ratio?: number;
  seen: number;
}

/**
 * Runtime fault injection. Failing a fraction of requests is deterministic (ratio 0.5 fails every second
 * request), so tests and benchmarks are repeatable.
 */
export class Faults implements SimulatorFaults {
  latencyMs: number;
  unreachable = false;
  private failure?: Failure;

  constructor(
    private readonly targets: FaultTargets,
    private readonly initialLatencyMs = 0,
  ) {
    this.latencyMs = initialLatencyMs;
  }

  setLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new Error(`latency must be a non-negative number, got ${ms}`);
    }
    this.latencyMs = ms;
  }

  failRequests(options: FailRequestsOptions): void {
    const { status, count, ratio } = options;
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new Error(`status must be an HTTP status code, got ${status}`);
    }
    if (ratio !== undefined && !(ratio >= 0 && ratio <= 1)) {
      throw new Error(`ratio must be between 0 and 1, got ${ratio}`);
    }
    this.failure = {
      status,
      message: options.message ?? `injected failure (${status})`,
      remaining: count ?? Infinity,
      ratio,
      seen: 0,
    };
  }

  dropWatches(options: { graceful?: boolean } = {}): void {
    this.targets.dropWatches(options.graceful ?? false);
  }

  expireHistory(): void {
    this.targets.expireHistory();
  }

  setUnreachable(unreachable: boolean): void {
    this.unreachable = unreachable;
    if (unreachable) this.targets.destroyConnections();
  }

  reset(): void {
    this.latencyMs = this.initialLatencyMs;
    this.failure = undefined;
    this.unreachable = false;
  }

  /** Decides whether the request being handled fails; consumes one failure when it does. */
  nextFailure(): { status: number; message: string } | undefined {
    const failure = this.failure;
    if (!failure || failure.remaining <= 0) return undefined;
    if (failure.ratio !== undefined) {
      // Fail whenever the running count of failures due (seen × ratio) crosses an integer.
      const before = Math.floor(failure.seen * failure.ratio);
      failure.seen++;
      if (Math.floor(failure.seen * failure.ratio) === before) return undefined;
    }
    failure.remaining--;
    return { status: failure.status, message: failure.message };
  }
}
