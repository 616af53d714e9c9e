import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeForAction } from '../../src/action/aws-error-text.js';
import { labelAll } from '../helpers/label-all.js';
import type { LabelPlan } from '../../src/action/run-plan.js';
import type { WorkspaceMatch } from '../../src/action/workspace-files.js';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { MAX_ITEM_BYTES, itemBytesUpperBound } from '../../src/shared/item-size.js';
import { buildRecord, toItem } from '../../src/shared/record.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { makePng } from '../helpers/images.js';
import { testPlan } from '../helpers/plan.js';
import { batchGetFromGetItem } from '../helpers/batch-get.js';

/**
 * The item is never about other bytes than the ones labeled, and a paid result is never lost
 * silently (issue "Never a wrong, lost or stale result", cases 1, 4, 6, 9 and 19 at unit level;
 * the races against the local stack are in __tests__/integration/consistency.test.ts).
 */
const s3Mock = mockClient(S3Client);
const ddbMock = mockClient(DynamoDBClient);
const rekMock = mockClient(RekognitionClient);

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);
let workspace: string;
let large: Buffer;
const file = (path: string): WorkspaceMatch => ({ path, absolutePath: join(workspace, path) });
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (path: string) => readFile(join(workspace, path));

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'consistency-'));
  await mkdir(join(workspace, 'images'), { recursive: true });
  for (const name of ['chelsea.png', 'rocket.jpg']) {
    await copyFile(join(FIXTURES, name), join(workspace, 'images', name));
  }
  // Noise does not compress: a real PNG over Rekognition's 5 MB bytes limit.
  large = makePng(1400, 1400, { noise: true });
  await writeFile(join(workspace, 'images/large.png'), large);
});
afterAll(() => rm(workspace, { recursive: true, force: true }));

const labels = (...names: string[]) => ({
  Labels: names.map((Name, i) => ({ Name, Confidence: 99 - i })),
  LabelModelVersion: '3.0',
});
const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

beforeEach(() => {
  s3Mock.reset();
  ddbMock.reset();
  batchGetFromGetItem(ddbMock, () => new DynamoDBClient({ region: 'us-east-1' }));
  rekMock.reset();
  rekMock.on(DetectLabelsCommand).resolves(labels('Cat'));
  s3Mock.on(PutObjectCommand).resolves({ ETag: '"etag-1"' });
  s3Mock.on(HeadObjectCommand).resolves({ ETag: '"etag-1"' });
  ddbMock.on(GetItemCommand).resolves({});
  ddbMock.on(PutItemCommand).resolves({});
});

function services() {
  const clock = fakeClock({ start: NOON, random: 0.5 });
  return {
    clients: {
      s3: new S3Client({ region: 'us-east-1' }),
      dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
      rekognition: new RekognitionClient({ region: 'us-east-1' }),
    },
    caller: new AwsCaller(4, clock, NOON + 600_000),
    clock,
    describe: describeForAction,
  };
}

const plan = (overrides: Partial<LabelPlan> = {}) =>
  testPlan(workspace, { table: 'beta_results', ...overrides });
const S3 = { bucket: 'pixel-bucket', table: 'beta_results' };

async function labelOne(path: string, p: LabelPlan = plan()) {
  const { results } = await labelAll([file(path)], p, services(), { concurrency: 1 });
  return results[0]!;
}

describe('case 1: labels are only stored or reported for the bytes they came from', () => {
  it('over 5 MB on a versioned bucket, Rekognition reads the version this run uploaded', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"etag-1"', VersionId: 'v-ours' });
    const result = await labelOne('images/large.png', plan(S3));
    expect(result.status).toBe('labeled');
    expect(rekMock).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: {
        S3Object: {
          Bucket: 'pixel-bucket',
          Name: 'rekognition-input/beta/images/large.png',
          Version: 'v-ours',
        },
      },
    });
    expect(s3Mock).not.toHaveReceivedCommand(HeadObjectCommand);
    const item = ddbMock.commandCalls(PutItemCommand)[0]!.args[0].input.Item!;
    expect(item.version_id).toEqual({ S: 'v-ours' });
    expect(item.sha256).toEqual({ S: sha(large) });
  });

  it('over 5 MB on an unversioned bucket, a replaced object is uploaded and labeled again', async () => {
    // Another run's bytes are in place when this run checks after its first read.
    s3Mock.on(HeadObjectCommand).resolvesOnce({ ETag: '"theirs"' }).resolves({ ETag: '"etag-1"' });
    rekMock
      .on(DetectLabelsCommand)
      .resolvesOnce(labels('Their', 'Labels'))
      .resolves(labels('Our', 'Labels'));
    const result = await labelOne('images/large.png', plan(S3));
    expect(result).toMatchObject({ status: 'labeled', sha256: sha(large) });
    expect(result.labels.map((l) => l.name)).toEqual(['Our', 'Labels']);
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 2);
    expect(rekMock).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
    const items = ddbMock.commandCalls(PutItemCommand).map((c) => c.args[0].input.Item!);
    expect(items).toHaveLength(1);
    expect(items[0]!.labels).toEqual({ S: expect.stringContaining('"Our"') });
  });

  it('gives up, storing and reporting nothing, when the object keeps being replaced', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"theirs"' });
    const result = await labelOne('images/large.png', plan(S3));
    expect(result.status).toBe('failed');
    expect(result.labels).toEqual([]);
    expect(result.error).toMatch(
      /another run replaced s3:\/\/pixel-bucket\/rekognition-input\/beta\/images\/large\.png while Rekognition read it, 3 times.*Enable versioning/,
    );
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });

  it('writes conditionally: an item for a newer observation of the key is never replaced', async () => {
    const result = await labelOne('images/chelsea.png', plan(S3));
    expect(result.status).toBe('labeled');
    const put = ddbMock.commandCalls(PutItemCommand)[0]!.args[0].input;
    expect(put.ConditionExpression).toBe(
      'attribute_not_exists(filename) OR attribute_not_exists(observed_at) OR observed_at <= :observed',
    );
    expect(put.ExpressionAttributeValues).toEqual({ ':observed': { N: String(NOON) } });
    expect(put.Item!.observed_at).toEqual({ N: String(NOON) });
  });

  it('reports its own labels, not stored, when the table already holds a newer result', async () => {
    ddbMock.on(PutItemCommand).rejects(awsError('ConditionalCheckFailedException', 400));
    const result = await labelOne('images/chelsea.png');
    expect(result).toMatchObject({ status: 'labeled', labels: [{ name: 'Cat' }] });
    expect(result.note).toBe(
      'Not stored: table beta_results already holds a result for newer bytes of this path (another run labeled them).',
    );
    expect(ddbMock).toHaveReceivedCommandTimes(PutItemCommand, 1);
  });
});

describe('case 4: the bytes sent are the bytes hashed', () => {
  it('fails the image, paying and storing nothing, when the file changes after it was hashed', async () => {
    await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images/changing.png'));
    // The cache look-up comes between the hash and the read: another step rewrites the file then.
    ddbMock.on(GetItemCommand).callsFake(async () => {
      await copyFile(join(FIXTURES, 'astronaut.png'), join(workspace, 'images/changing.png'));
      return {};
    });
    const before = sha(await readFile(join(FIXTURES, 'coffee.png')));
    for (const p of [plan(), plan(S3)]) {
      await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images/changing.png'));
      const result = await labelOne('images/changing.png', p);
      expect(result.status).toBe('failed');
      expect(result.sha256).toBe(before);
      expect(result.error).toMatch(/^images\/changing\.png changed while it was being labeled/);
    }
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(s3Mock).not.toHaveReceivedCommand(PutObjectCommand);
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });
});

describe('case 6: a paid result is not lost', () => {
  it('retries a failing write, then fails the image with "labeled, not stored", keeping its labels', async () => {
    ddbMock.on(PutItemCommand).rejects(awsError('InternalServerError', 500));
    const result = await labelOne('images/rocket.jpg');
    expect(result.status).toBe('failed');
    expect(result.labels.map((l) => l.name)).toEqual(['Cat']);
    expect(result.error).toMatch(
      /^labeled, not stored: dynamodb:PutItem failed: InternalServerError/,
    );
    // Retried through the transient budget, not once.
    expect(ddbMock.commandCalls(PutItemCommand).length).toBeGreaterThan(10);
  });

  it('keeps the item under 400 KB by leaving out the lowest-confidence labels, and says so', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      Name: `label ${String(i).padStart(4, '0')} ${'x'.repeat(400)}`,
      Confidence: 99 - i / 100,
    }));
    rekMock.on(DetectLabelsCommand).resolves({ Labels: many, LabelModelVersion: '3.0' });
    const result = await labelOne(
      'images/rocket.jpg',
      plan({ settings: { minConfidence: 55, maxLabels: 1000 } }),
    );
    const item = ddbMock.commandCalls(PutItemCommand)[0]!.args[0].input.Item!;
    expect(itemBytesUpperBound(item)).toBeLessThanOrEqual(MAX_ITEM_BYTES);
    const trimmed = Number(item.labels_trimmed!.N);
    expect(trimmed).toBeGreaterThan(0);
    expect(item.label_names!.L).toHaveLength(1000 - trimmed);
    expect(result.status).toBe('labeled');
    expect(result.labels).toHaveLength(1000 - trimmed);
    expect(result.labels.at(-1)!.name).toMatch(
      new RegExp(`^label ${String(999 - trimmed).padStart(4, '0')} `),
    );
    expect(result.note).toBe(
      `Stored ${1000 - trimmed} of 1000 labels: DynamoDB items are limited to 400 KB, so the ${trimmed} lowest-confidence labels were left out.`,
    );
  });
});

describe('case 9: a re-run of unchanged images makes no Rekognition call, failed ones included', () => {
  it('reuses a stored failure for the same bytes and settings', async () => {
    const bytes = await bytesOf('images/chelsea.png');
    const failed = buildRecord(
      {
        key: 'rekognition-input/beta/images/chelsea.png',
        environment: 'beta',
        sha256: sha(bytes),
        provenance: { branch: 'b', commit: 'c', repository: 'r', runId: '1' },
        settings: { minConfidence: 70, maxLabels: 10 },
        ttlHours: 168,
        source: 'action',
      },
      { status: 'failed', error: 'Rekognition rejected image images/chelsea.png: damaged' },
      NOON,
    );
    ddbMock.on(GetItemCommand).resolves({ Item: toItem(failed) });
    const result = await labelOne('images/chelsea.png');
    expect(result).toMatchObject({
      status: 'failed',
      cached: true,
      error: 'Rekognition rejected image images/chelsea.png: damaged',
    });
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });

  it('does not store "too large for bytes" as the image failing: with a bucket it can be labeled', async () => {
    const result = await labelOne('images/large.png');
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/Rekognition accepts at most 5 MiB .*as bytes/);
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });
});

describe('case 19: a long key only matters where a key is used', () => {
  it('labels an image whose key would be over 1,024 bytes when there is no bucket and no table', async () => {
    const deep = `images/${'d'.repeat(200)}/${'e'.repeat(200)}/${'f'.repeat(200)}/${'g'.repeat(200)}/${'h'.repeat(200)}`;
    await mkdir(join(workspace, deep), { recursive: true });
    await copyFile(join(FIXTURES, 'rocket.jpg'), join(workspace, deep, 'rocket.jpg'));
    const path = `${deep}/rocket.jpg`;
    expect((await labelOne(path, plan({ table: '' }))).status).toBe('labeled');
    expect((await labelOne(path)).error).toMatch(/is longer than 1024 bytes/);
  });
});
