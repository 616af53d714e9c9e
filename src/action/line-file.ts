import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

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
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(this.fd, buffer, read, size - read, offset + read);
      if (n === 0) throw new Error(`${this.file} ended early at byte ${offset + read}`);
      read += n;
    }
    return buffer.toString('utf8');
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
