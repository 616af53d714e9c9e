import type { HeldRequest } from './request-gates.js';

export interface EmulatorStats {
  /** Every API call received (admin calls excluded). */
  requests: number;
  byOperation: Record<string, number>;
  /** ThrottlingException replies, from the TPS bucket or throttleRate. */
  throttled: number;
  /** 5xx replies. */
  failed5xx: number;
  /** Other 4xx replies (bad image, access denied, unknown operation...). */
  failed4xx: number;
  succeeded: number;
  /** Successful calls by operation: what the service would bill (each is one image). */
  succeededByOperation: Record<string, number>;
  /** Highest number of calls being handled at once since the last reset. */
  maxInFlight: number;
  inFlight: number;
  /**
   * When the first API call since the last reset arrived, and when the last reply went out:
   * epoch milliseconds with sub-millisecond precision (`performance.timeOrigin + now`), so
   * another process on the same machine can compare them with its own clock. null until then.
   */
  firstRequestAt: number | null;
  lastReplyAt: number | null;
  /**
   * CPU time (user + system, ms) of the process the emulator runs in since the last reset:
   * with the CLI, the whole stack (S3 and DynamoDB too). Tells a benchmark whether the
   * stack was short of CPU.
   */
  processCpuMs: number;
  /** Calls a `delays` rule delayed or held (released or not). */
  delayed: number;
  /** Calls held by a `hold` rule right now. */
  held: HeldRequest[];
}

/** Epoch milliseconds, sub-millisecond precision. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export class StatsRecorder {
  private stats = StatsRecorder.empty();
  private cpuAtReset: number;

  constructor(
    private readonly now: () => number = epochNow,
    private readonly cpu: () => number = cpuMs,
  ) {
    this.cpuAtReset = this.cpu();
  }

  private static empty(): EmulatorStats {
    return {
      requests: 0,
      byOperation: {},
      throttled: 0,
      failed5xx: 0,
      failed4xx: 0,
      succeeded: 0,
      succeededByOperation: {},
      maxInFlight: 0,
      inFlight: 0,
      firstRequestAt: null,
      lastReplyAt: null,
      processCpuMs: 0,
      delayed: 0,
      held: [],
    };
  }

  begin(operation: string): void {
    const s = this.stats;
    s.firstRequestAt ??= this.now();
    s.requests++;
    s.byOperation[operation] = (s.byOperation[operation] ?? 0) + 1;
    s.inFlight++;
    s.maxInFlight = Math.max(s.maxInFlight, s.inFlight);
  }

  end(status: number, errorType: string | undefined, operation = ''): void {
    const s = this.stats;
    s.inFlight = Math.max(0, s.inFlight - 1);
    s.lastReplyAt = this.now();
    if (errorType === 'ThrottlingException') s.throttled++;
    else if (status >= 500) s.failed5xx++;
    else if (status >= 400) s.failed4xx++;
    else {
      s.succeeded++;
      s.succeededByOperation[operation] = (s.succeededByOperation[operation] ?? 0) + 1;
    }
  }

  delayed(): void {
    this.stats.delayed++;
  }

  /** The counters, with `held` (kept by the fault injector) filled in. */
  snapshot(held: HeldRequest[] = []): EmulatorStats {
    return { ...structuredClone(this.stats), processCpuMs: this.cpu() - this.cpuAtReset, held };
  }

  /** Zeroes the counters; calls still being handled keep counting as in flight. */
  reset(): void {
    const inFlight = this.stats.inFlight;
    this.stats = { ...StatsRecorder.empty(), inFlight, maxInFlight: inFlight };
    this.cpuAtReset = this.cpu();
  }
}
