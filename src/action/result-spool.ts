import type { ImageResult, ImageStatus } from './image-result.js';
import { type ResultFacts, type ResultStore, factsOf } from './result-list.js';
import { LineFile } from './line-file.js';

/** Bits 0-2: the status's place in STATUSES. */
const STATUSES: readonly ImageStatus[] = ['labeled', 'uploaded', 'failed', 'skipped', 'checked'];
const STATUS_MASK = 7;
const CACHED = 8;
const NOTED = 16;
/** Bits 5-7: the verdict's place in VERDICTS plus one, 0 for none. */
const VERDICTS: readonly NonNullable<ResultFacts['verdict']>[] = [
  'clear',
  'warn',
  'block',
  'approved',
  'not-moderated',
];
const VERDICT_SHIFT = 5;

/**
 * A run's results on disk, one JSON line each, with only their place, path and status kept in
 * memory. Held in memory, 20,000 results (labels, hashes, keys) were about 30 MB of live heap
 * at the end of a run, which made peak RSS grow 20% from 2,000 images to 20,000; here an entry
 * costs a few dozen bytes. An entry put again (after waiting for the Lambda) is appended anew
 * and the old line is left behind. The file is the process's own (0600) and is removed by close.
 *
 * Writes and reads are synchronous: entries are small, the file sits in the page cache, and
 * a read never waits behind a write still in the queue.
 */
export class ResultSpool implements ResultStore {
  private readonly lines: LineFile;
  private readonly offsets: Float64Array;
  private readonly sizes: Uint32Array;
  private readonly paths: string[];
  /** Status, cached, noted and verdict; -1 until the entry is put. */
  private readonly codes: Int16Array;

  constructor(
    readonly file: string,
    readonly length: number,
  ) {
    this.offsets = new Float64Array(length);
    this.sizes = new Uint32Array(length);
    this.paths = new Array<string>(length).fill('');
    this.codes = new Int16Array(length).fill(-1);
    this.lines = new LineFile(file);
  }

  put(index: number, result: ImageResult): void {
    this.checkIndex(index);
    const place = this.lines.append(JSON.stringify(result));
    this.offsets[index] = place.offset;
    this.sizes[index] = place.size;
    const facts = factsOf(result);
    this.paths[index] = facts.path;
    const verdict = facts.verdict === undefined ? 0 : VERDICTS.indexOf(facts.verdict) + 1;
    this.codes[index] =
      STATUSES.indexOf(facts.status) |
      (facts.cached ? CACHED : 0) |
      (facts.noted ? NOTED : 0) |
      (verdict << VERDICT_SHIFT);
  }

  facts(index: number): ResultFacts {
    const code = this.codeAt(index);
    const verdict = VERDICTS[(code >> VERDICT_SHIFT) - 1];
    return {
      path: this.paths[index]!,
      status: STATUSES[code & STATUS_MASK]!,
      cached: (code & CACHED) !== 0,
      noted: (code & NOTED) !== 0,
      ...(verdict ? { verdict } : {}),
    };
  }

  get(index: number): ImageResult {
    return JSON.parse(this.json(index)) as ImageResult;
  }

  /** The line as it was written (JSON.stringify of the entry), read back without parsing. */
  json(index: number): string {
    this.codeAt(index);
    return this.lines.read({ offset: this.offsets[index]!, size: this.sizes[index]! });
  }

  /** Closes and removes the file. */
  close(): void {
    this.lines.close();
  }

  private codeAt(index: number): number {
    this.checkIndex(index);
    const code = this.codes[index]!;
    if (code < 0) throw new RangeError(`no result at ${index} yet`);
    return code;
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new RangeError(`index ${index} is outside 0..${this.length - 1}`);
    }
  }
}
