/** How the limit on requests in flight moves. */
export interface LimiterOptions {
  /** The limit to start from; default `max` (a fixed ceiling). */
  initial?: number;
  /**
   * Grow by one per success while requests queue for a slot and nothing was throttled yet
   * (doubling per round trip, as TCP's slow start), instead of 1/limit. For `concurrency: auto`:
   * a service that answers in 2 s needs 100 requests in flight for 50 TPS, and no one should
   * have to know that.
   */
  slowStart?: boolean;
  /** Throttles within this window count once: they come from the same burst. */
  decreaseCooldownMs?: number;
}

/**
 * Bounds the AWS requests in flight and adapts the bound to throttling:
 * additive increase on success, multiplicative decrease on a throttle (AIMD, as
 * TCP does), so a run settles just under the account's quota without a setting.
 */
export class AdaptiveLimiter {
  private limit: number;
  private inFlight = 0;
  private readonly waiters: (() => void)[] = [];
  private lastDecrease = -Infinity;
  private peak = 0;
  private slowStart: boolean;
  /** Growth on success stopped: more in flight no longer raised throughput. */
  private held = false;
  private readonly decreaseCooldownMs: number;

  /**
   * @param max the ceiling (the `concurrency` input, or the auto ceiling)
   * @param now clock seam
   */
  constructor(
    private readonly max: number,
    private readonly now: () => number,
    options: LimiterOptions = {},
  ) {
    this.limit = Math.min(max, options.initial ?? max);
    this.slowStart = options.slowStart ?? false;
    this.decreaseCooldownMs = options.decreaseCooldownMs ?? 250;
  }

  get current(): number {
    return Math.floor(this.limit);
  }

  get maxInFlight(): number {
    return this.peak;
  }

  /** Every slot is taken (requests may be waiting for one). */
  get saturated(): boolean {
    return this.inFlight >= this.current;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  onSuccess(): void {
    if (this.held) return;
    const before = this.current;
    // Slow start only while slots are the bottleneck: a run that is paced, or has fewer
    // images than slots, gains nothing from more.
    const step = this.slowStart && this.waiters.length > 0 ? 1 : 1 / this.limit;
    this.limit = Math.min(this.max, this.limit + step);
    if (this.current > before) this.wake();
  }

  /** Raises the limit to `limit` (within the ceiling) at once: what a learned rate needs. */
  raiseTo(limit: number): void {
    if (limit <= this.limit) return;
    this.limit = Math.min(this.max, limit);
    this.wake();
  }

  /**
   * More in flight stopped raising throughput: back to `limit` (if lower), and no more growth
   * on success. `raiseTo` still applies: a rate learned from throttles knows what it needs.
   */
  hold(limit: number): void {
    this.held = true;
    this.slowStart = false;
    this.limit = Math.max(1, Math.min(this.limit, limit));
  }

  /** Growth becomes additive (1/limit per success): the quota is in sight. */
  endSlowStart(): void {
    this.slowStart = false;
  }

  onThrottle(): void {
    this.slowStart = false;
    const at = this.now();
    if (at - this.lastDecrease < this.decreaseCooldownMs) return;
    this.lastDecrease = at;
    this.limit = Math.max(1, this.limit / 2);
  }

  private async acquire(): Promise<void> {
    while (this.inFlight >= this.current) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
  }

  private release(): void {
    this.inFlight--;
    this.wake();
  }

  /** Wakes as many waiters as may now fit; any that don't fit queue again. */
  private wake(): void {
    const free = this.current - this.inFlight;
    for (let i = 0; i < free && this.waiters.length > 0; i++) this.waiters.shift()!();
  }
}
