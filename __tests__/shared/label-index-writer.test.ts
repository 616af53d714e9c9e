import {
  DeleteItemCommand,
  type DeleteItemCommandInput,
  DynamoDBClient,
  PutItemCommand,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import type { DynamoDBRecord, StreamRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { describeNeutral } from '../../src/shared/aws-errors.js';
import { paddedSequence } from '../../src/shared/label-index.js';
import { LabelIndexWriter } from '../../src/shared/label-index-writer.js';
import type { Item } from '../../src/shared/record.js';
import type { Services } from '../../src/shared/services.js';
import { fakeClock } from '../helpers/fake-clock.js';

/**
 * The label index's single writer against a DynamoDB mock that keeps the index table and
 * checks the writer's one condition the way DynamoDB would: answers depend on the request
 * (table, key, `:seq`), never on the order of calls.
 */

const INDEX = 'prod_results-labels';
const CAT = 'rekognition-input/prod/images/cat.png';
const CUP = 'rekognition-input/prod/images/cup.png';
const ROCKET = 'rekognition-input/prod/images/rocket.jpg';
const NOT_NEWER = 'attribute_not_exists(seq) OR seq <= :seq';
const HOUR = 3_600_000;

const ddbMock = mockClient(DynamoDBClient);

const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

/** The index table: rows by `index_key` and `filename`. */
let rows: Map<string, Item>;
/** Writes about these filenames (or `#names` rows of these keys) answer this error. */
let failing: Map<string, () => Error>;
const rowKey = (indexKey: string, filename: string) => `${indexKey} ${filename}`;

function checkSeq(input: PutItemCommandInput | DeleteItemCommandInput, stored?: Item): void {
  expect(input.ConditionExpression).toBe(NOT_NEWER);
  const seq = input.ExpressionAttributeValues![':seq']!.S!;
  if (stored?.seq?.S !== undefined && !(stored.seq.S <= seq)) {
    throw awsError('ConditionalCheckFailedException', 400);
  }
}

beforeEach(() => {
  ddbMock.reset();
  rows = new Map();
  failing = new Map();
  ddbMock.on(PutItemCommand).callsFake((input: PutItemCommandInput) => {
    if (input.TableName !== INDEX) throw awsError('ResourceNotFoundException', 400);
    const item = input.Item!;
    const fault = failing.get(item.filename!.S!);
    if (fault) throw fault();
    const key = rowKey(item.index_key!.S!, item.filename!.S!);
    if (input.ConditionExpression !== undefined) checkSeq(input, rows.get(key));
    rows.set(key, item);
    return {};
  });
  ddbMock.on(DeleteItemCommand).callsFake((input: DeleteItemCommandInput) => {
    if (input.TableName !== INDEX) throw awsError('ResourceNotFoundException', 400);
    const fault = failing.get(input.Key!.filename!.S!);
    if (fault) throw fault();
    const key = rowKey(input.Key!.index_key!.S!, input.Key!.filename!.S!);
    checkSeq(input, rows.get(key));
    rows.delete(key);
    return {};
  });
});

function services(deadlineMs = HOUR): Services {
  const clock = fakeClock();
  return {
    clients: {
      dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
      rekognition: new RekognitionClient({ region: 'us-east-1' }),
    },
    caller: new AwsCaller(4, clock, clock.now() + deadlineMs),
    clock,
    describe: describeNeutral,
  };
}

interface Labels {
  labels?: [string, number][];
  moderation?: [string, number][];
  status?: string;
  expiresAt?: number;
}

/** A results item as the writers store it (record.ts toItem), with what the index reads. */
function item(filename: string, { labels = [], moderation, status, expiresAt }: Labels): Item {
  return {
    filename: { S: filename },
    status: { S: status ?? 'labeled' },
    labels: { S: JSON.stringify(labels.map(([Name, Confidence]) => ({ Name, Confidence }))) },
    label_names: { L: labels.map(([name]) => ({ S: name })) },
    expires_at: { N: String(expiresAt ?? 1_800_000_000) },
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
          moderation_names: { L: moderation.map(([name]) => ({ S: name })) },
          moderation_min_confidence: { N: '50' },
        }
      : {}),
  };
}

type StreamImage = StreamRecord['NewImage'];

/** One stream record of the results table (NEW_AND_OLD_IMAGES), as Lambda delivers it. */
function streamRecord(
  sequence: string,
  filename: string,
  images: { old?: Item; new?: Item },
  byTtl = false,
): DynamoDBRecord {
  const eventName = images.old === undefined ? 'INSERT' : images.new ? 'MODIFY' : 'REMOVE';
  return {
    eventID: `event-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/prod_results/stream/x',
    dynamodb: {
      Keys: { filename: { S: filename } },
      ...(images.new ? { NewImage: images.new as unknown as StreamImage } : {}),
      ...(images.old ? { OldImage: images.old as unknown as StreamImage } : {}),
      SequenceNumber: sequence,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    ...(byTtl ? { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } } : {}),
  };
}

/** Puts the rows (and names) of `of` into the index as if record `sequence` wrote them. */
function seed(of: Item, sequence: string): void {
  const labels = JSON.parse(of.labels!.S!) as { Name: string; Confidence: number }[];
  for (const l of labels) {
    const key = `label#${l.Name.toLowerCase()}`;
    rows.set(rowKey(key, of.filename!.S!), {
      index_key: { S: key },
      filename: of.filename!,
      name: { S: l.Name },
      kind: { S: 'label' },
      confidence: { N: String(l.Confidence) },
      seq: { S: paddedSequence(sequence) },
    });
  }
}

const puts = () => ddbMock.commandCalls(PutItemCommand).map((c) => c.args[0].input);
const rowPuts = () => puts().filter((i) => i.Item!.index_key!.S !== '#names');
const namePuts = () => puts().filter((i) => i.Item!.index_key!.S === '#names');
const deletes = () => ddbMock.commandCalls(DeleteItemCommand).map((c) => c.args[0].input);
const byKey = <T extends { Item?: Item; Key?: Item }>(inputs: T[]) =>
  [...inputs].sort((a, b) =>
    ((a.Item ?? a.Key)!.index_key!.S! + (a.Item ?? a.Key)!.filename!.S!).localeCompare(
      (b.Item ?? b.Key)!.index_key!.S! + (b.Item ?? b.Key)!.filename!.S!,
    ),
  );
const indexRows = () =>
  [...rows.values()]
    .filter((r) => r.index_key!.S !== '#names')
    .map((r) => `${r.index_key!.S} ${r.filename!.S} ${r.confidence!.N} ${Number(r.seq!.S)}`)
    .sort();

describe('LabelIndexWriter.apply', () => {
  it('a relabel puts only the new and changed rows and deletes only the removed ones', async () => {
    const before = item(CAT, {
      labels: [
        ['Cat', 99.1],
        ['Snout', 81.5],
        ['Pet', 90],
      ],
    });
    const after = item(CAT, {
      labels: [
        ['Cat', 99.1],
        ['Snout', 85],
        ['Dog', 70],
      ],
    });
    seed(before, '100');
    const seq = paddedSequence('200');
    const writer = new LabelIndexWriter(INDEX, services());

    const summary = await writer.apply([streamRecord('200', CAT, { old: before, new: after })]);

    expect(summary).toEqual({ records: 1, images: 1, rowsPut: 2, rowsDeleted: 1, errors: [] });
    expect(byKey(rowPuts())).toEqual([
      {
        TableName: INDEX,
        Item: {
          index_key: { S: 'label#dog' },
          filename: { S: CAT },
          name: { S: 'Dog' },
          kind: { S: 'label' },
          confidence: { N: '70' },
          seq: { S: seq },
        },
        ConditionExpression: NOT_NEWER,
        ExpressionAttributeValues: { ':seq': { S: seq } },
      },
      {
        TableName: INDEX,
        Item: {
          index_key: { S: 'label#snout' },
          filename: { S: CAT },
          name: { S: 'Snout' },
          kind: { S: 'label' },
          confidence: { N: '85' },
          seq: { S: seq },
        },
        ConditionExpression: NOT_NEWER,
        ExpressionAttributeValues: { ':seq': { S: seq } },
      },
    ]);
    expect(deletes()).toEqual([
      {
        TableName: INDEX,
        Key: { index_key: { S: 'label#pet' }, filename: { S: CAT } },
        ConditionExpression: NOT_NEWER,
        ExpressionAttributeValues: { ':seq': { S: seq } },
      },
    ]);
    // The unchanged Cat row is neither written nor re-registered.
    expect(byKey(namePuts())).toEqual([
      {
        TableName: INDEX,
        Item: {
          index_key: { S: '#names' },
          filename: { S: 'label#dog' },
          name: { S: 'Dog' },
          kind: { S: 'label' },
        },
      },
      {
        TableName: INDEX,
        Item: {
          index_key: { S: '#names' },
          filename: { S: 'label#snout' },
          name: { S: 'Snout' },
          kind: { S: 'label' },
        },
      },
    ]);
    expect(indexRows()).toEqual([
      `label#cat ${CAT} 99.1 100`,
      `label#dog ${CAT} 70 200`,
      `label#snout ${CAT} 85 200`,
    ]);
  });

  it('a new item puts a row for each label and moderation label', async () => {
    const inserted = item(ROCKET, {
      labels: [['Rocket', 97]],
      moderation: [['Explosions and Blasts', 91]],
    });
    const summary = await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('5', ROCKET, { new: inserted }),
    ]);
    expect(summary).toMatchObject({ rowsPut: 2, rowsDeleted: 0 });
    expect(indexRows()).toEqual([
      `label#rocket ${ROCKET} 97 5`,
      `moderation#explosions and blasts ${ROCKET} 91 5`,
    ]);
    expect(
      rowPuts().find((p) => p.Item!.index_key!.S!.startsWith('moderation#'))!.Item!.kind,
    ).toEqual({ S: 'moderation' });
    expect(deletes()).toEqual([]);
  });

  it("a REMOVE (a TTL service delete) deletes every one of the item's rows", async () => {
    const old = item(ROCKET, {
      labels: [
        ['Rocket', 97],
        ['Fire', 88],
      ],
      moderation: [['Violence', 91]],
    });
    seed(old, '40');
    const seq = paddedSequence('41');
    const summary = await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('41', ROCKET, { old }, true),
    ]);
    expect(summary).toEqual({ records: 1, images: 1, rowsPut: 0, rowsDeleted: 3, errors: [] });
    expect(byKey(deletes())).toEqual(
      ['label#fire', 'label#rocket', 'moderation#violence'].map((key) => ({
        TableName: INDEX,
        Key: { index_key: { S: key }, filename: { S: ROCKET } },
        ConditionExpression: NOT_NEWER,
        ExpressionAttributeValues: { ':seq': { S: seq } },
      })),
    );
    expect(puts()).toEqual([]);
    expect(indexRows()).toEqual([]);
  });

  it('a MODIFY that changes nothing indexed (only expires_at) writes nothing', async () => {
    const before = item(CAT, { labels: [['Cat', 99]], moderation: [['Violence', 60]] });
    const after = item(CAT, {
      labels: [['Cat', 99]],
      moderation: [['Violence', 60]],
      expiresAt: 1_900_000_000,
    });
    const summary = await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('9', CAT, { old: before, new: after }),
    ]);
    expect(summary).toEqual({ records: 1, images: 1, rowsPut: 0, rowsDeleted: 0, errors: [] });
    expect(ddbMock.calls()).toHaveLength(0);
  });

  it('an item that fails after being labeled loses its rows; one labeled again gets them back', async () => {
    const labeled = item(CAT, { labels: [['Cat', 99]] });
    const failed = item(CAT, { labels: [['Cat', 99]], status: 'failed' });
    seed(labeled, '1');
    const writer = new LabelIndexWriter(INDEX, services());
    expect(
      await writer.apply([streamRecord('2', CAT, { old: labeled, new: failed })]),
    ).toMatchObject({ rowsPut: 0, rowsDeleted: 1 });
    expect(indexRows()).toEqual([]);
    expect(
      await writer.apply([streamRecord('3', CAT, { old: failed, new: labeled })]),
    ).toMatchObject({ rowsPut: 1, rowsDeleted: 0 });
    expect(indexRows()).toEqual([`label#cat ${CAT} 99 3`]);
  });

  it('several records of one image in a batch write only the difference between first and last', async () => {
    const v0 = item(CAT, { labels: [['Cat', 99]] });
    const v1 = item(CAT, { labels: [['Dog', 80]] });
    const v2 = item(CAT, { labels: [['Cup', 75]] });
    seed(v0, '10');
    const summary = await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('11', CAT, { old: v0, new: v1 }),
      streamRecord('12', CAT, { old: v1, new: v2 }),
    ]);
    expect(summary).toMatchObject({ records: 2, images: 1, rowsPut: 1, rowsDeleted: 1 });
    // Dog came and went within the batch: never written. Every write carries the last record.
    expect(rowPuts().map((p) => p.Item!.index_key!.S)).toEqual(['label#cup']);
    expect(deletes().map((d) => d.Key!.index_key!.S)).toEqual(['label#cat']);
    expect(
      [...rowPuts(), ...deletes()].map((w) => w.ExpressionAttributeValues![':seq']!.S),
    ).toEqual([paddedSequence('12'), paddedSequence('12')]);
    expect(indexRows()).toEqual([`label#cup ${CAT} 75 12`]);
  });

  it('a redelivered, older batch is refused by the condition: not written, and not an error', async () => {
    const labeled = item(CAT, { labels: [['Cat', 70]] });
    const relabeled = item(CAT, { labels: [['Cat', 95]] });
    const failed = item(CAT, { status: 'failed' });
    const writer = new LabelIndexWriter(INDEX, services());
    // The newer state is applied first: Cat at 95 by record 20.
    await writer.apply([streamRecord('20', CAT, { old: labeled, new: relabeled })]);
    expect(indexRows()).toEqual([`label#cat ${CAT} 95 20`]);
    ddbMock.resetHistory();

    // Record 15 (Cat at 70) and record 19 (its failure, which deletes Cat) come again.
    const put = await writer.apply([streamRecord('15', CAT, { new: labeled })]);
    const del = await writer.apply([streamRecord('19', CAT, { old: labeled, new: failed })]);

    expect(put).toEqual({ records: 1, images: 1, rowsPut: 0, rowsDeleted: 0, errors: [] });
    expect(del).toEqual({ records: 1, images: 1, rowsPut: 0, rowsDeleted: 0, errors: [] });
    // Both were sent, and both were refused.
    expect(rowPuts()).toHaveLength(1);
    expect(deletes()).toHaveLength(1);
    expect(indexRows()).toEqual([`label#cat ${CAT} 95 20`]);
  });

  it('the same batch delivered twice writes the same rows again at the same sequence', async () => {
    const record = streamRecord('30', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) });
    const writer = new LabelIndexWriter(INDEX, services());
    await writer.apply([record]);
    const again = await writer.apply([record]);
    expect(again).toMatchObject({ rowsPut: 1, errors: [] });
    expect(indexRows()).toEqual([`label#cat ${CAT} 99 30`]);
  });

  it('registers each name once per writer, across batches and new services', async () => {
    const writer = new LabelIndexWriter(INDEX, services());
    await writer.apply([streamRecord('1', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) })]);
    expect(namePuts().map((p) => p.Item!.filename!.S)).toEqual(['label#cat']);
    ddbMock.resetHistory();

    // Another image with Cat (another spelling) and a new name, through the next invocation's services.
    const next = writer.withServices(services());
    const cup = item(CUP, {
      labels: [
        ['cat', 50],
        ['Cup', 90],
      ],
    });
    await next.apply([streamRecord('2', CUP, { new: cup })]);
    expect(namePuts().map((p) => p.Item!.filename!.S)).toEqual(['label#cup']);
    expect(rowPuts()).toHaveLength(2);
    ddbMock.resetHistory();

    // A new writer (a cold start) knows no names.
    await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('3', ROCKET, { new: item(ROCKET, { labels: [['Cat', 60]] }) }),
    ]);
    expect(namePuts().map((p) => p.Item!.filename!.S)).toEqual(['label#cat']);
  });

  it('registers a name shared by several images of one batch once, even while they run at once', async () => {
    const writer = new LabelIndexWriter(INDEX, services(), 8);
    await writer.apply([
      streamRecord('1', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) }),
      streamRecord('2', CUP, { new: item(CUP, { labels: [['Cat', 40]] }) }),
    ]);
    expect(namePuts().map((p) => p.Item!.filename!.S)).toEqual(['label#cat']);
    expect(rowPuts()).toHaveLength(2);
  });

  it('a name whose registration failed is registered again by the next batch', async () => {
    const writer = new LabelIndexWriter(INDEX, services());
    failing.set('label#cat', () => awsError('ValidationException', 400));
    const first = await writer.apply([
      streamRecord('1', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) }),
    ]);
    expect(first.failedFrom).toBe('1');
    failing.clear();
    ddbMock.resetHistory();
    const retried = await writer.apply([
      streamRecord('1', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) }),
    ]);
    expect(retried.failedFrom).toBeUndefined();
    expect(namePuts().map((p) => p.Item!.filename!.S)).toEqual(['label#cat']);
  });

  it("a throttled image reports its first sequence number; the other images' rows are written", async () => {
    failing.set(CUP, () => awsError('ProvisionedThroughputExceededException', 400));
    const catItem = item(CAT, { labels: [['Cat', 99]] });
    const cupV1 = item(CUP, { labels: [['Cup', 90]] });
    const cupV2 = item(CUP, { labels: [['Mug', 80]] });
    const rocketItem = item(ROCKET, { labels: [['Rocket', 97]] });
    const svc = services(10_000);
    const writer = new LabelIndexWriter(INDEX, svc);

    const summary = await writer.apply([
      streamRecord('100', CAT, { new: catItem }),
      streamRecord('101', CUP, { new: cupV1 }),
      streamRecord('102', ROCKET, { new: rocketItem }),
      streamRecord('103', CUP, { old: cupV1, new: cupV2 }),
    ]);

    expect(summary.failedFrom).toBe('101');
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatch(
      new RegExp(`^${CUP}: dynamodb:PutItem failed: ProvisionedThroughputExceededException`),
    );
    expect(summary).toMatchObject({ records: 4, images: 3, rowsPut: 2, rowsDeleted: 0 });
    expect(indexRows()).toEqual([`label#cat ${CAT} 99 100`, `label#rocket ${ROCKET} 97 102`]);
    // Throttling was retried (on the fake clock) until the deadline, not given up at once.
    expect(svc.caller.stats.throttled).toBeGreaterThan(1);
    expect(svc.clock.now()).toBeGreaterThanOrEqual(fakeClock().now() + 10_000);
  });

  it('with several failed images, failedFrom is the lowest first sequence number, numerically', async () => {
    failing.set(CAT, () => awsError('ValidationException', 400));
    failing.set(ROCKET, () => awsError('ValidationException', 400));
    const summary = await new LabelIndexWriter(INDEX, services()).apply([
      streamRecord('10', CAT, { new: item(CAT, { labels: [['Cat', 99]] }) }),
      streamRecord('9', ROCKET, { new: item(ROCKET, { labels: [['Rocket', 97]] }) }),
      streamRecord('11', CUP, { new: item(CUP, { labels: [['Cup', 90]] }) }),
    ]);
    // '9' < '10' as numbers (and as padded text), not as plain text.
    expect(summary.failedFrom).toBe('9');
    expect(summary.errors.map((e) => e.split(':')[0]).sort()).toEqual([CAT, ROCKET].sort());
    expect(summary.rowsPut).toBe(1);
    expect(indexRows()).toEqual([`label#cup ${CUP} 90 11`]);
  });

  it('a failing delete fails its image too', async () => {
    const old = item(CAT, { labels: [['Cat', 99]] });
    seed(old, '1');
    failing.set(CAT, () => awsError('InternalServerError', 500));
    const summary = await new LabelIndexWriter(INDEX, services(1_000)).apply([
      streamRecord('2', CAT, { old }, true),
    ]);
    expect(summary.failedFrom).toBe('2');
    expect(summary.rowsDeleted).toBe(0);
    expect(indexRows()).toEqual([`label#cat ${CAT} 99 1`]);
  });

  it('an empty batch writes nothing', async () => {
    expect(await new LabelIndexWriter(INDEX, services()).apply([])).toEqual({
      records: 0,
      images: 0,
      rowsPut: 0,
      rowsDeleted: 0,
      errors: [],
    });
    expect(ddbMock.calls()).toHaveLength(0);
  });
});
