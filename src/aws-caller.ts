import { AdaptiveLimiter } from './adaptive-limiter.js';
import type { Clock } from './clock.js';
import { classifyError } from './errors.js';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts for 5xx and network errors; throttling is retried until the deadline. */
  maxTransientAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 200,
  maxDelayMs: 20_000,
  maxTransientAttempts: 6,
};

export interface CallStats {
  requests: number;
  throttled: number;
  retried: number;
}

/**
 * Every AWS request of a run goes through here: one place bounds requests in
 * flight, retries with capped exponential backoff and full jitter, and turns
 * throttling into fewer requests at once. The SDK's own retries are off
 * (maxAttempts 1) because it cannot rewind a file stream and gives up after
 * three throttles.
 */
export class AwsCaller {
  readonly stats: CallStats = { requests: 0, throttled: 0, retried: 0 };
  private readonly limiter: AdaptiveLimiter;

  constructor(
    maxInFlight: number,
    private readonly clock: Clock,
    /** Epoch ms after which throttled requests stop being retried. */
    private readonly deadline: number,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {
    this.limiter = new AdaptiveLimiter(maxInFlight, () => clock.now());
  }

  get maxInFlight(): number {
    return this.limiter.maxInFlight;
  }

  /** `send` must build its request afresh on each call (streams are single-use). */
  async call<T>(send: () => Promise<T>): Promise<T> {
    // Throttles and server errors keep separate counts: a run of throttles must not use up
    // the attempts a later 5xx is allowed, and the backoff grows with both.
    let transientFailures = 0;
    for (let attempt = 1; ; attempt++) {
      this.stats.requests++;
      try {
        return await this.limiter.run(() => this.adapt(send));
      } catch (error) {
        const kind = classifyError(error);
        if (kind === 'throttle') this.stats.throttled++;
        if (kind === 'transient') transientFailures++;
        const retryable =
          (kind === 'throttle' && this.clock.now() < this.deadline) ||
          (kind === 'transient' && transientFailures < this.policy.maxTransientAttempts);
        if (!retryable) throw error;
        this.stats.retried++;
        await this.clock.sleep(this.backoff(attempt));
      }
    }
  }

  /** Adjusts the limit while the slot is still held, so the freed slot sees the new limit. */
  private async adapt<T>(send: () => Promise<T>): Promise<T> {
    try {
      const result = await send();
      this.limiter.onSuccess();
      return result;
    } catch (error) {
      if (classifyError(error) === 'throttle') this.limiter.onThrottle();
      throw error;
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    const remaining = Math.max(0, this.deadline - this.clock.now());
    return Math.min(remaining, Math.floor(this.clock.random() * ceiling));
  }
}
