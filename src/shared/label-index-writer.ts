import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { forEachAtOnce } from './at-once.js';
import { callAws } from './call-aws.js';
import { dynamodbOf } from './clients.js';
import { errorCode, errorMessage } from './aws-errors.js';
import { type IndexRow, NAMES_PARTITION, paddedSequence, rowsOfItem } from './label-index.js';
import type { Item } from './record.js';
import type { Services } from './services.js';

/**
 * The label index's single writer: applies DynamoDB stream records of a results table
 * (`NEW_AND_OLD_IMAGES`) to its index table. For each image it compares the rows the item had
 * before the batch with the rows it has after, and puts or deletes only the difference, so a
 * relabel, a delete, a TTL expiry (a service delete) and two racing writers all end in the rows
 * of the item that stands. Lambda delivers a shard's records in order and retries a batch from
 * the first record not applied, so the writes only ever move forward; each is also conditioned on
 * the stream's sequence number, so a redelivered batch changes nothing and an older record never
 * overwrites a newer row. (A row deleted leaves no sequence number to compare with: an older put
 * arriving after it could only come from out-of-order delivery, which Lambda does not do, and a
 * reader would still drop it, since every hit is verified against the item.)
 */

/** The part of a stream record the writer reads (aws-lambda's DynamoDBRecord fits it). */
export interface ItemChangeRecord {
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

export interface IndexWriteSummary {
  records: number;
  images: number;
  rowsPut: number;
  rowsDeleted: number;
  /** The first record not applied (Lambda's `batchItemFailures`), when a write failed. */
  failedFrom?: string;
  errors: string[];
}

interface ImageChange {
  filename: string;
  before: Item | undefined;
  after: Item | undefined;
  /** The sequence numbers of the image's first and last record in the batch. */
  first: string;
  last: string;
}

/** Records of one image collapse to its first image before and its last image after. */
export function changesOf(records: readonly ItemChangeRecord[]): ImageChange[] {
  const byImage = new Map<string, ImageChange>();
  for (const record of records) {
    const data = record.dynamodb;
    const filename = (data?.Keys?.filename as AttributeValue | undefined)?.S;
    const sequence = data?.SequenceNumber;
    if (filename === undefined || sequence === undefined) continue;
    const after = data?.NewImage as Item | undefined;
    const known = byImage.get(filename);
    if (known) {
      known.after = after;
      known.last = sequence;
    } else {
      const before = data?.OldImage as Item | undefined;
      byImage.set(filename, { filename, before, after, first: sequence, last: sequence });
    }
  }
  return [...byImage.values()];
}

function sameRow(a: IndexRow | undefined, b: IndexRow): boolean {
  return a !== undefined && a.name === b.name && a.confidence === b.confidence;
}

/** One (name, image) row as the index table stores it. */
export function indexRowItem(key: string, filename: string, row: IndexRow, seq: string): Item {
  return {
    index_key: { S: key },
    filename: { S: filename },
    name: { S: row.name },
    kind: { S: row.kind },
    confidence: { N: String(row.confidence) },
    seq: { S: seq },
  };
}

/** The `#names` row of one indexed name. */
export function nameRowItem(key: string, row: IndexRow): Item {
  return {
    index_key: { S: NAMES_PARTITION },
    filename: { S: key },
    name: { S: row.name },
    kind: { S: row.kind },
  };
}

/** Lets a write through unless a later record already wrote the row. */
const NOT_NEWER = 'attribute_not_exists(seq) OR seq <= :seq';

export class LabelIndexWriter {
  private readonly registering = new Map<string, Promise<void>>();

  constructor(
    private readonly indexTable: string,
    private readonly services: Services,
    private readonly concurrency = 8,
    /** Names already in the `#names` partition, kept across warm invocations. */
    private readonly knownNames = new Set<string>(),
  ) {}

  /** The same writer (and names cache) calling AWS through other services (a new deadline). */
  withServices(services: Services): LabelIndexWriter {
    return new LabelIndexWriter(this.indexTable, services, this.concurrency, this.knownNames);
  }

  async apply(records: readonly ItemChangeRecord[]): Promise<IndexWriteSummary> {
    const changes = changesOf(records);
    const summary: IndexWriteSummary = {
      records: records.length,
      images: changes.length,
      rowsPut: 0,
      rowsDeleted: 0,
      errors: [],
    };
    const failed: string[] = [];
    await forEachAtOnce(changes, this.concurrency, async (change) => {
      try {
        await this.applyChange(change, summary);
      } catch (error) {
        failed.push(change.first);
        summary.errors.push(`${change.filename}: ${errorMessage(error)}`);
      }
    });
    if (failed.length > 0) {
      summary.failedFrom = failed.reduce((a, b) =>
        paddedSequence(a) <= paddedSequence(b) ? a : b,
      );
    }
    return summary;
  }

  private async applyChange(change: ImageChange, summary: IndexWriteSummary): Promise<void> {
    const before = rowsOfItem(change.before);
    const after = rowsOfItem(change.after);
    const seq = paddedSequence(change.last);
    const writes: Promise<void>[] = [];
    for (const key of before.keys()) {
      if (!after.has(key)) {
        writes.push(
          this.delete(key, change.filename, seq).then((done) => {
            if (done) summary.rowsDeleted++;
          }),
        );
      }
    }
    for (const [key, row] of after) {
      if (sameRow(before.get(key), row)) continue;
      writes.push(
        this.put(key, change.filename, row, seq).then((done) => {
          if (done) summary.rowsPut++;
        }),
      );
      if (!this.knownNames.has(key)) writes.push(this.registerOnce(key, row));
    }
    await Promise.all(writes);
  }

  private async put(key: string, filename: string, row: IndexRow, seq: string): Promise<boolean> {
    const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
    return this.conditional('dynamodb:PutItem', () =>
      dynamodbOf(this.services.clients).send(
        new PutItemCommand({
          TableName: this.indexTable,
          Item: indexRowItem(key, filename, row, seq),
          ConditionExpression: NOT_NEWER,
          ExpressionAttributeValues: { ':seq': { S: seq } },
        }),
      ),
    );
  }

  private async delete(key: string, filename: string, seq: string): Promise<boolean> {
    const { DeleteItemCommand } = await import('@aws-sdk/client-dynamodb');
    return this.conditional('dynamodb:DeleteItem', () =>
      dynamodbOf(this.services.clients).send(
        new DeleteItemCommand({
          TableName: this.indexTable,
          Key: { index_key: { S: key }, filename: { S: filename } },
          ConditionExpression: NOT_NEWER,
          ExpressionAttributeValues: { ':seq': { S: seq } },
        }),
      ),
    );
  }

  /** Images of one batch share a new name: one registration, the others wait for it. */
  private registerOnce(key: string, row: IndexRow): Promise<void> {
    let pending = this.registering.get(key);
    if (!pending) {
      pending = this.registerName(key, row).finally(() => this.registering.delete(key));
      this.registering.set(key, pending);
    }
    return pending;
  }

  /** One row per name in `#names`, so `labels` can list them without a Scan. */
  private async registerName(key: string, row: IndexRow): Promise<void> {
    const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
    await callAws(
      this.services,
      { action: 'dynamodb:PutItem', resource: `table ${this.indexTable}`, table: this.indexTable },
      () =>
        dynamodbOf(this.services.clients).send(
          new PutItemCommand({
            TableName: this.indexTable,
            Item: nameRowItem(key, row),
          }),
        ),
    );
    this.knownNames.add(key);
  }

  /** True when written; false when a later record had already written the row. */
  private async conditional(action: string, send: () => Promise<unknown>): Promise<boolean> {
    return callAws(
      this.services,
      { action, resource: `table ${this.indexTable}`, table: this.indexTable },
      async () => {
        try {
          await send();
          return true;
        } catch (error) {
          if (errorCode(error) === 'ConditionalCheckFailedException') return false;
          throw error;
        }
      },
    );
  }
}
