import { compareUtf8 } from '../shared/compare.js';
import type { ImageResult, ImageStatus, ResultModeration } from './image-result.js';

/** What the end of a run needs to know of every entry without reading it in full. */
export interface ResultFacts {
  readonly path: string;
  readonly status: ImageStatus;
  readonly cached: boolean;
  /** Has a note: an uploaded image still waiting for the Lambda, or labeled by other settings. */
  readonly noted: boolean;
  /** The moderation verdict, when the image was judged. */
  readonly verdict?: ResultModeration['verdict'];
}

/**
 * The results of a run, one entry per matched image. The outputs, the results file, the summary
 * and the annotations read entries one at a time, so a run's results need not all be in memory
 * (result-spool.ts keeps them on disk).
 */
export interface ResultList {
  readonly length: number;
  facts(index: number): ResultFacts;
  get(index: number): ImageResult;
  /** The entry as compact JSON (`JSON.stringify(get(index))`), without parsing it first. */
  json(index: number): string;
}

/** A ResultList filled as images finish, in any order. */
export interface ResultStore extends ResultList {
  put(index: number, result: ImageResult): void;
}

export function factsOf(result: ImageResult): ResultFacts {
  return {
    path: result.path,
    status: result.status,
    cached: result.cached === true,
    noted: result.note !== undefined,
    ...(result.moderation ? { verdict: result.moderation.verdict } : {}),
  };
}

/** Results held in memory: small runs and tests. */
export class MemoryResults implements ResultStore {
  private readonly results: ImageResult[];

  constructor(results: readonly ImageResult[] = []) {
    this.results = [...results];
  }

  get length(): number {
    return this.results.length;
  }

  put(index: number, result: ImageResult): void {
    this.results[index] = result;
  }

  get(index: number): ImageResult {
    const result = this.results[index];
    if (result === undefined) throw new RangeError(`no result at ${index}`);
    return result;
  }

  facts(index: number): ResultFacts {
    return factsOf(this.get(index));
  }

  json(index: number): string {
    return JSON.stringify(this.get(index));
  }

  toArray(): ImageResult[] {
    return [...this.results];
  }
}

/** The entries of `list` in the order of `order`'s indices. */
function reordered(list: ResultList, order: readonly number[]): ResultList {
  return {
    length: order.length,
    facts: (index) => list.facts(order[index]!),
    get: (index) => list.get(order[index]!),
    json: (index) => list.json(order[index]!),
  };
}

/** `list` sorted by its entries' facts (a stable sort), without reading the entries. */
export function sortedBy(
  list: ResultList,
  compare: (a: ResultFacts, b: ResultFacts) => number,
): ResultList {
  // The facts are read again for each comparison, not kept: an array of 20,000 of them lived
  // through the sort, long enough to reach V8's old generation, and the end of a large run
  // (which sorts three times) peaked about 10 MB higher for it. Read and dropped at once, they
  // never leave the young generation.
  const order = Array.from({ length: list.length }, (_, i) => i);
  order.sort((a, b) => compare(list.facts(a), list.facts(b)));
  return reordered(list, order);
}

/** `list` in the byte order of the UTF-8 paths, as the outputs list images. */
export function inPathOrder(list: ResultList): ResultList {
  return sortedBy(list, (a, b) => compareUtf8(a.path, b.path));
}

/** Indices of the entries whose facts pass `test`, in order. */
export function indicesWhere(list: ResultList, test: (facts: ResultFacts) => boolean): number[] {
  const found: number[] = [];
  for (let i = 0; i < list.length; i++) if (test(list.facts(i))) found.push(i);
  return found;
}

/** Whether any entry's facts pass `test`; reads up to the first that does. */
export function someEntry(list: ResultList, test: (facts: ResultFacts) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (test(list.facts(i))) return true;
  return false;
}

export interface Counts {
  labeled: number;
  /** Labeled from an unchanged stored item. */
  cached: number;
  uploaded: number;
  failed: number;
  skipped: number;
  /** Passed the pre-checks, not labeled: the run had no AWS credentials. */
  checked: number;
  /** Blocked by the moderation policy and not approved. */
  blocked: number;
  /** Blocked or warned, and not approved. */
  flagged: number;
  approved: number;
  /** Labeled by a Lambda that does not moderate, while this run asked for moderation. */
  notModerated: number;
}

export function countResults(list: ResultList): Counts {
  const counts: Counts = {
    labeled: 0,
    cached: 0,
    uploaded: 0,
    failed: 0,
    skipped: 0,
    checked: 0,
    blocked: 0,
    flagged: 0,
    approved: 0,
    notModerated: 0,
  };
  for (let i = 0; i < list.length; i++) {
    const facts = list.facts(i);
    counts[facts.status]++;
    if (facts.cached && facts.status === 'labeled') counts.cached++;
    if (facts.verdict === 'block') counts.blocked++;
    if (facts.verdict === 'block' || facts.verdict === 'warn') counts.flagged++;
    if (facts.verdict === 'approved') counts.approved++;
    if (facts.verdict === 'not-moderated') counts.notModerated++;
  }
  return counts;
}
