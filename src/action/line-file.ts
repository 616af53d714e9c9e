import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { bufferCapacity } from '../shared/buffer-capacity.js';

/** Lines are written this many bytes at a time. */
const FLUSH_BYTES = 64 * 1024;

/** Where a line is in a LineFile. */
export interface LinePlace {
  offset: number;
  /** Bytes, without the newline. */
  size: number;
}

/**
 * An append-only file of text lines, each read back by its place: the spools' storage
 * (result-spool.ts, diff-spool.ts). Writes and reads are synchronous: lines are small, the file
 * sits in the page cache, and a read never waits behind a write still in the queue. The file is
 * the process's own (0600) and removed by close.
 */
export class LineFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Bytes on disk, and bytes on disk or pending. */
  private flushed = 0;
  private end = 0;
  private scratch = Buffer.alloc(0);

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+', 0o600);
  }

  /** Appends `line` (without a newline). */
  append(line: string): LinePlace {
    const text = `${line}\n`;
    const bytes = Buffer.byteLength(text);
    const place = { offset: this.end, size: bytes - 1 };
    this.end += bytes;
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return place;
  }

  read({ offset, size }: LinePlace): string {
    if (offset + size > this.flushed) this.flush();
    // One buffer for every read, grown to the longest line: the report reads each line of a
    // 20,000-image run several times, and a buffer per read was native memory that only a
    // garbage collection gave back (the end of such a run peaked 10-18 MB above its labeling).
    if (this.scratch.length < size) this.scratch = Buffer.allocUnsafeSlow(bufferCapacity(size));
    let read = 0;
    while (read < size) {
      const n = readSync(this.fd, this.scratch, read, size - read, offset + read);
      if (n === 0) throw new Error(`${this.file} ended early at byte ${offset + read}`);
      read += n;
    }
    return this.scratch.toString('utf8', 0, size);
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const data = Buffer.from(this.pending.join(''));
    let written = 0;
    while (written < data.length) {
      written += writeSync(this.fd, data, written, data.length - written, this.flushed + written);
    }
    this.flushed += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
