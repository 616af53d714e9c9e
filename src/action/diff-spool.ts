import { compareCodeUnits } from '../shared/compare.js';
import { type ImageDiff, reviewRank } from './review-diff.js';
import { LineFile, type LinePlace } from './line-file.js';

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

/**
 * The review's entries on disk, one JSON line each, with only their rank and path in memory:
 * a pull request run with `only-changed: false` reviews every matched image, and 20,000 diffs
 * with their labels are tens of megabytes. The file is the process's own and removed by close.
 */
export class DiffSpool {
  private readonly lines: LineFile;
  private readonly places: LinePlace[] = [];
  private readonly ranks: number[] = [];
  private readonly paths: string[] = [];

  constructor(file: string) {
    this.lines = new LineFile(file);
  }

  put(diff: ImageDiff): void {
    this.places.push(this.lines.append(JSON.stringify(diff)));
    this.ranks.push(reviewRank(diff));
    this.paths.push(diff.path);
  }

  /** The entries in review order: blocked, warned, changed, new, removed, same bytes; by path. */
  inReviewOrder(): DiffList {
    const order = this.ranks.map((_, i) => i);
    order.sort(
      (a, b) => this.ranks[a]! - this.ranks[b]! || compareCodeUnits(this.paths[a]!, this.paths[b]!),
    );
    const line = (i: number) => this.lines.read(this.places[order[i]!]!);
    return {
      length: order.length,
      rank: (i) => this.ranks[order[i]!]!,
      get: (i) => JSON.parse(line(i)) as ImageDiff,
      json: line,
    };
  }

  close(): void {
    this.lines.close();
  }
}
