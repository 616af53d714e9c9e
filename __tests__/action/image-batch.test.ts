import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DetectLabelsCommand,
  DetectModerationLabelsCommand,
  RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import type { AwsClients } from '../../src/shared/clients.js';
import type { Clock } from '../../src/shared/clock.js';
import { PRE_CHECKS_AT_ONCE } from '../../src/action/image-batch.js';
import { REUSE_GARBAGE_BYTES } from '../../src/action/process-image.js';
import { labelAll } from '../helpers/label-all.js';
import { TaskQueue } from '../../src/action/task-queue.js';
import type { LabelPlan } from '../../src/action/run-plan.js';
import type { MemoryReclaimer } from '../../src/action/memory-reclaim.js';
import { toItem } from '../../src/shared/record.js';
import type { WorkspaceMatch } from '../../src/action/workspace-files.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { testPlan } from '../helpers/plan.js';
import { describeForAction } from '../../src/action/aws-error-text.js';
import { batchGetFromGetItem } from '../helpers/batch-get.js';

const s3Mock = mockClient(S3Client);
const ddbMock = mockClient(DynamoDBClient);
const rekMock = mockClient(RekognitionClient);

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
let workspace: string;
const file = (path: string): WorkspaceMatch => ({ path, absolutePath: join(workspace, path) });
const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(join(workspace, path)))
    .digest('hex');

/** A PNG header (magic + IHDR) padded to `size` bytes: enough for the pre-check, which reads headers only. */
function pngOfSize(width: number, height: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'label-images-'));
  const put = async (path: string, data: Buffer | string) => {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), data);
  };
  for (const name of ['chelsea.png', 'coffee.png', 'rocket.jpg', 'astronaut.png']) {
    await mkdir(join(workspace, 'images'), { recursive: true });
    await copyFile(join(FIXTURES, name), join(workspace, 'images', name));
  }
  await put('images/notes.jpg', 'this is not a picture');
  await put('images/big.png', pngOfSize(800, 600, 6 * 1024 * 1024));
  await put('images/tiny.png', pngOfSize(40, 40, 1024));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const clockAtNoon = () => fakeClock({ start: Date.UTC(2026, 10, 24, 12, 0, 0), random: 0.5 });

function plan(overrides: Partial<LabelPlan> = {}): LabelPlan {
  return testPlan(workspace, overrides);
}

function services(clock: Clock = clockAtNoon(), concurrency = 4) {
  const clients: AwsClients = {
    s3: new S3Client({ region: 'us-east-1' }),
    dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
    rekognition: new RekognitionClient({ region: 'us-east-1' }),
  };
  const caller = new AwsCaller(concurrency, clock, clock.now() + 60_000);
  return { clients, caller, clock, describe: describeForAction };
}

/** A reclaimer that records what it is told, and the file sizes it should be told. */
function recordingReclaimer() {
  const released: number[] = [];
  const reclaimer = { released: (bytes: number) => released.push(bytes) };
  return { released, reclaimer: reclaimer as unknown as MemoryReclaimer };
}
const sizesOf = (paths: string[]) =>
  Promise.all(paths.map(async (path) => (await readFile(join(workspace, path))).length));

const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

const catLabels = {
  Labels: [
    { Name: 'Pet', Confidence: 95.123456 },
    { Name: 'Cat', Confidence: 99.876543 },
  ],
  LabelModelVersion: '3.0',
};

beforeEach(() => {
  s3Mock.reset();
  ddbMock.reset();
  batchGetFromGetItem(ddbMock, () => new DynamoDBClient({ region: 'us-east-1' }));
  rekMock.reset();
  rekMock.on(DetectLabelsCommand).resolves(catLabels);
  s3Mock.on(PutObjectCommand).resolves({});
  ddbMock.on(GetItemCommand).resolves({});
  ddbMock.on(PutItemCommand).resolves({});
});

describe('direct mode, bytes', () => {
  it('tells the reclaimer how many image bytes each finished request let go of', async () => {
    const { released, reclaimer } = recordingReclaimer();
    await labelAll(
      [file('images/chelsea.png'), file('images/rocket.jpg')],
      plan(),
      { ...services(), reclaimer },
      { concurrency: 1 },
    );
    expect(released).toEqual(await sizesOf(['images/chelsea.png', 'images/rocket.jpg']));
  });

  it('sends the file bytes and reports labels sorted by confidence, rounded to 2 decimals', async () => {
    const { results } = await labelAll([file('images/chelsea.png')], plan(), services(), {
      concurrency: 2,
    });
    const bytes = await readFile(join(workspace, 'images/chelsea.png'));
    expect(rekMock).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: { Bytes: new Uint8Array(bytes) },
      MinConfidence: 70,
      MaxLabels: 10,
    });
    expect(s3Mock).not.toHaveReceivedCommand(PutObjectCommand);
    expect(ddbMock).not.toHaveReceivedAnyCommand();
    expect(results).toEqual([
      {
        path: 'images/chelsea.png',
        key: 'rekognition-input/beta/images/chelsea.png',
        environment: 'beta',
        status: 'labeled',
        labels: [
          { name: 'Cat', confidence: 99.88 },
          { name: 'Pet', confidence: 95.12 },
        ],
        sha256: await sha('images/chelsea.png'),
      },
    ]);
  });

  it('checks and hashes each image in its turn through the pre-check queue', async () => {
    const preChecks = new TaskQueue(1);
    let unblock = () => {};
    const blocker = preChecks.run(() => new Promise<void>((resolve) => (unblock = resolve)));
    const running = labelAll(
      [file('images/chelsea.png'), file('images/rocket.jpg')],
      plan(),
      { ...services(), preChecks },
      { concurrency: 2 },
    );
    for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    // The queue's one slot is taken: neither image was checked, so nothing was sent.
    expect(rekMock).not.toHaveReceivedAnyCommand();
    unblock();
    await blocker;
    const { results } = await running;
    expect(results.map((r) => r.status)).toEqual(['labeled', 'labeled']);
    expect(rekMock).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
  });

  it(`checks at most ${PRE_CHECKS_AT_ONCE} images at once when no queue is given`, async () => {
    const run = vi.spyOn(TaskQueue.prototype, 'run');
    try {
      const files = ['chelsea.png', 'coffee.png', 'rocket.jpg', 'astronaut.png'].map((name) =>
        file(`images/${name}`),
      );
      await labelAll(files, plan(), services(), { concurrency: 4 });
      expect(run).toHaveBeenCalledTimes(4);
      const queues = new Set(run.mock.contexts);
      expect(queues.size).toBe(1);
      const [queue] = [...queues] as TaskQueue[];
      expect(queue!.slots).toBe(PRE_CHECKS_AT_ONCE);
    } finally {
      run.mockRestore();
    }
  });

  it('refuses an image over 5 MB as bytes before any call, naming the file, the limit and the fix', async () => {
    const { results } = await labelAll([file('images/big.png')], plan(), services(), {
      concurrency: 1,
    });
    expect(results[0]!.status).toBe('failed');
    expect(results[0]!.error).toMatch(
      /images\/big\.png is 6,291,456 bytes \(6\.00 MiB\).*at most 5 MiB \(5,242,880 bytes\) as bytes.*`bucket`/,
    );
    expect(rekMock).not.toHaveReceivedAnyCommand();
  });
});

describe('direct mode with bucket and table', () => {
  const withStorage = () => plan({ bucket: 'pixel-bucket', table: 'beta_results' });

  it('tells the reclaimer of DetectLabels bodies only, not of uploads', async () => {
    const { released, reclaimer } = recordingReclaimer();
    await labelAll(
      [file('images/chelsea.png'), file('images/rocket.jpg')],
      withStorage(),
      { ...services(), reclaimer },
      { concurrency: 1 },
    );
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 2);
    expect(released).toEqual(await sizesOf(['images/chelsea.png', 'images/rocket.jpg']));
  });

  it('tells the reclaimer of a reuse by SHA-256 too, though no image body is sent', async () => {
    const digest = await sha('images/coffee.png');
    const donor = {
      filename: { S: 'rekognition-input/beta/images/old/coffee.png' },
      environment: { S: 'beta' },
      status: { S: 'labeled' },
      sha256: { S: digest },
      min_confidence: { N: '70' },
      max_labels: { N: '10' },
      labels: { S: '[{"Name":"Cup","Confidence":97.5}]' },
      observed_at: { N: String(Date.UTC(2026, 10, 20)) },
    };
    ddbMock.on(QueryCommand, { IndexName: 'sha256-index' }).resolves({ Items: [donor] });
    const { released, reclaimer } = recordingReclaimer();
    const { results } = await labelAll(
      [file('images/coffee.png')],
      withStorage(),
      { ...services(), reclaimer },
      { concurrency: 1 },
    );
    expect(results[0]).toMatchObject({ status: 'labeled', labels: [{ name: 'Cup' }] });
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(s3Mock).not.toHaveReceivedAnyCommand();
    expect(ddbMock).toHaveReceivedCommandWith(PutItemCommand, {
      Item: expect.objectContaining({ reused_from: { S: donor.filename.S } }),
    });
    expect(released).toEqual([REUSE_GARBAGE_BYTES]);
  });

  it('takes a request slot before image bytes on every path, so uploads and labeling never wait on each other', async () => {
    // One slot and room for one image's bytes: were the upload to take the bytes before its
    // slot while DetectLabels takes its slot before the bytes, two images would each hold what
    // the other waits for, and the run would never end.
    const clock = clockAtNoon();
    const caller = new AwsCaller(1, clock, clock.now() + 60_000, undefined, 1);
    const svc = { ...services(clock), caller };
    const files = ['images/chelsea.png', 'images/coffee.png', 'images/rocket.jpg'].map(file);
    const { results } = await labelAll(files, withStorage(), svc, { concurrency: 3 });
    expect(results.map((r) => r.status)).toEqual(['labeled', 'labeled', 'labeled']);
    expect(caller.imageBytes.inUse).toBe(0);
  });

  it('uploads with provenance metadata, sends the uploaded bytes themselves and writes the record', async () => {
    s3Mock
      .on(PutObjectCommand, { Key: 'rekognition-input/beta/images/rocket.jpg' })
      .resolves({ ETag: '"5d41402abc4b2a76b9719d911017c592"' });
    const { results } = await labelAll([file('images/rocket.jpg')], withStorage(), services(), {
      concurrency: 1,
    });
    const digest = await sha('images/rocket.jpg');
    expect(results[0]).toMatchObject({ status: 'labeled', sha256: digest });
    expect(s3Mock).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'pixel-bucket',
      Key: 'rekognition-input/beta/images/rocket.jpg',
      ContentType: 'image/jpeg',
      ContentLength: (await readFile(join(workspace, 'images/rocket.jpg'))).length,
      // S3 checks the body against the hash the bytes were verified with.
      ChecksumSHA256: Buffer.from(digest, 'hex').toString('base64'),
      Metadata: {
        sha256: digest,
        mode: 'direct',
        repository: 'pixel-learning/course-images',
        branch: 'feature/cats',
        commit: 'abc123',
        'run-id': '42',
        'pull-request': '7',
      },
    });
    // Under 5 MB Rekognition gets the bytes that were hashed and uploaded, never the key, which
    // another run may have overwritten in between.
    const uploaded = s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input.Body as Buffer;
    expect(uploaded.equals(await readFile(join(workspace, 'images/rocket.jpg')))).toBe(true);
    const sent = rekMock.commandCalls(DetectLabelsCommand)[0]!.args[0].input.Image!;
    expect(sent.S3Object).toBeUndefined();
    expect(Buffer.from(sent.Bytes!).equals(uploaded)).toBe(true);
    const put = ddbMock.commandCalls(PutItemCommand)[0]!.args[0].input;
    expect(put.TableName).toBe('beta_results');
    expect(put.Item).toEqual(
      toItem({
        filename: 'rekognition-input/beta/images/rocket.jpg',
        timestamp: '2026-11-24T12:00:00Z',
        environment: 'beta',
        branch: 'feature/cats',
        labels: [
          { name: 'Cat', confidence: 99.88 },
          { name: 'Pet', confidence: 95.12 },
        ],
        expiresAt: Date.UTC(2026, 10, 24, 12) / 1000 + 168 * 3600,
        status: 'labeled',
        sha256: digest,
        minConfidence: 70,
        maxLabels: 10,
        modelVersion: '3.0',
        source: 'action',
        commit: 'abc123',
        repository: 'pixel-learning/course-images',
        runId: '42',
        pullRequest: 7,
        bucket: 'pixel-bucket',
        etag: '5d41402abc4b2a76b9719d911017c592',
        observedAt: Date.UTC(2026, 10, 24, 12),
      }),
    );
  });

  it('reuses an unchanged item: no upload, no Rekognition call, no write', async () => {
    const digest = await sha('images/coffee.png');
    ddbMock
      .on(GetItemCommand, { Key: { filename: { S: 'rekognition-input/beta/images/coffee.png' } } })
      .resolves({
        Item: {
          filename: { S: 'rekognition-input/beta/images/coffee.png' },
          status: { S: 'labeled' },
          sha256: { S: digest },
          min_confidence: { N: '70' },
          max_labels: { N: '10' },
          labels: { S: '[{"Name":"Cup","Confidence":97.5}]' },
        },
      });
    const { results } = await labelAll([file('images/coffee.png')], withStorage(), services(), {
      concurrency: 1,
    });
    expect(results[0]).toMatchObject({
      status: 'labeled',
      cached: true,
      labels: [{ name: 'Cup', confidence: 97.5 }],
    });
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(s3Mock).not.toHaveReceivedAnyCommand();
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });

  it('labels again when the stored item used other settings', async () => {
    const digest = await sha('images/coffee.png');
    ddbMock.on(GetItemCommand).resolves({
      Item: {
        status: { S: 'labeled' },
        sha256: { S: digest },
        min_confidence: { N: '70' },
        max_labels: { N: '5' },
        labels: { S: '[]' },
      },
    });
    const { results } = await labelAll([file('images/coffee.png')], withStorage(), services(), {
      concurrency: 1,
    });
    expect(results[0]!.cached).toBeUndefined();
    expect(rekMock).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
  });

  it('records a corrupt image as failed, without a Rekognition call, and labels the rest', async () => {
    const files = ['images/chelsea.png', 'images/notes.jpg', 'images/tiny.png'].map(file);
    const { results } = await labelAll(files, withStorage(), services(), { concurrency: 3 });
    expect(results.map((r) => r.status)).toEqual(['labeled', 'failed', 'failed']);
    expect(results[1]!.error).toMatch(
      /^images\/notes\.jpg: .*not a JPEG or PNG.*accepts only JPEG and PNG/,
    );
    expect(results[2]!.error).toMatch(/images\/tiny\.png is 40x40 px; .*between 80 and 10,000 px/);
    expect(rekMock).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    const failedItem = ddbMock
      .commandCalls(PutItemCommand)
      .map((c) => c.args[0].input.Item!)
      .find((item) => item.filename?.S === 'rekognition-input/beta/images/notes.jpg');
    expect(failedItem).toMatchObject({
      status: { S: 'failed' },
      error: { S: results[1]!.error },
      labels: { S: '[]' },
      label_names: { L: [] },
      sha256: { S: await sha('images/notes.jpg') },
    });
    expect(failedItem!.bucket).toBeUndefined();
  });
});

describe('faults', () => {
  it('retries a throttled image until it is labeled, with backoff, while the others go on', async () => {
    const chelseaBytes = new Uint8Array(await readFile(join(workspace, 'images/chelsea.png')));
    let throttles = 0;
    rekMock.on(DetectLabelsCommand).callsFake((input) => {
      const bytes = input.Image.Bytes as Uint8Array;
      if (Buffer.from(bytes).equals(Buffer.from(chelseaBytes)) && throttles < 3) {
        throttles++;
        throw awsError('ThrottlingException', 400);
      }
      return catLabels;
    });
    const clock = clockAtNoon();
    const svc = services(clock);
    const files = ['images/chelsea.png', 'images/coffee.png', 'images/rocket.jpg'].map(file);
    const { results } = await labelAll(files, plan(), svc, { concurrency: 3 });
    expect(results.map((r) => r.status)).toEqual(['labeled', 'labeled', 'labeled']);
    expect(svc.caller.stats).toEqual({ requests: 6, throttled: 3, retried: 3 });
    // Billed calls are the successful ones only.
    expect(svc.caller.succeeded).toEqual({ 'rekognition:DetectLabels': 3 });
    // The backoff doubles (random 0.5 of 200, 400, 800 ms). Whether the pacer also spaces the
    // retries depends on how many of the other images were in flight when the first throttle
    // came, so its waits, if any, are not part of this assertion.
    expect(clock.sleeps.filter((ms) => [100, 200, 400].includes(ms))).toEqual([100, 200, 400]);
  });

  it('gives up on persistent 5xx after the retry budget and fails only that image', async () => {
    const chelsea = await readFile(join(workspace, 'images/chelsea.png'));
    rekMock.on(DetectLabelsCommand).callsFake((input) => {
      if (chelsea.equals(Buffer.from(input.Image.Bytes as Uint8Array)))
        throw awsError('InternalServerError', 500);
      return catLabels;
    });
    const svc = services();
    const { results, aborted } = await labelAll(
      ['images/chelsea.png', 'images/coffee.png'].map(file),
      plan({ table: 'beta_results' }),
      svc,
      { concurrency: 2 },
    );
    expect(aborted).toBeUndefined();
    expect(results[0]).toMatchObject({ status: 'failed' });
    expect(results[0]!.error).toMatch(/rekognition:DetectLabels failed: InternalServerError/);
    expect(results[1]!.status).toBe('labeled');
    // Retried for the whole transient budget (60 s of the fake clock), then given up.
    expect(svc.caller.stats.retried).toBeGreaterThan(20);
    // A service error is not the image's fault: no failed record overwrites older labels.
    const written = ddbMock
      .commandCalls(PutItemCommand)
      .map((c) => c.args[0].input.Item!.filename!.S);
    expect(written).toEqual(['rekognition-input/beta/images/coffee.png']);
  });

  it('fails each denied image with the denied action and resource, and goes on with the rest', async () => {
    const chelsea = await readFile(join(workspace, 'images/chelsea.png'));
    rekMock.on(DetectLabelsCommand).callsFake((input) => {
      if (chelsea.equals(Buffer.from(input.Image.Bytes as Uint8Array)))
        throw awsError('AccessDeniedException', 400);
      return catLabels;
    });
    const files = ['images/chelsea.png', 'images/coffee.png', 'images/notes.jpg'].map(file);
    const { results, aborted } = await labelAll(
      files,
      plan({ bucket: 'pixel-bucket', table: 'beta_results' }),
      services(),
      { concurrency: 1 },
    );
    expect(aborted).toBeUndefined();
    expect(results.map((r) => r.status)).toEqual(['failed', 'labeled', 'failed']);
    expect(results[0]!.error).toBe(
      'AccessDenied: rekognition:DetectLabels on s3://pixel-bucket/rekognition-input/beta/images/chelsea.png was denied. ' +
        'Allow rekognition:DetectLabels on that resource in the role that made the request (see "IAM permissions" in the README).',
    );
    // The bad image still gets its own pre-check reason.
    expect(results[2]!.error).toMatch(/not a JPEG or PNG/);
    // A denial is not the image's fault: no failed item replaces earlier labels.
    const written = ddbMock
      .commandCalls(PutItemCommand)
      .map((c) => c.args[0].input.Item!.filename!.S);
    expect(written).toEqual([
      'rekognition-input/beta/images/coffee.png',
      'rekognition-input/beta/images/notes.jpg',
    ]);
  });

  it('stops starting images when the table does not exist: every write would fail the same way', async () => {
    ddbMock.on(GetItemCommand).rejects(awsError('ResourceNotFoundException', 400));
    const files = ['images/astronaut.png', 'images/chelsea.png', 'images/coffee.png'].map(file);
    const { results, aborted } = await labelAll(
      files,
      plan({ table: 'beta_results' }),
      services(),
      { concurrency: 1 },
    );
    expect(aborted).toMatch(/table beta_results does not exist in this region/);
    expect(results.map((r) => r.status)).toEqual(['failed', 'skipped', 'skipped']);
    expect(results[1]!.error).toMatch(/^not attempted/);
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 1);
    expect(rekMock).not.toHaveReceivedAnyCommand();
  });

  it('keeps the sentence when the file vanishes between the pre-check and the request', async () => {
    await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images', 'fleeting.png'));
    ddbMock.on(GetItemCommand).callsFake(async () => {
      await rm(join(workspace, 'images', 'fleeting.png'));
      return {};
    });
    const { results } = await labelAll(
      [file('images/fleeting.png')],
      plan({ table: 'beta_results' }),
      services(),
      { concurrency: 1 },
    );
    expect(results[0]!.error).toBe(
      'images/fleeting.png could not be read: it no longer exists (deleted after the globs were matched?) (ENOENT).',
    );
    expect(rekMock).not.toHaveReceivedAnyCommand();
  });

  it('says so when even the failed item cannot be written', async () => {
    ddbMock.on(PutItemCommand).rejects(awsError('AccessDeniedException', 400));
    const { results } = await labelAll(
      [file('images/notes.jpg')],
      plan({ table: 'beta_results' }),
      services(),
      { concurrency: 1 },
    );
    expect(results[0]!.error).toMatch(
      /^images\/notes\.jpg: .*accepts only JPEG and PNG\. The failed item was not written: AccessDenied: dynamodb:PutItem on table beta_results was denied\./,
    );
  });

  it('fails a file that vanished after matching with a sentence, not a syscall dump', async () => {
    const { results } = await labelAll([file('images/gone.png')], plan(), services(), {
      concurrency: 1,
    });
    expect(results[0]!.status).toBe('failed');
    expect(results[0]!.error).toBe(
      'images/gone.png could not be read: it no longer exists (deleted after the globs were matched?) (ENOENT).',
    );
  });

  it('keeps at most `concurrency` images in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    rekMock.on(DetectLabelsCommand).callsFake(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return catLabels;
    });
    const names = [
      'images/astronaut.png',
      'images/chelsea.png',
      'images/coffee.png',
      'images/rocket.jpg',
    ];
    const files = [...names, ...names, ...names].map(file);
    // The request limit (100) is far above the image limit, so only the workers bound it.
    const { results } = await labelAll(files, plan(), services(clockAtNoon(), 100), {
      concurrency: 2,
    });
    expect(results.every((r) => r.status === 'labeled')).toBe(true);
    expect(peak).toBe(2);
  });
});

describe('upload-only mode', () => {
  it('uploads every image with metadata and calls nothing else', async () => {
    const { results } = await labelAll(
      ['images/chelsea.png', 'images/rocket.jpg'].map(file),
      plan({ mode: 'upload-only', bucket: 'pixel-bucket' }),
      services(),
      { concurrency: 2 },
    );
    expect(results.map((r) => r.status)).toEqual(['uploaded', 'uploaded']);
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 2);
    expect(s3Mock).toHaveReceivedCommandWith(PutObjectCommand, {
      Key: 'rekognition-input/beta/images/chelsea.png',
      ContentType: 'image/png',
      Metadata: expect.objectContaining({ mode: 'upload-only' }),
    });
    expect(rekMock).not.toHaveReceivedAnyCommand();
    expect(ddbMock).not.toHaveReceivedAnyCommand();
  });

  it('with a table, skips the upload of an image the Lambda already labeled', async () => {
    const digest = await sha('images/chelsea.png');
    ddbMock
      .on(GetItemCommand, { Key: { filename: { S: 'rekognition-input/beta/images/chelsea.png' } } })
      .resolves({
        Item: {
          status: { S: 'labeled' },
          sha256: { S: digest },
          min_confidence: { N: '70' },
          max_labels: { N: '10' },
          labels: { S: '[{"Name":"Cat","Confidence":99}]' },
        },
      });
    const { results } = await labelAll(
      ['images/chelsea.png', 'images/rocket.jpg'].map(file),
      plan({ mode: 'upload-only', bucket: 'pixel-bucket', table: 'beta_results' }),
      services(),
      { concurrency: 1 },
    );
    expect(results.map((r) => [r.status, r.cached])).toEqual([
      ['labeled', true],
      ['uploaded', undefined],
    ]);
    expect(s3Mock).toHaveReceivedCommandTimes(PutObjectCommand, 1);
    expect(s3Mock).toHaveReceivedCommandWith(PutObjectCommand, {
      Key: 'rekognition-input/beta/images/rocket.jpg',
    });
    expect(ddbMock).not.toHaveReceivedCommand(PutItemCommand);
  });

  it('accepts up to 15 MB because the Lambda reads from S3', async () => {
    const { results } = await labelAll(
      [file('images/big.png')],
      plan({ mode: 'upload-only', bucket: 'pixel-bucket' }),
      services(),
      { concurrency: 1 },
    );
    expect(results[0]!.status).toBe('uploaded');
  });
});

describe('moderation', () => {
  const moderation = { minConfidence: 50, adapter: '' };
  const weapons = {
    ModerationLabels: [
      { Name: 'Violence', ParentName: '', TaxonomyLevel: 1, Confidence: 90 },
      { Name: 'Weapons', ParentName: 'Violence', TaxonomyLevel: 2, Confidence: 90 },
    ],
    ModerationModelVersion: '7.0',
  };

  it('calls both features on the same bytes, judges the answer and stores it', async () => {
    rekMock.on(DetectModerationLabelsCommand).resolves(weapons);
    const { BUILT_IN_POLICY } = await import('../../src/action/moderation-policy.js');
    const svc = services();
    const { results } = await labelAll(
      [file('images/rocket.jpg')],
      plan({ table: 't', moderation, policy: BUILT_IN_POLICY }),
      svc,
      { concurrency: 2 },
    );
    expect(results[0]).toMatchObject({ status: 'labeled', moderation: { verdict: 'warn' } });
    const bytes = await readFile(join(workspace, 'images/rocket.jpg'));
    expect(rekMock).toHaveReceivedCommandWith(DetectModerationLabelsCommand, {
      Image: { Bytes: new Uint8Array(bytes) },
      MinConfidence: 50,
    });
    const item = ddbMock.commandCalls(PutItemCommand)[0]!.args[0].input.Item!;
    expect(JSON.parse(item.moderation_labels!.S!)).toHaveLength(2);
    expect(svc.caller.succeeded).toMatchObject({
      'rekognition:DetectLabels': 1,
      'rekognition:DetectModerationLabels': 1,
    });
  });

  it.each([
    ['AccessDeniedException', 400],
    ['InvalidParameterException', 400],
  ])(
    'a moderation failure (%s) keeps and stores the paid labels, never a failed item',
    async (name, status) => {
      rekMock.on(DetectModerationLabelsCommand).rejects(awsError(name, status));
      const { BUILT_IN_POLICY } = await import('../../src/action/moderation-policy.js');
      const { results } = await labelAll(
        [file('images/rocket.jpg')],
        plan({ table: 't', moderation, policy: BUILT_IN_POLICY }),
        services(),
        { concurrency: 2 },
      );
      expect(results[0]!.status).toBe('failed');
      expect(results[0]!.error).toMatch(/^labeled, not moderated: /);
      expect(results[0]!.labels.map((l) => l.name)).toEqual(['Cat', 'Pet']);
      const puts = ddbMock.commandCalls(PutItemCommand).map((c) => c.args[0].input.Item!);
      expect(puts).toHaveLength(1);
      expect(puts[0]!.status).toEqual({ S: 'labeled' });
      expect(puts[0]!.moderation_labels).toBeUndefined();
    },
  );
});
