/**
 * Runs at most `slots` tasks at once; the others start in the order they asked.
 *
 * Why: a hundred images hashed at once share the disk and the CPU evenly, so they all finish
 * together, late, and the first request waits for the last hash. Hashed a few at a time in
 * order, the first images reach the service within milliseconds and the rest follow at the
 * same overall pace.
 */
export class TaskQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: number) {
    if (!(slots >= 1)) throw new RangeError('slots must be >= 1');
  }

  /** Tasks running now. */
  get active(): number {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) this.running++;
    // The slot is handed over by the task that ends (see below), so none can jump the queue.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
