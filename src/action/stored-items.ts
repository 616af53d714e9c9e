import { BATCH_KEYS, batchGetItems } from '../shared/batch-get.js';
import type { Item } from '../shared/record.js';
import { getStored } from '../shared/results-table.js';
import type { Services } from '../shared/services.js';

/** A chunk's items by key, or 'denied' when the role may not call BatchGetItem. */
type Chunk = Map<string, Item> | 'denied';

/**
 * The run's keys by index. An array is one; the batch passes keys built when read, so a run of
 * 20,000 images does not hold 20,000 key strings beside its file list for the whole run.
 */
export interface KeyList {
  readonly length: number;
  at(index: number): string | undefined;
}

/** Chunks read ahead of the image being worked on. */
const CHUNKS_AHEAD = 2;

/**
 * The run's stored items, read 100 keys per BatchGetItem (consistent reads) a little ahead of
 * the images being worked on: a re-run of unchanged images costs N/100 DynamoDB requests, not
 * N, and is bound by hashing. The keys are known before any file is read, so the reads never
 * wait for a hash. A role without dynamodb:BatchGetItem (a policy written for 1.0) still
 * works: the first denial switches to one GetItem per image and says so once.
 */
export class StoredItems {
  private readonly chunks = new Map<number, Promise<Chunk>>();
  /** Keys taken from each chunk; a chunk whose keys were all taken is let go. */
  private readonly taken = new Map<number, number>();
  /** Chunks let go: workers finish out of order, and a look-ahead must not read one again. */
  private readonly done = new Set<number>();
  private perKey = false;

  constructor(
    private readonly table: string,
    private readonly keys: KeyList,
    private readonly services: Services,
    private readonly onNotice: (message: string) => void = () => {},
  ) {}

  /** The stored item of the `index`-th key, if there is one. */
  async get(index: number): Promise<Item | undefined> {
    const key = this.keys.at(index)!;
    if (this.perKey) return getStored(this.table, key, this.services);
    const chunk = Math.floor(index / BATCH_KEYS);
    for (let ahead = 1; ahead <= CHUNKS_AHEAD; ahead++) {
      if (!this.done.has(chunk + ahead)) void this.chunk(chunk + ahead).catch(() => {});
    }
    const items = await this.chunk(chunk);
    if (items === 'denied') {
      this.switchToGetItem();
      return getStored(this.table, key, this.services);
    }
    this.take(chunk);
    return items.get(key);
  }

  private take(chunk: number): void {
    const taken = (this.taken.get(chunk) ?? 0) + 1;
    const size = Math.min(BATCH_KEYS, this.keys.length - chunk * BATCH_KEYS);
    if (taken < size) {
      this.taken.set(chunk, taken);
      return;
    }
    this.taken.delete(chunk);
    this.chunks.delete(chunk);
    this.done.add(chunk);
  }

  private switchToGetItem(): void {
    if (this.perKey) return;
    this.perKey = true;
    this.onNotice(
      `dynamodb:BatchGetItem on table ${this.table} was denied, so each image's item is read ` +
        'with its own GetItem. Allow dynamodb:BatchGetItem on the table to read 100 at a time.',
    );
  }

  private chunk(index: number): Promise<Chunk> {
    let pending = this.chunks.get(index);
    if (!pending) {
      const keys = new Set<string>();
      const end = Math.min(this.keys.length, (index + 1) * BATCH_KEYS);
      for (let i = index * BATCH_KEYS; i < end; i++) keys.add(this.keys.at(i)!);
      pending = keys.size === 0 ? Promise.resolve(new Map()) : this.read([...keys]);
      this.chunks.set(index, pending);
    }
    return pending;
  }

  /** One chunk, retrying what DynamoDB left unprocessed (throttled partitions). */
  private read(keys: string[]): Promise<Chunk> {
    return batchGetItems(this.table, keys, this.services);
  }
}
