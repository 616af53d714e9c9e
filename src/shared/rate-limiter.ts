import type { Clock } from './clock.js';

export interface RateLimiterOptions {
  /** How far back accepted requests are counted to estimate what the service accepts. */
  windowMs: number;
  /** Throttles this soon after a decrease come from the same overshoot and count once. */
  decreaseCooldownMs: number;
  /** On a throttle the rate becomes this fraction of min(rate, accepted rate). */
  decrease: number;
  /**
   * While requests wait on the pacer, the rate grows by this fraction of itself per second,
   * probing for more room.
   */
  increasePerSecond: number;
  /**
   * After this long without a throttle the quota has evidently room again (another job
   * sharing it stopped): the rate then grows by `recoveryPerSecond` of itself per second
   * (1.5: x2.5 a second) while requests wait, until the next throttle trims it. Growth is by time,
   * not by replies: replies that take 2 s would otherwise slow the climb by as much.
   */
  quietMs: number;
  recoveryPerSecond: number;
  /** The rate never goes below this many sends per second. */
  minRate: number;
}

export const DEFAULT_RATE_OPTIONS: RateLimiterOptions = {
  windowMs: 1000,
  decreaseCooldownMs: 1000,
  decrease: 0.9,
  increasePerSecond: 0.03,
  quietMs: 750,
  recoveryPerSecond: 1.5,
  minRate: 0.5,
};

/**
 * Paces sends to the rate a service accepts, learned from throttling: no setting, and
 * nothing to tune per account.
 *
 * A TPS quota is a rate, so bounding requests in flight cannot hold a run at it: with
 * 100 ms calls, 5 TPS is half a request in flight, and a limit of 1 still sends 10 a
 * second, is throttled half the time and sleeps in backoff. This limiter sends nothing
 * faster than `rate`, spacing sends evenly.
 *
 * Until the first throttle there is no rate (no pacing). On a throttle the rate becomes
 * `decrease` x min(current rate, requests accepted over the last `windowMs`): over-sending,
 * a service accepts exactly its quota, so the window measures it, and the first throttle
 * lands close instead of halving blindly. While requests queue on the pacer the rate grows a
 * little (3% a second by default), so it follows a quota that grows; the next throttle trims
 * it again. The result is a narrow sawtooth just under the quota,
 * where the service's own burst allowance absorbs the overshoot. After 0.75 s without a
 * throttle the growth turns exponential (x2.5 a second): a quota shared with other jobs comes
 * back within seconds when they stop, not at 3% a second. Those two were chosen on the
 * simulation in the tests (5 -> 50 TPS): 1.5 s and doubling took 4.4-4.6 s to 90% of the
 * quota, these take 2.3-2.5 s, and the steady sawtooth at 5 and 50 TPS stays as close.
 *
 * A throttle with nothing accepted in the window leaves the rate alone: there is no
 * evidence of what rate would pass, and the caller's backoff handles it.
 */
export class RateLimiter {
  private current: number | null = null;
  private nextSendAt = -Infinity;
  private readonly waiters: (() => void)[] = [];
  private pumping = false;
  /**
   * Send times of the requests the quota let through within the window: accepted ones, and
   * those still in flight (a throttle comes back at once, so a request in flight was let
   * through). Counting by send time, not reply time, measures what the quota accepts even when
   * replies take seconds and arrive in bursts.
   */
  private passed: number[] = [];
  /** Send times of requests in flight, not yet answered. */
  private readonly inFlight: number[] = [];
  private lastDecrease = -Infinity;
  /** When the rate last grew; null while nothing waits (idle time earns no growth). */
  private grownAt: number | null = null;
  /** When the first request asked to send; the window is shorter than windowMs until then. */
  private startedAt: number | null = null;
  private readonly options: RateLimiterOptions;

  constructor(
    private readonly clock: Pick<Clock, 'now' | 'sleep'>,
    options: Partial<RateLimiterOptions> = {},
  ) {
    this.options = { ...DEFAULT_RATE_OPTIONS, ...options };
  }

  /** Sends per second, or null while no throttle has been seen (no pacing). */
  get rate(): number | null {
    return this.current;
  }

  /** When the longest-waiting request in flight was sent, or null when none is. */
  get oldestInFlight(): number | null {
    // Sends are appended as they happen, so the list stays in send order.
    return this.inFlight[0] ?? null;
  }

  /** Requests waiting for their turn. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves when the caller may send. At once while there is no rate. */
  async acquire(): Promise<void> {
    this.startedAt ??= this.clock.now();
    if (this.current === null) return;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      void this.pump();
    });
  }

  /** A request was sent at `at` (the caller's clock); its answer comes later. */
  onSent(at: number): void {
    this.inFlight.push(at);
  }

  /**
   * A request got through the quota (any reply that is not a throttle). `sentAt`, when the
   * caller told onSent, identifies it; otherwise it counts as sent now.
   */
  onAccepted(sentAt?: number): void {
    const now = this.clock.now();
    this.passed.push(this.settle(sentAt) ?? now);
    this.trim(now);
  }

  /** A request failed without an answer (network): it neither passed nor was throttled. */
  onLost(sentAt: number): void {
    this.settle(sentAt);
  }

  onThrottle(sentAt?: number): void {
    this.settle(sentAt);
    const now = this.clock.now();
    if (now - this.lastDecrease < this.options.decreaseCooldownMs) return;
    this.trim(now);
    const from = now - this.options.windowMs;
    const flying = this.inFlight.filter((at) => at > from).length;
    const passed = this.passed.length + flying;
    if (passed === 0) return;
    // Early in a run the window is only as long as the run: the first throttles come back at
    // once, before the first accepted replies, and would otherwise read as a tiny rate. Sends
    // still in flight are a burst the quota let through (its burst allowance is about one
    // window of the quota), so with them the whole window counts.
    const age = now - (this.startedAt ?? now);
    const span = flying > 0 ? this.options.windowMs : Math.min(this.options.windowMs, age);
    const acceptedRate = passed / (Math.max(span, 1) / 1000);
    const base = this.current === null ? acceptedRate : Math.min(this.current, acceptedRate);
    this.current = Math.max(this.options.minRate, base * this.options.decrease);
    this.lastDecrease = now;
  }

  /** Takes a request out of the in-flight list; returns its send time. */
  private settle(sentAt: number | undefined): number | undefined {
    if (sentAt === undefined) return undefined;
    const index = this.inFlight.indexOf(sentAt);
    if (index >= 0) this.inFlight.splice(index, 1);
    return sentAt;
  }

  private trim(now: number): void {
    const from = now - this.options.windowMs;
    // Replies come out of send order, so the list is not sorted.
    if (this.passed.some((at) => at <= from)) this.passed = this.passed.filter((at) => at > from);
  }

  /** One loop releases the waiters in order, one per interval at the current rate. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const now = this.clock.now();
        this.grow(now);
        const interval = 1000 / this.current!;
        // A late timer may catch up by one interval, so timer lag does not lower the rate.
        const slot = Math.max(this.nextSendAt, now - interval);
        if (slot > now) {
          await this.clock.sleep(slot - now);
          continue;
        }
        this.nextSendAt = slot + interval;
        this.waiters.shift()!();
      }
    } finally {
      this.pumping = false;
      this.grownAt = null;
    }
  }

  /** Grows the rate for the time requests have been waiting since the last growth. */
  private grow(now: number): void {
    const since = this.grownAt;
    this.grownAt = now;
    if (since === null || this.current === null) return;
    const quiet = now - this.lastDecrease >= this.options.quietMs;
    const perSecond = quiet ? this.options.recoveryPerSecond : this.options.increasePerSecond;
    this.current *= (1 + perSecond) ** (Math.max(0, now - since) / 1000);
  }
}
