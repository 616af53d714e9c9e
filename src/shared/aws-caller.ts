import { AdaptiveLimiter } from './adaptive-limiter.js';
import { PlateauDetector } from './plateau.js';
import { ByteBudget } from './byte-budget.js';
import type { Clock } from './clock.js';
import { classifyError } from './aws-errors.js';
import { RateLimiter } from './rate-limiter.js';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** At most this many attempts for 5xx and network errors; throttling is retried until the deadline. */
  maxTransientAttempts: number;
  /**
   * 5xx and network errors are retried for this long after a request's first such failure
   * (and never past the deadline): a service that is down for ten seconds must not fail the
   * images that would have succeeded after it. Undefined: bounded by attempts alone.
   */
  transientBudgetMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxTransientAttempts: Number.POSITIVE_INFINITY,
  transientBudgetMs: 60_000,
};

export interface CallStats {
  requests: number;
  throttled: number;
  retried: number;
}

/** Whether the service answered (as opposed to a network error, which never reached it). */
function answered(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode;
  return typeof status === 'number';
}

/**
 * Memory held by image requests not yet sent. A request counts what it holds (its file's buffer,
 * and a Rekognition request its base64 JSON body too: about 2.5 times the file) from the read
 * until it has handed them to the connection (DetectLabels and PutObject alike), not while
 * Rekognition or S3 works on it, so this does not limit requests in flight at any latency: at 50
 * requests a second an image is held for a few tens of milliseconds. What it bounds is bursts
 * of reading and encoding and uploads of large images; a larger request goes alone.
 */
export const DEFAULT_IMAGE_BYTES_IN_FLIGHT = 16 * 1024 * 1024;

/** The ceiling on requests in flight, and whether the limit starts low and finds its level. */
export interface InFlightLimits {
  max: number;
  /**
   * `concurrency: auto`: start at AUTO_START, grow by slow start while requests queue for a
   * slot, then follow what the paced rate needs in flight (rate x latency); throttles are the
   * pacer's to answer, not the limit's.
   */
  auto?: boolean;
}

export const AUTO_START = 100;

/**
 * Paced rates by scope. A caller makes its own by default; callers that follow each other in
 * one process (the Lambda's invocations in one execution environment) can share one, so what
 * one learned about the quota is not relearned, with throttles, by the next.
 */
export type Pacers = Map<string, RateLimiter>;

/** Requests that share a quota: one per service (rekognition, dynamodb, s3). */
export const DEFAULT_SCOPE = 'aws';

/**
 * Every AWS request of a run goes through here: one place bounds requests in
 * flight, retries with capped exponential backoff and full jitter, and turns
 * throttling into fewer requests at once and, per scope (service), into sends
 * paced at the rate the service accepts (see RateLimiter). The SDK's own retries
 * are off (maxAttempts 1) because it cannot rewind a file stream and gives up
 * after three throttles.
 */
export class AwsCaller {
  readonly stats: CallStats = { requests: 0, throttled: 0, retried: 0 };
  /** Calls that succeeded, by action (`rekognition:DetectLabels`): what is billed (callAws). */
  readonly succeeded: Record<string, number> = {};
  private readonly limiter: AdaptiveLimiter;
  /** Hold image bytes through `imageBytes.run(size, task)` while they are in memory. */
  readonly imageBytes: ByteBudget;

  /** Smoothed latency of accepted requests by scope (ms): with the rate, what must be in flight. */
  private readonly latencies = new Map<string, number>();
  private readonly auto: boolean;
  private readonly plateau = new PlateauDetector();

  constructor(
    maxInFlight: number | InFlightLimits,
    private readonly clock: Clock,
    /** Epoch ms after which throttled requests stop being retried. */
    private readonly deadline: number,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    imageBytesInFlight: number = DEFAULT_IMAGE_BYTES_IN_FLIGHT,
    private readonly pacers: Pacers = new Map(),
  ) {
    const limits = typeof maxInFlight === 'number' ? { max: maxInFlight } : maxInFlight;
    this.auto = limits.auto ?? false;
    this.limiter = new AdaptiveLimiter(
      limits.max,
      () => clock.now(),
      this.auto ? { initial: AUTO_START, slowStart: true } : {},
    );
    this.imageBytes = new ByteBudget(imageBytesInFlight);
  }

  get maxInFlight(): number {
    return this.limiter.maxInFlight;
  }

  /** The limit on requests in flight now. */
  get limit(): number {
    return this.limiter.current;
  }

  /** The paced send rate of each scope that has been throttled (sends per second). */
  get rates(): Record<string, number> {
    const rates: Record<string, number> = {};
    for (const [scope, pacer] of this.pacers) if (pacer.rate !== null) rates[scope] = pacer.rate;
    return rates;
  }

  /**
   * `send` must build its request afresh on each call (streams are single-use).
   * `scope` names the quota the request counts against, normally its service: a
   * Rekognition throttle paces Rekognition calls, not DynamoDB writes.
   */
  async call<T>(send: () => Promise<T>, scope: string = DEFAULT_SCOPE): Promise<T> {
    const pacer = this.pacer(scope);
    // Throttles and server errors keep separate counts: a run of throttles must not use up
    // the attempts a later 5xx is allowed, and the backoff grows with both.
    let transientFailures = 0;
    let firstTransientAt = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        // Paced before taking a slot: a request waiting for its turn holds no slot (nor bytes).
        await pacer.acquire();
        // Checked on each paced send, not only on replies: before the first replies of a slow
        // service, nothing else would raise the limit, and sends would stall for a reply time.
        this.followLimit();
        this.stats.requests++;
        return await this.limiter.run(() => this.adapt(send, pacer, scope));
      } catch (error) {
        const kind = classifyError(error);
        if (kind === 'throttle') this.stats.throttled++;
        if (kind === 'transient' && transientFailures++ === 0) firstTransientAt = this.clock.now();
        const retryable =
          (kind === 'throttle' && this.clock.now() < this.deadline) ||
          (kind === 'transient' && this.transientRetryable(transientFailures, firstTransientAt));
        if (!retryable) throw error;
        this.stats.retried++;
        await this.clock.sleep(this.backoff(attempt));
      }
    }
  }

  private transientRetryable(failures: number, firstAt: number): boolean {
    const now = this.clock.now();
    const budget = this.policy.transientBudgetMs;
    return (
      failures < this.policy.maxTransientAttempts &&
      now < this.deadline &&
      (budget === undefined || now - firstAt < budget)
    );
  }

  private pacer(scope: string): RateLimiter {
    let pacer = this.pacers.get(scope);
    if (!pacer) {
      pacer = new RateLimiter(this.clock);
      this.pacers.set(scope, pacer);
    }
    return pacer;
  }

  /** Adjusts the limits while the slot is still held, so the freed slot sees the new limit. */
  private async adapt<T>(send: () => Promise<T>, pacer: RateLimiter, scope: string): Promise<T> {
    const startedAt = this.clock.now();
    pacer.onSent(startedAt);
    try {
      const result = await send();
      this.observeLatency(scope, this.clock.now() - startedAt);
      this.watchPlateau(scope);
      this.limiter.onSuccess();
      pacer.onAccepted(startedAt);
      this.followLimit();
      return result;
    } catch (error) {
      if (classifyError(error) === 'throttle') {
        pacer.onThrottle(startedAt);
        this.onThrottle();
      } else if (answered(error)) {
        // Any other answer (a bad image, a 5xx) still got past the quota.
        pacer.onAccepted(startedAt);
      } else {
        pacer.onLost(startedAt);
      }
      throw error;
    }
  }

  /** In auto mode, stops the limit growing once more in flight stops raising throughput. */
  private watchPlateau(scope: string): void {
    if (!this.auto) return;
    // Called while this request still holds its slot.
    const limited = this.limiter.saturated;
    const roundMs = this.latencies.get(scope) ?? 0;
    if (this.plateau.onReply(this.clock.now(), limited, roundMs, this.limiter.current)) {
      this.limiter.hold(this.plateau.enough);
    }
  }

  private onThrottle(): void {
    if (this.auto) {
      // The pacer holds the rate; fewer slots would only cut throughput under it (slots
      // freed in bursts by slow calls are what throttled the run, not too many of them).
      // The quota is in sight, so growth turns additive.
      this.limiter.endSlowStart();
      this.followLimit();
      return;
    }
    this.limiter.onThrottle();
  }

  private observeLatency(scope: string, ms: number): void {
    const previous = this.latencies.get(scope);
    this.latencies.set(scope, previous === undefined ? ms : previous * 0.8 + ms * 0.2);
  }

  /**
   * Requests in flight the paced rates need (Little's law), with a quarter to spare. The reply
   * time is at least how long the oldest request in flight has waited: that is all there is
   * to go on before the first replies, and the first sign when replies slow down.
   */
  private pacedNeed(): number {
    let need = 0;
    const now = this.clock.now();
    for (const [scope, pacer] of this.pacers) {
      if (pacer.rate === null) continue;
      const oldest = pacer.oldestInFlight;
      const latency = Math.max(this.latencies.get(scope) ?? 0, oldest === null ? 0 : now - oldest);
      need += (pacer.rate * latency) / 1000;
    }
    return Math.ceil(need * 1.25);
  }

  /**
   * In auto mode the limit keeps up with what the paced rate needs in flight (a rate learned
   * while replies take 2 s needs 100 slots, far more than additive growth reaches in a run).
   */
  private followLimit(): void {
    if (!this.auto) return;
    this.limiter.raiseTo(this.pacedNeed());
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    const remaining = Math.max(0, this.deadline - this.clock.now());
    return Math.min(remaining, Math.floor(this.clock.random() * ceiling));
  }
}
