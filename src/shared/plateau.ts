/**
 * Tells when more requests in flight stopped raising throughput, for `concurrency: auto`.
 *
 * Without a quota in sight (no throttle), slow start would grow the limit to its ceiling even
 * when the bottleneck is elsewhere: a CPU shared with other steps, a slow disk, a saturated
 * link. Replies then only queue longer, and each waiting request holds memory. Like TCP BBR's
 * "full pipe" check: throughput is measured per round (about one reply time) while every slot
 * is taken; when three rounds in a row fail to beat the best by 10%, the pipe is full, and the
 * limit of the best round's start was enough.
 */
export class PlateauDetector {
  private roundStart: number | null = null;
  /** The limit when the round started: the in-flight that produced the round's replies. */
  private roundLimit = 0;
  private replies = 0;
  private best = 0;
  private flatRounds = 0;
  private reached = false;
  /** The limit in force during the best round: where more stopped helping. */
  private limitAtBest = 0;

  constructor(
    /** Shortest round, ms: replies in a few ms would make rounds of noise. */
    private readonly minRoundMs = 250,
    private readonly gain = 1.1,
    private readonly rounds = 3,
  ) {}

  /** True once throughput has stopped rising with more in flight; it stays true. */
  get full(): boolean {
    return this.reached;
  }

  /** The limit of the best round: enough in flight for all the throughput seen. */
  get enough(): number {
    return this.limitAtBest;
  }

  /**
   * A reply came at `now`. `limited` says whether every slot was taken (only then does more in
   * flight have anything to add); `roundMs` is the current reply time; `limit`
   * the limit on requests in flight. Returns true on the reply that finds the pipe full.
   */
  onReply(now: number, limited: boolean, roundMs: number, limit: number): boolean {
    if (this.reached) return false;
    if (!limited) {
      // Demand, not slots, set the pace: this round says nothing about the pipe.
      this.roundStart = null;
      this.replies = 0;
      return false;
    }
    if (this.roundStart === null) {
      this.roundStart = now;
      this.roundLimit = limit;
      this.replies = 0;
      return false;
    }
    this.replies++;
    const elapsed = now - this.roundStart;
    if (elapsed < Math.max(this.minRoundMs, roundMs)) return false;
    const rate = this.replies / elapsed;
    const roundLimit = this.roundLimit;
    this.roundStart = now;
    this.roundLimit = limit;
    this.replies = 0;
    if (rate > this.best * this.gain) {
      this.best = rate;
      this.limitAtBest = roundLimit;
      this.flatRounds = 0;
      return false;
    }
    if (++this.flatRounds < this.rounds) return false;
    this.reached = true;
    return true;
  }
}
