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

  /**
   * @param max the ceiling (the `concurrency` input)
   * @param now clock seam
   * @param decreaseCooldownMs throttles within this window count once: they come from the same burst
   */
  constructor(
    private readonly max: number,
    private readonly now: () => number,
    private readonly decreaseCooldownMs = 250,
  ) {
    this.limit = max;
  }

  get current(): number {
    return Math.floor(this.limit);
  }

  get maxInFlight(): number {
    return this.peak;
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
    const before = this.current;
    this.limit = Math.min(this.max, this.limit + 1 / this.limit);
    if (this.current > before) this.wake();
  }

  onThrottle(): void {
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
