import {
  DeleteItemCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTable, dynamoClient } from '../../local-stack/admin.js';
import { startLocalStack, type LocalStack } from '../../local-stack/stack.js';
import { spawnLocalStack, type DynamoShimOptions, type SpawnedStack } from '../helpers/stack.js';
import { expectAwsError } from './expect-aws-error.js';

const TABLE = 'fault-table';
/** The start config: reset must come back to it. */
const START: DynamoShimOptions = {
  failures: [{ operation: 'DeleteItem', match: 'never-delete', error: 'InternalServerError' }],
};

const put = (filename: string, writer = 'x') =>
  new PutItemCommand({
    TableName: TABLE,
    Item: { filename: { S: filename }, writer: { S: writer } },
  });
const get = (filename: string) =>
  new GetItemCommand({
    TableName: TABLE,
    Key: { filename: { S: filename } },
    ConsistentRead: true,
  });

describe('DynamoDB fault injection through the shim (CLI stack, real SDK)', () => {
  let stack: SpawnedStack;
  let db: DynamoDBClient;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--table', TABLE, '--dynamodb-config', JSON.stringify(START)]);
    // Retries off, so each injected fault is seen.
    db = dynamoClient(stack, { maxAttempts: 1 });
  });

  afterAll(async () => {
    db?.destroy();
    await stack?.stop();
  });

  beforeEach(async () => {
    await stack.dynamodbAdmin.reset();
  });

  it('starts with the --dynamodb-config rules', async () => {
    const res = await fetch(`${stack.endpoints.dynamodb}/__shim/config`);
    expect(await res.json()).toEqual({ ...START, delays: [] });
    await expectAwsError(
      db.send(
        new DeleteItemCommand({ TableName: TABLE, Key: { filename: { S: 'never-delete' } } }),
      ),
      'InternalServerError',
      500,
    );
  });

  it('fails the next `count` matching requests, then passes; others are untouched', async () => {
    await stack.dynamodbAdmin.config({
      failures: [
        { operation: 'PutItem', match: 'photos/a.png', error: 'InternalServerError', count: 2 },
      ],
    });
    await expectAwsError(db.send(put('photos/a.png')), 'InternalServerError', 500);
    await db.send(put('photos/b.png')); // no match
    await db.send(get('photos/a.png')); // other operation
    await expectAwsError(db.send(put('photos/a.png')), 'InternalServerError', 500);
    await db.send(put('photos/a.png'));
    expect((await db.send(get('photos/a.png'))).Item?.filename?.S).toBe('photos/a.png');
    expect(await stack.dynamodbAdmin.stats()).toMatchObject({
      requests: 6,
      byOperation: { PutItem: 4, GetItem: 2 },
      injectedFailures: 2,
      delayed: 0,
      held: [],
    });
  });

  it('answers every error as DynamoDB does, so the SDK names it and retries it', async () => {
    const cases = [
      ['InternalServerError', 500],
      ['ServiceUnavailable', 503],
      ['ProvisionedThroughputExceededException', 400],
      ['ThrottlingException', 400],
    ] as const;
    for (const [error, status] of cases) {
      await stack.dynamodbAdmin.config({ failures: [{ error, count: 1 }] });
      const failed = await expectAwsError(db.send(put(`e-${error}`)), error, status);
      expect(failed.$metadata.requestId).toBeTruthy();
      // The SDK's standard retry strategy retries all four.
      await stack.dynamodbAdmin.config({ failures: [{ error, count: 2 }] });
      const retrying = dynamoClient(stack);
      try {
        const out = await retrying.send(put(`r-${error}`));
        expect(out.$metadata.attempts).toBe(3);
      } finally {
        retrying.destroy();
      }
    }
  });

  it('sends the JSON 1.0 error shape with x-amzn-ErrorType and x-amzn-RequestId', async () => {
    await stack.dynamodbAdmin.config({
      failures: [{ error: 'ServiceUnavailable', message: 'try later' }],
    });
    const res = await fetch(`${stack.endpoints.dynamodb}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.GetItem',
      },
      body: JSON.stringify({ TableName: TABLE, Key: { filename: { S: 'x' } } }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('x-amzn-errortype')).toBe('ServiceUnavailable');
    expect(res.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(await res.json()).toEqual({
      __type: 'com.amazonaws.dynamodb.v20120810#ServiceUnavailable',
      message: 'try later',
    });
  });

  it('fails matching requests for untilMs after the rule is set (a real 1.5 s burst)', async () => {
    await stack.dynamodbAdmin.config({
      failures: [{ operation: 'GetItem', error: 'InternalServerError', untilMs: 1500 }],
    });
    const setAt = performance.now();
    await expectAwsError(db.send(get('burst')), 'InternalServerError', 500);
    await new Promise((resolve) => setTimeout(resolve, 1500 - (performance.now() - setAt) + 20));
    await expect(db.send(get('burst'))).resolves.toBeDefined();
  });

  it('delays matching requests by ms', async () => {
    await stack.dynamodbAdmin.config({
      delays: [{ operation: 'PutItem', match: 'slow', ms: 300 }],
    });
    const started = performance.now();
    await db.send(put('slow-item'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await db.send(put('fast-item'));
    expect((await stack.dynamodbAdmin.stats()).delayed).toBe(1);
  });

  it('holds one writer so that it lands after the other (hold, let B write, release A)', async () => {
    await stack.dynamodbAdmin.config({
      delays: [{ operation: 'PutItem', match: 'writer-A', hold: true }],
    });
    const a = db.send(put('race.png', 'writer-A'));
    const [held] = await stack.dynamodbAdmin.waitForHeld({ match: 'race.png' });
    expect(held).toMatchObject({ operation: 'PutItem', name: TABLE });
    // A has arrived but not reached dynalite: B writes first and is read back.
    await db.send(put('race.png', 'writer-B'));
    expect((await db.send(get('race.png'))).Item?.writer?.S).toBe('writer-B');
    expect(await stack.dynamodbAdmin.release({ id: held!.id })).toBe(1);
    await a;
    expect((await db.send(get('race.png'))).Item?.writer?.S).toBe('writer-A');
    expect(await stack.dynamodbAdmin.stats()).toMatchObject({ delayed: 1, held: [] });
  });

  it('holds only `count` requests, releases by match, and reports unknown ids and timeouts', async () => {
    await stack.dynamodbAdmin.config({ delays: [{ operation: 'PutItem', hold: true, count: 2 }] });
    const first = db.send(put('h1'));
    const second = db.send(put('h2'));
    const held = await stack.dynamodbAdmin.waitForHeld({ count: 2 });
    expect(held.map((h) => h.operation)).toEqual(['PutItem', 'PutItem']);
    await db.send(put('h3')); // count used up: passes
    expect(await stack.dynamodbAdmin.release({ match: '"h2"' })).toBe(1);
    await second;
    await expect(stack.dynamodbAdmin.release({ id: 999_999 })).rejects.toThrow(/404.*999999/);
    await expect(stack.dynamodbAdmin.waitForHeld({ count: 2, timeoutMs: 50 })).rejects.toThrow(
      /408/,
    );
    expect(await stack.dynamodbAdmin.release()).toBe(1);
    await first;
  });

  it('forwards a held write on release even when its client gave up (it still lands)', async () => {
    await stack.dynamodbAdmin.config({ delays: [{ operation: 'PutItem', hold: true }] });
    const controller = new AbortController();
    const gaveUp = db.send(put('abandoned.png', 'late'), { abortSignal: controller.signal });
    await stack.dynamodbAdmin.waitForHeld();
    controller.abort(); // the client disconnects while its request is held
    await expect(gaveUp).rejects.toMatchObject({ name: 'AbortError' });
    expect(await stack.dynamodbAdmin.release()).toBe(1);
    let item;
    for (let i = 0; i < 100 && !item; i++) {
      item = (await db.send(get('abandoned.png'))).Item;
      if (!item) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(item?.writer?.S).toBe('late');
  });

  it('applies rules to the TTL calls the shim answers itself', async () => {
    await stack.dynamodbAdmin.config({
      failures: [{ operation: 'DescribeTimeToLive', error: 'ThrottlingException', count: 1 }],
    });
    await expectAwsError(
      db.send(new DescribeTimeToLiveCommand({ TableName: TABLE })),
      'ThrottlingException',
      400,
    );
    const out = await db.send(new DescribeTimeToLiveCommand({ TableName: TABLE }));
    expect(out.TimeToLiveDescription?.TimeToLiveStatus).toBe('ENABLED');
  });

  it('rejects invalid config with 400 and keeps the old one', async () => {
    const bad: [unknown, RegExp][] = [
      [{ failure: [] }, /unknown config key .*failure/],
      [{ failures: [{ error: 'Boom' }] }, /failures\[0\]\.error must be one of/],
      [{ failures: [{ error: 'InternalServerError', operation: 'PutItems' }] }, /operation/],
      [{ failures: [{ error: 'InternalServerError', count: 0 }] }, /count must be an integer/],
      [{ failures: [{ error: 'InternalServerError', colour: 1 }] }, /unknown key .*colour/],
      [{ delays: [{ ms: 5, hold: true }] }, /either ms \(> 0\) or hold: true/],
      [{ delays: [{}] }, /either ms/],
      [{ delays: [{ ms: -1 }] }, /ms must be a number > 0/],
      [{ delays: {} }, /delays must be an array/],
    ];
    for (const [body, message] of bad) {
      await expect(stack.dynamodbAdmin.config(body as DynamoShimOptions)).rejects.toThrow(message);
    }
    const res = await fetch(`${stack.endpoints.dynamodb}/__shim/config`, {
      method: 'POST',
      body: 'not json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'body must be JSON' });
    expect(await (await fetch(`${stack.endpoints.dynamodb}/__shim/config`)).json()).toEqual({
      ...START,
      delays: [],
    });
  });

  it('resets to the start config, zeroes the stats and releases held requests', async () => {
    await stack.dynamodbAdmin.config({
      failures: [{ error: 'InternalServerError', operation: 'GetItem' }],
      delays: [{ operation: 'PutItem', hold: true }],
    });
    const pending = db.send(put('held-at-reset'));
    await stack.dynamodbAdmin.waitForHeld();
    await stack.dynamodbAdmin.reset();
    await pending;
    expect(await stack.dynamodbAdmin.stats()).toEqual({
      requests: 0,
      byOperation: {},
      injectedFailures: 0,
      delayed: 0,
      held: [],
    });
    expect((await db.send(get('held-at-reset'))).Item).toBeDefined();
    const res = await fetch(`${stack.endpoints.dynamodb}/__shim/nope`);
    expect(res.status).toBe(404);
    expect((await stack.dynamodbAdmin.stats()).requests).toBe(1);
  });
});

describe('DynamoDB faults in process, with an injected clock', () => {
  let stack: LocalStack;
  let now = 0;
  let db: DynamoDBClient;

  beforeAll(async () => {
    stack = await startLocalStack({ now: () => now });
    await createTable(stack, TABLE);
    // Retries off, so each injected fault is seen.
    db = dynamoClient(stack, { maxAttempts: 1 });
  });

  afterAll(async () => {
    db?.destroy();
    await stack?.stop();
  });

  it('fails for exactly untilMs of the injected clock from when the rule was set', async () => {
    now = 1_000;
    stack.dynamodb.config({ failures: [{ error: 'ServiceUnavailable', untilMs: 10_000 }] });
    await expectAwsError(db.send(put('window')), 'ServiceUnavailable', 503);
    now = 10_999;
    await expectAwsError(db.send(put('window')), 'ServiceUnavailable', 503);
    now = 11_000;
    await db.send(put('window'));
    // count and untilMs together: whichever runs out first ends the rule.
    stack.dynamodb.config({ failures: [{ error: 'ThrottlingException', untilMs: 5, count: 1 }] });
    await expectAwsError(db.send(put('window')), 'ThrottlingException', 400);
    await db.send(put('window'));
    expect(stack.dynamodb.stats()).toMatchObject({ injectedFailures: 3 });
    stack.dynamodb.reset();
    expect(stack.dynamodb.config()).toEqual({ failures: [], delays: [] });
  });

  it('holds and releases in process, reporting how long a request has been held', async () => {
    stack.dynamodb.config({ delays: [{ operation: 'PutItem', hold: true }] });
    const pending = db.send(put('in-process'));
    now = 50_000;
    const [held] = await stack.dynamodb.waitForHeld();
    now = 50_250;
    expect(stack.dynamodb.stats().held).toEqual([
      { id: held!.id, operation: 'PutItem', name: TABLE, heldMs: 250 },
    ]);
    expect(stack.dynamodb.release()).toBe(1);
    await pending;
    expect(() => stack.dynamodb.config({ delays: [{ hold: false }] } as never)).toThrow(
      /either ms/,
    );
    stack.dynamodb.reset();
  });
});
