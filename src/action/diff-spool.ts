import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { compareCodeUnits } from '../shared/compare.js';
import { type ImageDiff, reviewRank } from './review-diff.js';

/** The review's entries in review order, read one at a time (so 20,000 need not be in memory). */
export interface DiffList {
  readonly length: number;
  rank(index: number): number;
  get(index: number): ImageDiff;
  /** The entry as compact JSON, as it was written. */
  json(index: number): string;
}

/** A DiffList over entries held in memory (small reviews and tests), sorted for review. */
export function diffList(diffs: readonly ImageDiff[]): DiffList {
  const sorted = [...diffs].sort(
    (a, b) => reviewRank(a) - reviewRank(b) || compareCodeUnits(a.path, b.path),
  );
  return {
    length: sorted.length,
    rank: (i) => reviewRank(sorted[i]!),
    get: (i) => sorted[i]!,
    json: (i) => JSON.stringify(sorted[i]),
  };
}

const FLUSH_BYTES = 64 * 1024;

/**
 * The review's entries on disk, one JSON line each, with only their rank and path in memory:
 * a pull request run with `only-changed: false` reviews every matched image, and 20,000 diffs
 * with their labels are tens of megabytes. The file is the process's own and removed by close.
 */
export class DiffSpool {
  private readonly fd: number;
  private readonly offsets: number[] = [];
  private readonly sizes: number[] = [];
  private readonly ranks: number[] = [];
  private readonly paths: string[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  private flushed = 0;
  private end = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+', 0o600);
  }

  put(diff: ImageDiff): void {
    const line = `${JSON.stringify(diff)}\n`;
    const bytes = Buffer.byteLength(line);
    this.offsets.push(this.end);
    this.sizes.push(bytes - 1);
    this.ranks.push(reviewRank(diff));
    this.paths.push(diff.path);
    this.end += bytes;
    this.pending.push(line);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** The entries in review order: blocked, warned, changed, new, removed, same bytes; by path. */
  inReviewOrder(): DiffList {
    const order = this.ranks.map((_, i) => i);
    order.sort(
      (a, b) => this.ranks[a]! - this.ranks[b]! || compareCodeUnits(this.paths[a]!, this.paths[b]!),
    );
    return {
      length: order.length,
      rank: (i) => this.ranks[order[i]!]!,
      get: (i) => JSON.parse(this.line(order[i]!)) as ImageDiff,
      json: (i) => this.line(order[i]!),
    };
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }

  private line(index: number): string {
    const offset = this.offsets[index]!;
    const size = this.sizes[index]!;
    if (offset + size > this.flushed) this.flush();
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(this.fd, buffer, read, size - read, offset + read);
      if (n === 0) throw new Error(`${this.file} ended early at entry ${index}`);
      read += n;
    }
    return buffer.toString('utf8');
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
