import { randomUUID } from 'node:crypto';
import {
  type AttributeValue,
  DeleteItemCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  paginateScan,
} from '@aws-sdk/client-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { LOCAL_ACCOUNT_ID } from './lambda-function.js';

/**
 * DynamoDB Streams for dynalite, which has none. The shim sees every write, so for a table
 * created (or updated) with a StreamSpecification it serialises the table's writes, reads the
 * written keys before and after each one, and emits the record DynamoDB Streams would: per key,
 * in write order, only when the item changed, with the images the view type asks for. TTL
 * expiry on demand deletes as the service does and emits service deletes.
 */

export type StreamViewType = 'NEW_AND_OLD_IMAGES' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'KEYS_ONLY';

type Item = Record<string, AttributeValue>;

/** One record as a Lambda event source mapping delivers it (`event.Records[i]`). */
export interface DynamoStreamRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventVersion: '1.1';
  eventSource: 'aws:dynamodb';
  awsRegion: string;
  dynamodb: {
    ApproximateCreationDateTime: number;
    Keys: Item;
    NewImage?: Item;
    OldImage?: Item;
    SequenceNumber: string;
    SizeBytes: number;
    StreamViewType: StreamViewType;
  };
  eventSourceARN: string;
  /** Present on TTL deletions: DynamoDB itself deleted the item. */
  userIdentity?: { type: 'Service'; principalId: 'dynamodb.amazonaws.com' };
}

export type StreamListener = (record: DynamoStreamRecord) => void;

/** In-process control of the emulated streams (and TTL expiry on demand). */
export interface DynamoStreamControl {
  /** Calls `listener` with every record of `table`'s stream from now on; returns unsubscribe. */
  subscribe(table: string, listener: StreamListener): () => void;
  /**
   * Deletes the items whose TTL attribute is at or before `nowSeconds` (default: now), as
   * DynamoDB's TTL process does, and returns how many. Needs TTL enabled on the table.
   */
  expire(table: string, nowSeconds?: number): Promise<number>;
}

const VIEW_TYPES = new Set<string>(['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);
const TABLE_CHANGES = new Set(['CreateTable', 'UpdateTable', 'DeleteTable']);

function onlyStreamChange(input: Record<string, unknown>): boolean {
  return Object.keys(input).every((key) => key === 'TableName' || key === 'StreamSpecification');
}

export class StreamError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface Stream {
  viewType: StreamViewType;
  keyNames: string[];
  arn: string;
}

/** The reply of a forwarded call, buffered so the stream record can follow a success only. */
export interface BufferedReply {
  status: number;
  body: Buffer;
  headers: string[];
  statusMessage?: string;
}

interface TableKey {
  table: string;
  key: Item;
}

export class DynamoStreams implements DynamoStreamControl {
  private readonly streams = new Map<string, Stream>();
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private readonly locks = new Map<string, Promise<void>>();
  private sequence = 0n;

  constructor(
    private readonly dynalite: DynamoDBClient,
    private readonly region: string,
    private readonly ttlAttributeOf: (table: string) => Promise<string | undefined>,
  ) {}

  /** Whether the shim must read this call's body and pass it through `serve`. */
  inspects(operation: string): boolean {
    return TABLE_CHANGES.has(operation) || (this.streams.size > 0 && WRITES.has(operation));
  }

  /** Forwards the call (`forward`), emitting stream records for the items it changed. */
  async serve(
    operation: string,
    input: Record<string, unknown>,
    forward: () => Promise<BufferedReply>,
  ): Promise<BufferedReply> {
    if (TABLE_CHANGES.has(operation)) {
      if (operation === 'UpdateTable' && onlyStreamChange(input)) return this.updateStream(input);
      const reply = await forward();
      if (reply.status === 200) await this.tableChanged(operation, input);
      return reply;
    }
    const keys = this.writtenKeys(operation, input);
    if (keys.length === 0) return forward();
    const tables = [...new Set(keys.map((k) => k.table))].sort();
    return this.locked(tables, async () => {
      const before = await Promise.all(keys.map((k) => this.read(k)));
      const reply = await forward();
      if (reply.status !== 200) return reply;
      const after = await Promise.all(keys.map((k) => this.read(k)));
      keys.forEach((k, i) => this.emit(k, before[i], after[i]));
      return reply;
    });
  }

  subscribe(table: string, listener: StreamListener): () => void {
    let set = this.listeners.get(table);
    if (!set) this.listeners.set(table, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  async expire(table: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<number> {
    const attribute = await this.ttlAttributeOf(table);
    if (attribute === undefined) {
      throw new StreamError('ValidationException', `TTL is not enabled on table ${table}`);
    }
    const due: Item[] = [];
    const scan = paginateScan(
      { client: this.dynalite },
      {
        TableName: table,
        FilterExpression: '#ttl <= :now',
        ExpressionAttributeNames: { '#ttl': attribute },
        ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
      },
    );
    for await (const page of scan) due.push(...(page.Items ?? []));
    const keyNames = await this.keyNamesOf(table);
    let expired = 0;
    for (const item of due) {
      const key = Object.fromEntries(keyNames.map((name) => [name, item[name]!]));
      expired += await this.locked([table], () =>
        this.expireOne(table, key, attribute, nowSeconds),
      );
    }
    return expired;
  }

  /** Deletes one item if it is still due (a write may have extended it), as TTL does. */
  private async expireOne(
    table: string,
    key: Item,
    attribute: string,
    nowSeconds: number,
  ): Promise<number> {
    try {
      const { Attributes } = await this.dynalite.send(
        new DeleteItemCommand({
          TableName: table,
          Key: key,
          ConditionExpression: '#ttl <= :now',
          ExpressionAttributeNames: { '#ttl': attribute },
          ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
          ReturnValues: 'ALL_OLD',
        }),
      );
      this.emit({ table, key }, Attributes, undefined, true);
      return 1;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 0;
      throw error;
    }
  }

  /**
   * An UpdateTable that only turns the stream on or off: DynamoDB accepts it, dynalite refuses
   * it (it knows no streams), so the shim answers it.
   */
  private async updateStream(input: Record<string, unknown>): Promise<BufferedReply> {
    const table = String(input.TableName);
    try {
      await this.dynalite.send(new DescribeTableCommand({ TableName: table }));
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      throw new StreamError(
        'ResourceNotFoundException',
        `Requested resource not found: Table: ${table} not found`,
      );
    }
    await this.tableChanged('UpdateTable', input);
    const stream = this.streams.get(table);
    const description = {
      TableName: table,
      TableStatus: 'ACTIVE',
      StreamSpecification: input.StreamSpecification,
      ...(stream ? { LatestStreamArn: stream.arn } : {}),
    };
    return {
      status: 200,
      headers: ['Content-Type', 'application/x-amz-json-1.0'],
      body: Buffer.from(JSON.stringify({ TableDescription: description })),
    };
  }

  private async tableChanged(operation: string, input: Record<string, unknown>): Promise<void> {
    const table = String(input.TableName);
    if (operation === 'DeleteTable') {
      this.streams.delete(table);
      return;
    }
    const spec = input.StreamSpecification as
      { StreamEnabled?: unknown; StreamViewType?: unknown } | undefined;
    if (spec === undefined) return;
    if (spec.StreamEnabled !== true) {
      this.streams.delete(table);
      return;
    }
    const viewType = String(spec.StreamViewType);
    if (!VIEW_TYPES.has(viewType)) {
      throw new StreamError('ValidationException', `StreamViewType ${viewType} is not valid`);
    }
    const label = new Date().toISOString().replace(/Z$/, '');
    this.streams.set(table, {
      viewType: viewType as StreamViewType,
      keyNames: await this.keyNamesOf(table),
      arn: `arn:aws:dynamodb:${this.region}:${LOCAL_ACCOUNT_ID}:table/${table}/stream/${label}`,
    });
  }

  private async keyNamesOf(table: string): Promise<string[]> {
    const known = this.streams.get(table);
    if (known) return known.keyNames;
    const { Table } = await this.dynalite.send(new DescribeTableCommand({ TableName: table }));
    return (Table?.KeySchema ?? []).map((k) => k.AttributeName!);
  }

  /** The keys a write names on streamed tables, in request order. */
  private writtenKeys(operation: string, input: Record<string, unknown>): TableKey[] {
    const keyOf = (table: string, item: Item | undefined): TableKey[] => {
      const stream = this.streams.get(table);
      if (!stream || item === undefined) return [];
      return [{ table, key: Object.fromEntries(stream.keyNames.map((n) => [n, item[n]!])) }];
    };
    if (operation !== 'BatchWriteItem') {
      const table = String(input.TableName);
      return keyOf(table, (operation === 'PutItem' ? input.Item : input.Key) as Item | undefined);
    }
    const requests = (input.RequestItems ?? {}) as Record<
      string,
      { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } }[]
    >;
    return Object.entries(requests).flatMap(([table, list]) =>
      list.flatMap((r) => keyOf(table, r.PutRequest?.Item ?? r.DeleteRequest?.Key)),
    );
  }

  private async read({ table, key }: TableKey): Promise<Item | undefined> {
    const { Item } = await this.dynalite.send(
      new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  private emit({ table, key }: TableKey, before?: Item, after?: Item, byTtl = false): void {
    const stream = this.streams.get(table);
    if (!stream || isDeepStrictEqual(before, after)) return;
    this.sequence += 1n;
    const view = stream.viewType;
    const images = {
      ...(after && (view === 'NEW_AND_OLD_IMAGES' || view === 'NEW_IMAGE')
        ? { NewImage: after }
        : {}),
      ...(before && (view === 'NEW_AND_OLD_IMAGES' || view === 'OLD_IMAGE')
        ? { OldImage: before }
        : {}),
    };
    const record: DynamoStreamRecord = {
      eventID: randomUUID().replace(/-/g, ''),
      eventName: before === undefined ? 'INSERT' : after === undefined ? 'REMOVE' : 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: this.region,
      dynamodb: {
        ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
        Keys: key,
        ...images,
        // Real sequence numbers are decimal strings that grow within a shard.
        SequenceNumber: String(this.sequence).padStart(21, '0'),
        SizeBytes: JSON.stringify(images).length,
        StreamViewType: view,
      },
      eventSourceARN: stream.arn,
      ...(byTtl
        ? { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } }
        : {}),
    };
    for (const listener of this.listeners.get(table) ?? []) listener(record);
  }

  /** Runs `work` holding every table's write lock, taken in name order (no deadlock). */
  private async locked<T>(tables: string[], work: () => Promise<T>): Promise<T> {
    if (tables.length === 0) return work();
    const [first, ...rest] = tables;
    const previous = this.locks.get(first!) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const chained = previous.then(() => mine);
    this.locks.set(first!, chained);
    await previous;
    try {
      return await this.locked(rest, work);
    } finally {
      release();
      if (this.locks.get(first!) === chained) this.locks.delete(first!);
    }
  }
}
