import { DetectLabelsCommand } from '@aws-sdk/client-rekognition';
import {
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandInput,
} from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../src/lambda/handler.js';
import { createLogger } from '../../src/lambda/logger.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { lambdaContext, objectCreated, s3Event } from '../helpers/s3-events.js';
import { fakeAws } from './fake-aws.js';
import { sha256Hex } from './hash.js';

/**
 * The Lambda never stores labels for other bytes than the event's object, and an event never
 * replaces an item about a newer object (issue "Never a wrong, lost or stale result", cases 2,
 * 3 and 19's deadline).
 */
const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const BUCKET = 'pixel-learning-images';
const KEY = 'rekognition-input/beta/images/logo.png';
const ENV = { AWS_REGION: 'us-east-1', DDB_TABLE_BETA: 'beta_results' };
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);

let v1: Buffer;
let v2: Buffer;
beforeAll(async () => {
  v1 = await readFile(join(FIXTURES, 'chelsea.png'));
  v2 = await readFile(join(FIXTURES, 'coffee.png'));
});

let aws: ReturnType<typeof fakeAws>;
let lines: string[];
beforeEach(() => {
  aws = fakeAws();
  aws.createTable('beta_results');
  lines = [];
});
afterEach(() => aws.restore());

function handler() {
  const clock = fakeClock({ start: NOON, random: 0.5 });
  return createHandler(ENV, {
    clock,
    log: createLogger((line) => lines.push(line), clock.now),
    createClients: () => aws.clients,
  });
}
const logFor = (key: string) =>
  lines.map((l) => JSON.parse(l) as Record<string, unknown>).findLast((e) => e.key === key);

/** Puts `body` at KEY, as the action uploads it, and returns its event at `at` ms after noon. */
function upload(body: Buffer, at: number, key = KEY) {
  aws.putObject(BUCKET, key, { body, metadata: { sha256: sha256Hex(body), mode: 'upload-only' } });
  return eventFor(body, at, key);
}

/** The S3 event of `body` put at `key`, `at` ms after noon. */
function eventFor(body: Buffer, at: number, key = KEY) {
  return objectCreated({
    key,
    bucket: BUCKET,
    eTag: aws.etagOf(body),
    size: body.length,
    eventTime: new Date(NOON + at),
  });
}

/** Runs `then` right after the function's first HeadObject of `key`: a replacement lands there. */
function afterFirstHead(key: string, then: () => void) {
  let done = false;
  aws.s3.on(HeadObjectCommand).callsFake((input: HeadObjectCommandInput) => {
    const object = aws.object(BUCKET, input.Key!)!;
    const reply = {
      ETag: `"${aws.etagOf(object.body)}"`,
      ContentLength: object.body.length,
      Metadata: object.metadata ?? {},
    };
    if (!done && input.Key === key) {
      done = true;
      then();
    }
    return reply;
  });
}

describe('case 2: an object replaced while its event is handled', () => {
  it('labels v1 only if the bytes read are v1: replaced after the check, nothing is stored for it', async () => {
    const first = upload(v1, 0);
    afterFirstHead(KEY, () =>
      aws.putObject(BUCKET, KEY, { body: v2, metadata: { sha256: sha256Hex(v2) } }),
    );
    const summary = await handler()(s3Event(first), lambdaContext());
    expect(summary).toMatchObject({ labeled: 0, skipped: 1 });
    expect(logFor(KEY)).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/replaced/),
    });
    expect(aws.rekognition).not.toHaveReceivedCommand(DetectLabelsCommand);
    expect(aws.item('beta_results', KEY)).toBeUndefined();

    // v2's own event labels v2; an action waiting for v2's sha256 finds it.
    const second = eventFor(v2, 50);
    await handler()(s3Event(second), lambdaContext());
    expect(aws.item('beta_results', KEY)).toMatchObject({
      status: { S: 'labeled' },
      sha256: { S: sha256Hex(v2) },
      etag: { S: aws.etagOf(v2) },
    });
  });

  it('over 5 MB (Rekognition reads the key), a replacement during the read stores nothing', async () => {
    const big = Buffer.concat([v1, Buffer.alloc(6 * 1024 * 1024)]); // a PNG ignores bytes after IEND
    const record = upload(big, 0, 'rekognition-input/beta/big.png');
    aws.rekognition.on(DetectLabelsCommand).callsFake(() => {
      aws.putObject(BUCKET, 'rekognition-input/beta/big.png', { body: v2 });
      return { Labels: [{ Name: 'Coffee', Confidence: 99 }], LabelModelVersion: '3.0' };
    });
    const summary = await handler()(s3Event(record), lambdaContext());
    expect(summary).toMatchObject({ labeled: 0, skipped: 1 });
    expect(aws.rekognition).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: { S3Object: { Bucket: BUCKET, Name: 'rekognition-input/beta/big.png' } },
    });
    expect(aws.item('beta_results', 'rekognition-input/beta/big.png')).toBeUndefined();
  });

  it('on a versioned bucket, reads and labels exactly the event version', async () => {
    aws.putObject(BUCKET, KEY, { body: v1, metadata: { sha256: sha256Hex(v1) } });
    const record = objectCreated({
      key: KEY,
      bucket: BUCKET,
      eTag: aws.etagOf(v1),
      size: v1.length,
      versionId: 'v1-id',
    });
    await handler()(s3Event(record), lambdaContext());
    expect(aws.s3).toHaveReceivedCommandWith(HeadObjectCommand, { Key: KEY, VersionId: 'v1-id' });
    expect(aws.s3).toHaveReceivedCommandWith(GetObjectCommand, { Key: KEY, VersionId: 'v1-id' });
    expect(aws.item('beta_results', KEY)).toMatchObject({ version_id: { S: 'v1-id' } });
  });

  it('never lets an older event overwrite the item of a newer one', async () => {
    const older = upload(v1, 0);
    aws.putObject(BUCKET, KEY, { body: v2, metadata: { sha256: sha256Hex(v2) } });
    const newer = eventFor(v2, 50);
    await handler()(s3Event(newer), lambdaContext());
    // v1's event arrives late, and its object is back (a third upload of v1's bytes, at NOON + 10
    // in the event: older than v2's).
    aws.putObject(BUCKET, KEY, { body: v1, metadata: { sha256: sha256Hex(v1) } });
    void older;
    const late = eventFor(v1, 10);
    const summary = await handler()(s3Event(late), lambdaContext());
    expect(summary).toMatchObject({ skipped: 1 });
    expect(logFor(KEY)).toMatchObject({ reason: expect.stringMatching(/later upload/) });
    expect(aws.item('beta_results', KEY)).toMatchObject({ sha256: { S: sha256Hex(v2) } });
  });
});

describe('case 3: a stale event after a delete', () => {
  it('keeps the newer good item: v1 labeled, v2 labeled, deleted, v1 re-delivered', async () => {
    const first = upload(v1, 0);
    await handler()(s3Event(first), lambdaContext());
    const second = upload(v2, 100);
    await handler()(s3Event(second), lambdaContext());
    aws.deleteObject(BUCKET, KEY);
    const summary = await handler()(s3Event(first), lambdaContext());
    expect(summary).toMatchObject({ failed: 0, skipped: 1 });
    expect(aws.item('beta_results', KEY)).toMatchObject({
      status: { S: 'labeled' },
      sha256: { S: sha256Hex(v2) },
    });
  });

  it('still records a deleted object when no newer item exists', async () => {
    const record = upload(v1, 0);
    aws.deleteObject(BUCKET, KEY);
    await handler()(s3Event(record), lambdaContext());
    expect(aws.item('beta_results', KEY)).toMatchObject({ status: { S: 'failed' } });
  });
});

describe("case 19: the invocation's time budget", () => {
  it('starts no record once the deadline has passed; they are retried, nothing half-done', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `rekognition-input/beta/${i}.png`);
    const images = keys.map((_, i) => Buffer.concat([v1, Buffer.from(String(i))]));
    const event = s3Event(...keys.map((key, i) => upload(images[i]!, 0, key)));
    const clock = fakeClock({ start: NOON, random: 0.5 });
    // Every call takes 1 s of the function's time; it has 20 s, less the 5 s margin.
    aws.rekognition.on(DetectLabelsCommand).callsFake(async () => {
      await clock.sleep(1000);
      return { Labels: [{ Name: 'Cat', Confidence: 99 }], LabelModelVersion: '3.0' };
    });
    const handle = createHandler(ENV, {
      clock,
      log: createLogger((line) => lines.push(line), clock.now),
      createClients: () => aws.clients,
    });
    await expect(handle(event, lambdaContext(20_000))).rejects.toThrow(
      /must be retried: .*not started: the invocation's time ran out/,
    );
    expect(clock.now() - NOON).toBeLessThanOrEqual(15_000 + 1000 * 4);
    const labeled = keys.filter((k) => aws.item('beta_results', k));
    expect(labeled.length).toBeGreaterThan(0);
    expect(labeled.length).toBeLessThan(100);
  });
});
