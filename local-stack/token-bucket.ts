/**
 * A token bucket holding at most `ratePerSecond` tokens and refilling continuously at
 * `ratePerSecond`, which is how a TPS quota behaves: a burst of `rate` calls passes, then
 * calls pass at the sustained rate.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError('ratePerSecond must be > 0');
    this.tokens = ratePerSecond;
    this.last = this.now();
  }

  /** Takes one token if there is one; never waits. */
  tryTake(): boolean {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.ratePerSecond, this.tokens + elapsedSeconds * this.ratePerSecond);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
