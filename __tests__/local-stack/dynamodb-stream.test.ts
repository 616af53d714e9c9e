import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTable, dynamoClient, scanTable } from '../../local-stack/admin.js';
import type { DynamoStreamRecord, StreamViewType } from '../../local-stack/dynamodb-stream.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';
import { expectAwsError } from './expect-aws-error.js';

/**
 * The shim's emulated DynamoDB Streams, through the real SDK against an in-process stack:
 * the records DynamoDB Streams would emit for each write, and TTL expiry on demand.
 */

let stack: LocalStack;
let db: DynamoDBClient;
let tables = 0;
const unsubscribes: (() => void)[] = [];

beforeAll(async () => {
  stack = await startLocalStack({ github: false });
  // Retries off, so a refused write is seen once.
  db = dynamoClient(stack, { maxAttempts: 1 });
}, 60_000);

afterAll(async () => {
  db?.destroy();
  await stack?.stop();
});

afterEach(() => {
  for (const off of unsubscribes.splice(0)) off();
});

/** A fresh table keyed by `id`, streamed with `view` (or not streamed). */
async function table(view?: StreamViewType): Promise<string> {
  const name = `stream-${++tables}`;
  await db.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      ...(view ? { StreamSpecification: { StreamEnabled: true, StreamViewType: view } } : {}),
    }),
  );
  return name;
}

/** Every record of `name`'s stream from now on. */
function records(name: string): DynamoStreamRecord[] {
  const seen: DynamoStreamRecord[] = [];
  unsubscribes.push(stack.dynamodbStreams.subscribe(name, (record) => seen.push(record)));
  return seen;
}

const put = (name: string, id: string, extra: Record<string, string> = {}) =>
  db.send(
    new PutItemCommand({
      TableName: name,
      Item: {
        id: { S: id },
        ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { S: v }])),
      },
    }),
  );

const sequence = (record: DynamoStreamRecord) => BigInt(record.dynamodb.SequenceNumber);

describe('emulated DynamoDB Streams', () => {
  it('a new item is an INSERT with its NewImage only, shaped as Lambda delivers it', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    const seen = records(name);
    await put(name, 'a', { colour: 'red' });
    expect(seen).toHaveLength(1);
    const [record] = seen;
    expect(record).toEqual({
      eventID: expect.stringMatching(/^[0-9a-f]{32}$/),
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: expect.any(Number),
        Keys: { id: { S: 'a' } },
        NewImage: { id: { S: 'a' }, colour: { S: 'red' } },
        SequenceNumber: expect.stringMatching(/^\d{21}$/),
        SizeBytes: expect.any(Number),
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: expect.stringMatching(
        new RegExp(
          `^arn:aws:dynamodb:us-east-1:\\d{12}:table/${name}/stream/\\d{4}-\\d\\d-\\d\\dT`,
        ),
      ),
    });
    expect(record!.dynamodb).not.toHaveProperty('OldImage');
    expect(record).not.toHaveProperty('userIdentity');
    expect(Math.abs(record!.dynamodb.ApproximateCreationDateTime - Date.now() / 1000)).toBeLessThan(
      60,
    );
  });

  it('writing an item as it already is emits nothing', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    await put(name, 'a', { colour: 'red' });
    const seen = records(name);
    await put(name, 'a', { colour: 'red' });
    await db.send(
      new UpdateItemCommand({
        TableName: name,
        Key: { id: { S: 'a' } },
        UpdateExpression: 'SET colour = :c',
        ExpressionAttributeValues: { ':c': { S: 'red' } },
      }),
    );
    // Deleting what is not there changes nothing either.
    await db.send(new DeleteItemCommand({ TableName: name, Key: { id: { S: 'missing' } } }));
    expect(seen).toEqual([]);
  });

  it('an update is a MODIFY with both images; a delete is a REMOVE with the OldImage', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    await put(name, 'a', { colour: 'red' });
    const seen = records(name);
    await db.send(
      new UpdateItemCommand({
        TableName: name,
        Key: { id: { S: 'a' } },
        UpdateExpression: 'SET colour = :c, shade = :s',
        ExpressionAttributeValues: { ':c': { S: 'blue' }, ':s': { N: '3' } },
      }),
    );
    await db.send(new DeleteItemCommand({ TableName: name, Key: { id: { S: 'a' } } }));
    expect(seen.map((r) => [r.eventName, r.dynamodb.OldImage, r.dynamodb.NewImage])).toEqual([
      [
        'MODIFY',
        { id: { S: 'a' }, colour: { S: 'red' } },
        { id: { S: 'a' }, colour: { S: 'blue' }, shade: { N: '3' } },
      ],
      ['REMOVE', { id: { S: 'a' }, colour: { S: 'blue' }, shade: { N: '3' } }, undefined],
    ]);
    expect(seen[1]!.dynamodb).not.toHaveProperty('NewImage');
    expect(seen.map((r) => r.dynamodb.Keys)).toEqual([{ id: { S: 'a' } }, { id: { S: 'a' } }]);
    expect(sequence(seen[1]!)).toBeGreaterThan(sequence(seen[0]!));
  });

  it('a BatchWriteItem of 3 gives 3 records, in request order, with growing sequence numbers', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    const plain = await table();
    await put(name, 'b', { colour: 'red' });
    const seen = records(name);
    const unstreamed = records(plain);
    await db.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [name]: [
            { PutRequest: { Item: { id: { S: 'c' } } } },
            { DeleteRequest: { Key: { id: { S: 'b' } } } },
            { PutRequest: { Item: { id: { S: 'a' } } } },
          ],
          [plain]: [{ PutRequest: { Item: { id: { S: 'x' } } } }],
        },
      }),
    );
    expect(seen.map((r) => [r.eventName, r.dynamodb.Keys.id!.S])).toEqual([
      ['INSERT', 'c'],
      ['REMOVE', 'b'],
      ['INSERT', 'a'],
    ]);
    const numbers = seen.map(sequence);
    expect(numbers[1]).toBeGreaterThan(numbers[0]!);
    expect(numbers[2]).toBeGreaterThan(numbers[1]!);
    expect(unstreamed).toEqual([]);
    expect((await scanTable(stack, plain)).map((i) => i.id!.S)).toEqual(['x']);
  });

  it('a table without a stream emits nothing', async () => {
    const name = await table();
    const seen = records(name);
    await put(name, 'a', { colour: 'red' });
    await db.send(new DeleteItemCommand({ TableName: name, Key: { id: { S: 'a' } } }));
    expect(seen).toEqual([]);
  });

  it('a refused conditional write emits nothing, and the item is unchanged', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    await put(name, 'a', { colour: 'red' });
    const seen = records(name);
    await expectAwsError(
      db.send(
        new PutItemCommand({
          TableName: name,
          Item: { id: { S: 'a' }, colour: { S: 'green' } },
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      ),
      'ConditionalCheckFailedException',
      400,
    );
    await expectAwsError(
      db.send(
        new DeleteItemCommand({
          TableName: name,
          Key: { id: { S: 'a' } },
          ConditionExpression: 'colour = :c',
          ExpressionAttributeValues: { ':c': { S: 'blue' } },
        }),
      ),
      'ConditionalCheckFailedException',
      400,
    );
    expect(seen).toEqual([]);
    const { Item } = await db.send(
      new GetItemCommand({ TableName: name, Key: { id: { S: 'a' } } }),
    );
    expect(Item).toEqual({ id: { S: 'a' }, colour: { S: 'red' } });
  });

  it('each view type carries the images it names, KEYS_ONLY none', async () => {
    const views: StreamViewType[] = ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'];
    const images: Record<string, [string, boolean, boolean][]> = {};
    for (const view of views) {
      const name = await table(view);
      const seen = records(name);
      await put(name, 'a', { colour: 'red' });
      await put(name, 'a', { colour: 'blue' });
      await db.send(new DeleteItemCommand({ TableName: name, Key: { id: { S: 'a' } } }));
      expect(seen.map((r) => r.dynamodb.StreamViewType)).toEqual([view, view, view]);
      expect(seen.map((r) => r.dynamodb.Keys)).toEqual(Array(3).fill({ id: { S: 'a' } }));
      images[view] = seen.map((r) => [
        r.eventName,
        'OldImage' in r.dynamodb,
        'NewImage' in r.dynamodb,
      ]);
    }
    expect(images).toEqual({
      KEYS_ONLY: [
        ['INSERT', false, false],
        ['MODIFY', false, false],
        ['REMOVE', false, false],
      ],
      NEW_IMAGE: [
        ['INSERT', false, true],
        ['MODIFY', false, true],
        ['REMOVE', false, false],
      ],
      OLD_IMAGE: [
        ['INSERT', false, false],
        ['MODIFY', true, false],
        ['REMOVE', true, false],
      ],
      NEW_AND_OLD_IMAGES: [
        ['INSERT', false, true],
        ['MODIFY', true, true],
        ['REMOVE', true, false],
      ],
    });
  });

  it('UpdateTable turns a stream on and off', async () => {
    const name = await table();
    const seen = records(name);
    // A stream-only UpdateTable, as AWS takes it (dynalite would refuse it; the shim answers).
    const on = await db.send(
      new UpdateTableCommand({
        TableName: name,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      }),
    );
    expect(on.TableDescription?.LatestStreamArn).toMatch(
      new RegExp(`^arn:aws:dynamodb:us-east-1:000000000000:table/${name}/stream/`),
    );
    await put(name, 'a');
    await db.send(
      new UpdateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: false },
      }),
    );
    await expect(
      db.send(
        new UpdateTableCommand({
          TableName: 'no_such_table',
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
        }),
      ),
    ).rejects.toThrow(/Table: no_such_table not found/);
    await put(name, 'b');
    expect(seen.map((r) => [r.eventName, r.dynamodb.Keys.id!.S])).toEqual([['INSERT', 'a']]);
  });

  it('unsubscribing stops the records', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    const seen: DynamoStreamRecord[] = [];
    const off = stack.dynamodbStreams.subscribe(name, (r) => seen.push(r));
    await put(name, 'a');
    off();
    await put(name, 'b');
    expect(seen.map((r) => r.dynamodb.Keys.id!.S)).toEqual(['a']);
  });
});

describe('TTL expiry on demand', () => {
  /** A day ago: what is due at NOW is due now too, and so is NOW + 1. */
  const NOW = Math.floor(Date.now() / 1000) - 86_400;

  /** A results-style table (TTL on expires_at, streamed) with items due, not due and never. */
  async function ttlTable(name: string): Promise<DynamoStreamRecord[]> {
    await createTable(stack, name, { stream: true });
    const item = (filename: string, expiresAt?: number) =>
      db.send(
        new PutItemCommand({
          TableName: name,
          Item: {
            filename: { S: filename },
            ...(expiresAt === undefined ? {} : { expires_at: { N: String(expiresAt) } }),
          },
        }),
      );
    await item('past', NOW - 3600);
    await item('now', NOW);
    await item('future', NOW + 1);
    await item('never');
    return records(name);
  }

  it('deletes only the due items, as service deletes', async () => {
    const seen = await ttlTable('ttl-results');
    expect(await stack.dynamodbStreams.expire('ttl-results', NOW)).toBe(2);
    expect(
      seen.map((r) => [r.eventName, r.dynamodb.Keys.filename!.S, r.userIdentity]).sort(),
    ).toEqual([
      ['REMOVE', 'now', { type: 'Service', principalId: 'dynamodb.amazonaws.com' }],
      ['REMOVE', 'past', { type: 'Service', principalId: 'dynamodb.amazonaws.com' }],
    ]);
    const past = seen.find((r) => r.dynamodb.Keys.filename!.S === 'past')!;
    expect(past.dynamodb.OldImage).toEqual({
      filename: { S: 'past' },
      expires_at: { N: String(NOW - 3600) },
    });
    expect(past.dynamodb).not.toHaveProperty('NewImage');
    expect((await scanTable(stack, 'ttl-results')).map((i) => i.filename!.S).sort()).toEqual([
      'future',
      'never',
    ]);
    // Nothing else is due: a second pass deletes nothing and emits nothing.
    expect(await stack.dynamodbStreams.expire('ttl-results', NOW)).toBe(0);
    expect(seen).toHaveLength(2);
  });

  it('refuses a table without TTL enabled', async () => {
    const name = await table('NEW_AND_OLD_IMAGES');
    await put(name, 'a');
    await expect(stack.dynamodbStreams.expire(name, NOW)).rejects.toMatchObject({
      type: 'ValidationException',
      message: `TTL is not enabled on table ${name}`,
    });
    expect(await scanTable(stack, name)).toHaveLength(1);
  });

  it('expires on a TTL attribute of any name, streamed or not', async () => {
    const name = await table();
    await db.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'gone_at' },
      }),
    );
    await db.send(
      new PutItemCommand({
        TableName: name,
        Item: { id: { S: 'a' }, gone_at: { N: String(NOW - 1) }, expires_at: { N: '1' } },
      }),
    );
    await db.send(
      new PutItemCommand({
        TableName: name,
        Item: { id: { S: 'b' }, gone_at: { N: String(NOW + 1) }, expires_at: { N: '1' } },
      }),
    );
    const seen = records(name);
    expect(await stack.dynamodbStreams.expire(name, NOW)).toBe(1);
    expect((await scanTable(stack, name)).map((i) => i.id!.S)).toEqual(['b']);
    expect(seen).toEqual([]);
  });

  it('POST /__shim/expire answers {expired: n}; a bad request is a 400', async () => {
    const seen = await ttlTable('ttl-http');
    const expire = (body: unknown) =>
      fetch(`${stack.endpoints.dynamodb}/__shim/expire`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const res = await expire({ table: 'ttl-http', now: NOW - 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ expired: 1 });
    expect(seen.map((r) => r.dynamodb.Keys.filename!.S)).toEqual(['past']);
    expect(seen[0]!.userIdentity).toEqual({
      type: 'Service',
      principalId: 'dynamodb.amazonaws.com',
    });

    // Without `now`: the real clock, a day past NOW + 1.
    const all = await expire({ table: 'ttl-http' });
    expect(await all.json()).toEqual({ expired: 2 });

    const noTable = await expire({ now: NOW });
    expect(noTable.status).toBe(400);
    expect(await noTable.json()).toEqual({
      error: 'expected {"table": string, "now"?: epoch seconds}',
    });
    expect((await expire({ table: 'ttl-http', now: 'soon' })).status).toBe(400);
    const notJson = await expire('{table');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'body must be JSON' });
    const plain = await table();
    const refused = await expire({ table: plain });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: `TTL is not enabled on table ${plain}` });
  });
});
