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
  /** Highest number of calls being handled at once since the last reset. */
  maxInFlight: number;
  inFlight: number;
}

export class StatsRecorder {
  private stats = StatsRecorder.empty();

  private static empty(): EmulatorStats {
    return {
      requests: 0,
      byOperation: {},
      throttled: 0,
      failed5xx: 0,
      failed4xx: 0,
      succeeded: 0,
      maxInFlight: 0,
      inFlight: 0,
    };
  }

  begin(operation: string): void {
    const s = this.stats;
    s.requests++;
    s.byOperation[operation] = (s.byOperation[operation] ?? 0) + 1;
    s.inFlight++;
    s.maxInFlight = Math.max(s.maxInFlight, s.inFlight);
  }

  end(status: number, errorType: string | undefined): void {
    const s = this.stats;
    s.inFlight = Math.max(0, s.inFlight - 1);
    if (errorType === 'ThrottlingException') s.throttled++;
    else if (status >= 500) s.failed5xx++;
    else if (status >= 400) s.failed4xx++;
    else s.succeeded++;
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.stats);
  }

  /** Zeroes the counters; calls still being handled keep counting as in flight. */
  reset(): void {
    const inFlight = this.stats.inFlight;
    this.stats = { ...StatsRecorder.empty(), inFlight, maxInFlight: inFlight };
  }
}
