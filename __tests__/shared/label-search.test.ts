import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandInput,
  DynamoDBClient,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { describeNeutral } from '../../src/shared/aws-errors.js';
import {
  SearchDenied,
  countLabels,
  findImages,
  type FindQuery,
} from '../../src/shared/label-search.js';
import type { Item } from '../../src/shared/record.js';
import type { Services } from '../../src/shared/services.js';
import { fakeClock } from '../helpers/fake-clock.js';

/**
 * Reading the label index against a DynamoDB mock that answers Query from the index rows
 * (by partition, in sort-key order, a page at a time, with the page's filter applied after
 * the page is read, as DynamoDB does) and BatchGetItem from the current items.
 */

const TABLE = 'prod_results';
const INDEX = 'prod_results-labels';
const PREFIX = 'rekognition-input/prod/images/';

const ddbMock = mockClient(DynamoDBClient);

const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

/** Index rows by partition; results items by filename. */
let partitions: Map<string, Item[]>;
let items: Map<string, Item>;
/** Rows a Query page reads before its filter (DynamoDB's 1 MB, made small). */
let pageSize: number;

/** DynamoDB orders string sort keys by their UTF-8 bytes. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function indexRow(key: string, filename: string, confidence: number, name = ''): Item {
  return {
    index_key: { S: key },
    filename: { S: filename },
    name: { S: name },
    kind: { S: key.split('#')[0]! },
    confidence: { N: String(confidence) },
    seq: { S: '1'.padStart(40, '0') },
  };
}

function addRow(key: string, filename: string, confidence: number, name = ''): void {
  const rows = partitions.get(key) ?? [];
  rows.push(indexRow(key, filename, confidence, name));
  rows.sort((a, b) => byBytes(a.filename!.S!, b.filename!.S!));
  partitions.set(key, rows);
}

function addName(key: string, name: string, kind = key.split('#')[0]!): void {
  const rows = partitions.get('#names') ?? [];
  rows.push({
    index_key: { S: '#names' },
    filename: { S: key },
    name: { S: name },
    kind: { S: kind },
  });
  rows.sort((a, b) => byBytes(a.filename!.S!, b.filename!.S!));
  partitions.set('#names', rows);
}

/** A current results item with these labels (and moderation labels). */
function current(
  filename: string,
  labels: [string, number][],
  moderation?: [string, number][],
  status = 'labeled',
): Item {
  const item: Item = {
    filename: { S: filename },
    status: { S: status },
    labels: { S: JSON.stringify(labels.map(([Name, Confidence]) => ({ Name, Confidence }))) },
    ...(moderation
      ? {
          moderation_labels: {
            S: JSON.stringify(
              moderation.map(([Name, Confidence]) => ({
                Name,
                ParentName: '',
                TaxonomyLevel: 1,
                Confidence,
              })),
            ),
          },
          moderation_min_confidence: { N: '50' },
        }
      : {}),
  };
  items.set(filename, item);
  return item;
}

function filterOf(input: QueryCommandInput): (row: Item) => boolean {
  if (input.FilterExpression === undefined) return () => true;
  expect(input.FilterExpression).toBe('confidence >= :min');
  const min = Number(input.ExpressionAttributeValues![':min']!.N);
  return (row) => Number(row.confidence!.N) >= min;
}

/** Read capacity the mock reported, for comparison with what the search adds up. */
let reported = 0;

beforeEach(() => {
  reported = 0;
  ddbMock.reset();
  partitions = new Map();
  items = new Map();
  pageSize = 100;
  ddbMock.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    if (input.TableName !== INDEX) throw awsError('ResourceNotFoundException', 400);
    expect(input.KeyConditionExpression).toBe('index_key = :key');
    const rows = partitions.get(input.ExpressionAttributeValues![':key']!.S!) ?? [];
    const after = input.ExclusiveStartKey?.filename?.S;
    const start = after === undefined ? 0 : rows.findIndex((r) => r.filename!.S === after) + 1;
    const read = rows.slice(start, start + pageSize);
    const kept = read.filter(filterOf(input));
    const more = start + pageSize < rows.length;
    const lastEvaluated: Record<string, AttributeValue> | undefined = more
      ? { index_key: read.at(-1)!.index_key!, filename: read.at(-1)!.filename! }
      : undefined;
    // Half a unit per row read, as DynamoDB bills the rows a filter drops too.
    const units = read.length / 2;
    reported += units;
    expect(input.ReturnConsumedCapacity).toBe('TOTAL');
    const page = {
      Count: kept.length,
      ScannedCount: read.length,
      LastEvaluatedKey: lastEvaluated,
      ConsumedCapacity: { TableName: INDEX, CapacityUnits: units },
    };
    return input.Select === 'COUNT' ? page : { ...page, Items: kept };
  });
  ddbMock.on(BatchGetItemCommand).callsFake((input: BatchGetItemCommandInput) => {
    const [table, request] = Object.entries(input.RequestItems!)[0]!;
    if (table !== TABLE) throw awsError('ResourceNotFoundException', 400);
    expect(request.ConsistentRead).toBe(true);
    const found = request.Keys!.flatMap((k): Item[] => {
      const item = items.get(k.filename!.S!);
      return item ? [item] : [];
    });
    reported += found.length;
    return {
      Responses: { [table]: found },
      UnprocessedKeys: {},
      ...(input.ReturnConsumedCapacity === 'TOTAL'
        ? { ConsumedCapacity: [{ TableName: TABLE, CapacityUnits: found.length }] }
        : {}),
    };
  });
});

function services(): Services {
  const clock = fakeClock();
  return {
    clients: {
      dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
      rekognition: new RekognitionClient({ region: 'us-east-1' }),
    },
    caller: new AwsCaller(4, clock, clock.now() + 60_000),
    clock,
    describe: describeNeutral,
  };
}

const queries = () => ddbMock.commandCalls(QueryCommand).map((c) => c.args[0].input);
const batchGets = () =>
  ddbMock.commandCalls(BatchGetItemCommand).map((c) => c.args[0].input.RequestItems![TABLE]!);
const find = (query: Omit<FindQuery, 'table' | 'indexTable'>) =>
  findImages({ table: TABLE, indexTable: INDEX, ...query }, services());
const found = (result: Awaited<ReturnType<typeof find>>) =>
  result.images.map((i) => [i.filename.slice(PREFIX.length), i.confidence, i.name]);

describe('findImages', () => {
  it('drops an item past its expires_at: DynamoDB deletes it later, but it is gone already', async () => {
    const f = (name: string) => `${PREFIX}${name}`;
    for (const name of ['old.png', 'live.png']) {
      addRow('label#cat', f(name), 90, 'Cat');
      current(f(name), [['Cat', 90]]);
    }
    // The fake clock starts at 1,700,000,000 s.
    items.get(f('old.png'))!.expires_at = { N: '1699999999' };
    items.get(f('live.png'))!.expires_at = { N: '1700000001' };
    const result = await find({ label: 'cat' });
    expect(found(result).map(([name]) => name)).toEqual(['live.png']);
    expect(result.stale).toBe(1);
  });

  it('pages through the partition and drops every row the current item no longer backs', async () => {
    pageSize = 2;
    const f = (name: string) => `${PREFIX}${name}`;
    // Rows as the index holds them; the items as they are now.
    addRow('label#cat', f('a.png'), 99, 'Cat');
    addRow('label#cat', f('b.png'), 95, 'Cat'); // item deleted since
    addRow('label#cat', f('c.png'), 90, 'Cat'); // relabeled: no Cat any more
    addRow('label#cat', f('d.png'), 90, 'Cat'); // relabeled: Cat at 60 now
    addRow('label#cat', f('e.png'), 85, 'cat');
    addRow('label#cat', f('f.png'), 50, 'Cat'); // below the floor: filtered by DynamoDB
    addRow('label#cat', f('g.png'), 88, 'Cat'); // failed since
    addRow('label#dog', f('c.png'), 90, 'Dog');
    current(f('a.png'), [['Cat', 99]]);
    current(f('c.png'), [['Dog', 90]]);
    current(f('d.png'), [['Cat', 60]]);
    current(f('e.png'), [['cat', 85]]);
    current(f('f.png'), [['Cat', 50]]);
    current(f('g.png'), [['Cat', 88]], undefined, 'failed');

    const result = await find({ label: 'CAT', minConfidence: 80 });

    expect(found(result)).toEqual([
      ['a.png', 99, 'Cat'],
      ['e.png', 85, 'cat'],
    ]);
    expect(result.images[0]!.item).toBe(items.get(f('a.png')));
    // 7 rows, 2 a page: 4 Query pages, then one BatchGetItem for the 6 rows past the filter.
    expect(result.rowsRead).toBe(6);
    expect(result.requests).toBe(5);
    // Gone, relabeled without Cat, failed, and d.png: its row passed the floor, but its item
    // now has Cat below it, so the row is older than the item.
    expect(result.stale).toBe(4);
    // 7 rows read (3.5 units) and the 5 of the 6 items asked for that still exist.
    expect(result.readUnits).toBe(reported);
    expect(result.readUnits).toBe(3.5 + 5);
    expect(queries()).toEqual(
      [undefined, 'b.png', 'd.png', 'f.png'].map((start) => ({
        TableName: INDEX,
        KeyConditionExpression: 'index_key = :key',
        ExpressionAttributeValues: { ':key': { S: 'label#cat' }, ':min': { N: '80' } },
        FilterExpression: 'confidence >= :min',
        ProjectionExpression: 'filename, confidence',
        ReturnConsumedCapacity: 'TOTAL',
        ExclusiveStartKey:
          start === undefined
            ? undefined
            : { index_key: { S: 'label#cat' }, filename: { S: f(start) } },
      })),
    );
    expect(batchGets()).toEqual([
      {
        Keys: ['a.png', 'b.png', 'c.png', 'd.png', 'e.png', 'g.png'].map((n) => ({
          filename: { S: f(n) },
        })),
        ConsistentRead: true,
      },
    ]);
  });

  it('without a floor, asks for no filter and keeps any confidence', async () => {
    addRow('label#cat', `${PREFIX}a.png`, 10, 'Cat');
    current(`${PREFIX}a.png`, [['Cat', 10]]);
    const result = await find({ label: 'cat' });
    expect(found(result)).toEqual([['a.png', 10, 'Cat']]);
    expect(queries()[0]!.FilterExpression).toBeUndefined();
    expect(queries()[0]!.ExpressionAttributeValues).toEqual({ ':key': { S: 'label#cat' } });
  });

  it('with a label and a moderation label, an image must have both', async () => {
    const f = (name: string) => `${PREFIX}${name}`;
    addRow('label#rocket', f('both.jpg'), 97, 'Rocket');
    addRow('label#rocket', f('label-only.jpg'), 96, 'Rocket');
    addRow('label#rocket', f('other-moderation.jpg'), 95, 'Rocket');
    addRow('label#rocket', f('moderation-only.jpg'), 94, 'Rocket'); // lost Rocket since
    current(f('both.jpg'), [['Rocket', 97]], [['Explosions and Blasts', 91]]);
    current(f('label-only.jpg'), [['Rocket', 96]]);
    current(f('other-moderation.jpg'), [['Rocket', 95]], [['Violence', 80]]);
    current(f('moderation-only.jpg'), [['Smoke', 70]], [['Explosions and Blasts', 88]]);

    const result = await find({ label: 'rocket', moderation: 'explosions and blasts' });

    // The label's confidence and spelling; the moderation label only has to be there.
    expect(found(result)).toEqual([['both.jpg', 97, 'Rocket']]);
    // Only the label's partition is read; the row whose item lost the label is the stale one.
    expect(queries().map((q) => q.ExpressionAttributeValues![':key']!.S)).toEqual(['label#rocket']);
    expect(result.stale).toBe(1);
    expect(result.requests).toBe(2);
  });

  it('a moderation label alone reads the moderation partition and its confidence', async () => {
    addRow('moderation#violence', `${PREFIX}a.png`, 91, 'Violence');
    addRow('moderation#violence', `${PREFIX}b.png`, 70, 'Violence');
    current(`${PREFIX}a.png`, [['Violence', 10]], [['Violence', 91]]);
    current(`${PREFIX}b.png`, [], [['Violence', 72.5]]);
    const result = await find({ moderation: 'VIOLENCE', minConfidence: 70 });
    expect(found(result)).toEqual([
      ['a.png', 91, 'Violence'],
      ['b.png', 72.5, 'Violence'],
    ]);
    expect(queries()[0]!.ExpressionAttributeValues![':key']).toEqual({
      S: 'moderation#violence',
    });
  });

  it('sorts by confidence, most first, then by filename', async () => {
    // DynamoDB returns rows in UTF-8 byte order: the fullwidth Ａ before the emoji. As JS
    // strings (UTF-16) the emoji comes first, and that is the order the answer must use.
    const names = ['m.png', 'ｚ.png', '\u{ff21}.png', '\u{1f600}.png', 'a.png'];
    const confidence: Record<string, number> = {
      'm.png': 99,
      'ｚ.png': 80,
      '\u{ff21}.png': 90,
      '\u{1f600}.png': 90,
      'a.png': 80,
    };
    for (const name of names) {
      addRow('label#cat', `${PREFIX}${name}`, confidence[name]!, 'Cat');
      current(`${PREFIX}${name}`, [['Cat', confidence[name]!]]);
    }
    expect(partitions.get('label#cat')!.map((r) => r.filename!.S!.slice(PREFIX.length))).toEqual([
      'a.png',
      'm.png',
      '\u{ff21}.png',
      'ｚ.png',
      '\u{1f600}.png',
    ]);
    const result = await find({ label: 'Cat' });
    expect(result.images.map((i) => i.filename.slice(PREFIX.length))).toEqual([
      'm.png',
      '\u{1f600}.png',
      '\u{ff21}.png',
      'a.png',
      'ｚ.png',
    ]);
  });

  it('verifies 100 rows per consistent BatchGetItem, counting every request', async () => {
    const filenames = Array.from(
      { length: 250 },
      (_, i) => `${PREFIX}${String(i).padStart(3, '0')}.png`,
    );
    for (const [i, name] of filenames.entries()) {
      addRow('label#cat', name, 90, 'Cat');
      // Every third item has lost the label.
      current(name, i % 3 === 0 ? [['Dog', 90]] : [['Cat', 90]]);
    }
    pageSize = 120;
    const result = await find({ label: 'cat' });
    expect(result.images).toHaveLength(250 - 84);
    expect(result.stale).toBe(84);
    expect(result.rowsRead).toBe(250);
    expect(batchGets().map((b) => b.Keys!.length)).toEqual([100, 100, 50]);
    // Every key is asked for once, in order.
    expect(batchGets().flatMap((b) => b.Keys!.map((k) => k.filename!.S))).toEqual(filenames);
    // 3 Query pages (120, 120, 10) and 3 BatchGetItem calls.
    expect(queries()).toHaveLength(3);
    expect(result.requests).toBe(6);
  });

  it('an empty partition costs one Query and no BatchGetItem', async () => {
    const result = await find({ label: 'unicorn' });
    expect(result).toEqual({ images: [], requests: 1, readUnits: 0, rowsRead: 0, stale: 0 });
    expect(batchGets()).toEqual([]);
  });

  it('reads again the keys DynamoDB left unprocessed', async () => {
    const f = (name: string) => `${PREFIX}${name}`;
    for (const name of ['a.png', 'b.png', 'c.png']) {
      addRow('label#cat', f(name), 90, 'Cat');
      current(f(name), [['Cat', 90]]);
    }
    ddbMock.on(BatchGetItemCommand).callsFake((input: BatchGetItemCommandInput) => {
      const keys = input.RequestItems![TABLE]!.Keys!;
      // DynamoDB leaves b.png for later whenever it is asked for with others.
      const later = keys.length > 1 ? keys.filter((k) => k.filename!.S === f('b.png')) : [];
      const now = keys.filter((k) => !later.includes(k));
      return {
        Responses: { [TABLE]: now.map((k) => items.get(k.filename!.S!)!) },
        UnprocessedKeys: later.length ? { [TABLE]: { Keys: later, ConsistentRead: true } } : {},
      };
    });
    const result = await find({ label: 'cat' });
    expect(found(result).map(([name]) => name)).toEqual(['a.png', 'b.png', 'c.png']);
    expect(result.stale).toBe(0);
    expect(batchGets().map((b) => b.Keys!.map((k) => k.filename!.S!.slice(PREFIX.length)))).toEqual(
      [['a.png', 'b.png', 'c.png'], ['b.png']],
    );
    // One Query page and both BatchGetItem calls.
    expect(result.requests).toBe(3);
  });

  it('a denied BatchGetItem is a SearchDenied naming the action and the table', async () => {
    addRow('label#cat', `${PREFIX}a.png`, 90, 'Cat');
    ddbMock.on(BatchGetItemCommand).rejects(awsError('AccessDeniedException', 400));
    const error = await find({ label: 'cat' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchDenied);
    expect((error as Error).message).toBe(`dynamodb:BatchGetItem on table ${TABLE} was denied`);
  });

  it('needs a label or a moderation label', async () => {
    await expect(find({})).rejects.toThrow('find needs a label or a moderation label');
    expect(queries()).toEqual([]);
  });

  it('a missing index table fails with the table named', async () => {
    const result = findImages(
      { table: TABLE, indexTable: 'nope-labels', label: 'cat' },
      services(),
    );
    await expect(result).rejects.toThrow(/dynamodb:Query failed: ResourceNotFoundException/);
  });
});

describe('countLabels', () => {
  it('lists the names, counts each one, leaves out the empty ones and sorts most first', async () => {
    pageSize = 2;
    addName('label#cat', 'Cat');
    addName('label#zebra', 'Zebra');
    addName('label#gone', 'Gone');
    addName('moderation#alcohol', 'Alcohol');
    addName('label#odd', 'Odd', 'other');
    for (const name of ['a', 'b', 'c', 'd', 'e']) addRow('label#cat', `${PREFIX}${name}.png`, 90);
    for (const name of ['a', 'b']) addRow('label#zebra', `${PREFIX}${name}.png`, 90);
    for (const name of ['c', 'd']) addRow('moderation#alcohol', `${PREFIX}${name}.png`, 90);
    addRow('label#odd', `${PREFIX}a.png`, 90);

    const result = await countLabels(INDEX, services());

    // Ties in name order, though `label#zebra` comes before `moderation#alcohol` in the index.
    expect(result.names).toEqual([
      { kind: 'label', name: 'Cat', count: 5 },
      { kind: 'moderation', name: 'Alcohol', count: 2 },
      { kind: 'label', name: 'Zebra', count: 2 },
    ]);
    expect(result.rowsRead).toBe(9);
    expect(result.stale).toBe(0);
    // Names: 5 rows at 2 a page = 3 pages; counts: Cat 3 pages, Gone, Zebra, Alcohol 1 each.
    expect(result.requests).toBe(3 + 3 + 1 + 1 + 1);
    const counted = queries().filter((q) => q.Select === 'COUNT');
    expect(counted.map((q) => q.ExpressionAttributeValues![':key']!.S).sort()).toEqual([
      'label#cat',
      'label#cat',
      'label#cat',
      'label#gone',
      'label#zebra',
      'moderation#alcohol',
    ]);
    expect(counted[0]).toMatchObject({
      TableName: INDEX,
      KeyConditionExpression: 'index_key = :key',
      Select: 'COUNT',
    });
    expect(
      queries()
        .filter((q) => q.Select === undefined)
        .map((q) => q.ExpressionAttributeValues),
    ).toEqual(Array(3).fill({ ':key': { S: '#names' } }));
  });

  it('an index without names counts nothing', async () => {
    const result = await countLabels(INDEX, services());
    expect(result).toEqual({ names: [], requests: 1, readUnits: 0, rowsRead: 0, stale: 0 });
  });
});
