/**
 * Bounds the image bytes held in memory at once. Sending bytes (no bucket) buffers each
 * image whole, and the SDK copies it into a base64 JSON body, so a request costs about
 * three times its file: ten 4.7 MB images in flight are over 100 MB. A task declares its
 * bytes and waits until they fit; tasks start in arrival order, so a large image is not
 * overtaken forever by small ones. An image larger than the whole budget runs alone.
 */
export class ByteBudget {
  private used = 0;
  private running = 0;
  private peak = 0;
  private readonly waiters: { bytes: number; start: () => void }[] = [];

  constructor(private readonly limit: number) {
    if (!(limit > 0)) throw new RangeError('capacity must be > 0');
  }

  get capacity(): number {
    return this.limit;
  }

  /** Bytes held by running tasks. */
  get inUse(): number {
    return this.used;
  }

  /** The most bytes held at once. */
  get maxInUse(): number {
    return this.peak;
  }

  /**
   * Runs `task` once `bytes` fit. The bytes are given back when the task ends, or earlier when
   * it calls `release` (once its bytes are sent and dropped, while it still waits for a reply).
   */
  async run<T>(bytes: number, task: (release: () => void) => Promise<T>): Promise<T> {
    const size = Math.max(0, bytes);
    await this.acquire(size);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      this.release(size);
    };
    try {
      return await task(release);
    } finally {
      release();
    }
  }

  private fits(bytes: number): boolean {
    return this.running === 0 || this.used + bytes <= this.limit;
  }

  private async acquire(bytes: number): Promise<void> {
    if (this.waiters.length > 0 || !this.fits(bytes)) {
      await new Promise<void>((start) => this.waiters.push({ bytes, start }));
    } else {
      this.take(bytes);
    }
  }

  private take(bytes: number): void {
    this.used += bytes;
    this.running++;
    this.peak = Math.max(this.peak, this.used);
  }

  private release(bytes: number): void {
    this.used -= bytes;
    this.running--;
    this.startFitting();
  }

  private startFitting(): void {
    while (this.waiters.length > 0 && this.fits(this.waiters[0]!.bytes)) {
      const next = this.waiters.shift()!;
      this.take(next.bytes);
      next.start();
    }
  }
}
