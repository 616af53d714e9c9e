import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBucket, createTable, s3Client, scanTable } from '../../local-stack/admin.js';
import {
  type ActionRun,
  pullRequestEnv,
  pullRequestEvent,
  runBundledAction,
} from '../../local-stack/action-runner.js';
import { detectLabels, loadFixtures } from '../../local-stack/labels.js';
import { makePng } from '../../local-stack/png.js';
import { s3EventRecord } from '../../local-stack/s3-event.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';

/**
 * Issue "Never a wrong, lost or stale result", against the local stack with the bundled action
 * and Lambda: races made deterministic by holding one request at the service until the test
 * releases it, and faults injected by the services' own admin controls.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const BUCKET = 'pixel-learning-rekognition';
const FUNCTION = 'rekognition-beta-handler';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const fixtures = loadFixtures();
/** The labels the emulator gives these bytes at the default 70 / 10, as the item stores them. */
const labelsFor = (bytes: Buffer) =>
  detectLabels(fixtures, sha(bytes), { minConfidence: 70, maxLabels: 10 }).map((l) => ({
    Name: l.Name,
    Confidence: Math.round(l.Confidence * 100) / 100,
  }));

let stack: LocalStack;
let root: string;
let chelsea: Buffer;
let coffee: Buffer;

beforeAll(async () => {
  stack = await startLocalStack({
    lambda: {
      functions: [
        {
          name: FUNCTION,
          handler: 'dist/lambda/index.js',
          filter: { prefix: 'rekognition-input/beta/' },
          env: { DDB_TABLE_BETA: 'beta_results' },
        },
      ],
      log: () => {},
    },
  });
  await createBucket(stack, BUCKET);
  await createTable(stack, 'beta_results');
  root = await mkdtemp(join(tmpdir(), 'consistency-'));
  chelsea = await readFile(join(FIXTURES, 'chelsea.png'));
  coffee = await readFile(join(FIXTURES, 'coffee.png'));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  stack.emulator.reset();
  stack.dynamodb.reset();
  stack.s3.reset();
});

let workspaces = 0;
/** A fresh workspace holding `files` (path -> bytes). */
async function workspace(files: Record<string, Buffer>): Promise<string> {
  const dir = join(root, `ws-${++workspaces}`);
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  return dir;
}

function run(
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runBundledAction({
    workspace: dir,
    inputs: { environment: 'beta', table: 'beta_results', ...inputs },
    event: pullRequestEvent(12, 'head0000'),
    env: { ...stack.env, ...pullRequestEnv(12), ...env },
  });
}

const results = (r: ActionRun) => JSON.parse(r.outputs.results!) as Record<string, unknown>[];
const item = async (key: string) =>
  (await scanTable(stack, 'beta_results')).find((i) => i.filename?.S === key);

describe('case 1: two runs on one path at once', () => {
  it('the later observation wins the item; the other run reports its own labels, not stored', async () => {
    const key = 'rekognition-input/beta/images/logo.png';
    const a = await workspace({ 'images/logo.png': chelsea });
    const b = await workspace({ 'images/logo.png': coffee });
    // Run A's write waits at DynamoDB until run B has finished.
    stack.dynamodb.config({
      delays: [{ operation: 'PutItem', match: sha(chelsea), hold: true, count: 1 }],
    });
    const runA = run(a, { images: 'images/*.png', bucket: BUCKET });
    await stack.dynamodb.waitForHeld({ match: sha(chelsea) });
    const runB = await run(b, { images: 'images/*.png', bucket: BUCKET });
    expect(runB.exitCode).toBe(0);
    stack.dynamodb.release();
    const runADone = await runA;

    expect(runADone.exitCode).toBe(0);
    const [resultA] = results(runADone);
    expect(resultA).toMatchObject({ status: 'labeled', sha256: sha(chelsea) });
    expect(resultA!.note).toMatch(/^Not stored: table beta_results already holds a result/);
    expect(resultA!.labels).toEqual(
      labelsFor(chelsea).map((l) => ({ name: l.Name, confidence: l.Confidence })),
    );
    const stored = await item(key);
    expect(stored?.sha256).toEqual({ S: sha(coffee) });
    expect(JSON.parse(stored!.labels!.S!)).toEqual(labelsFor(coffee));
  });

  it("over 5 MB, a replacement between the upload and Rekognition's read is labeled again", async () => {
    const path = 'images/big.png';
    const key = `rekognition-input/beta/${path}`;
    const bigA = makePng(1400, 1400, { noise: true, seed: 11 });
    const bigB = makePng(1400, 1400, { noise: true, seed: 12 });
    expect(bigA.length).toBeGreaterThan(5 * 1024 * 1024);
    const a = await workspace({ [path]: bigA });
    const b = await workspace({ [path]: bigB });
    // Run A's DetectLabels waits before the emulator reads the object; run B replaces it.
    stack.emulator.config({ delays: [{ match: `s3-read:${key}`, hold: true, count: 1 }] });
    const runA = run(a, { images: path, bucket: BUCKET });
    await stack.emulator.waitForHeld();
    const runB = await run(b, { images: path, bucket: BUCKET });
    expect(results(runB)[0]).toMatchObject({ status: 'labeled', sha256: sha(bigB) });
    stack.emulator.release();
    const runADone = await runA;

    const [resultA] = results(runADone);
    expect(resultA).toMatchObject({ status: 'labeled', sha256: sha(bigA) });
    expect(resultA!.labels).toEqual(
      labelsFor(bigA).map((l) => ({ name: l.Name, confidence: l.Confidence })),
    );
    // A uploaded again after B: the object, the item and its labels are all A's.
    const stored = await item(key);
    expect(stored?.sha256).toEqual({ S: sha(bigA) });
    expect(JSON.parse(stored!.labels!.S!)).toEqual(labelsFor(bigA));
    const s3 = s3Client(stack);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    s3.destroy();
    expect(head.ETag).toBe(`"${stored!.etag!.S}"`);
  }, 60_000);
});

/** Puts `body` at `key` as the action's upload-only mode does, and lets the Lambda finish. */
async function upload(key: string, body: Buffer, wait = true) {
  const s3 = s3Client(stack);
  const put = await s3.send(
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: key,
      Body: body,
      Metadata: { sha256: sha(body), mode: 'upload-only' },
    }),
  );
  s3.destroy();
  if (wait) await stack.lambda!.idle();
  return put.ETag!.replace(/"/g, '');
}

/** Waits for a condition the stack reaches by itself (polling, bounded), not for a time. */
async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('case 2: the Lambda and a replaced object', () => {
  it("never stores v2's labels under v1: v1's event finds other bytes and leaves them to v2's", async () => {
    const key = 'rekognition-input/beta/replaced.png';
    // The Lambda's download of v1 waits at S3 until v2 has replaced it and been labeled.
    stack.s3.config({ delays: [{ method: 'GET', match: key, hold: true, count: 1 }] });
    await upload(key, chelsea, false);
    await stack.s3.waitForHeld({ match: key });
    await upload(key, coffee, false);
    // v2's own event is handled first, and its item written, while v1's read still waits.
    await until(async () => (await item(key))?.sha256?.S === sha(coffee));
    stack.s3.release();
    await stack.lambda!.idle();

    const stored = await item(key);
    expect(stored).toMatchObject({ status: { S: 'labeled' }, sha256: { S: sha(coffee) } });
    expect(JSON.parse(stored!.labels!.S!)).toEqual(labelsFor(coffee));
  });
});

describe('case 3: a stale event after a delete', () => {
  it("keeps v2's good item when v1's event is re-delivered after the object was deleted", async () => {
    const key = 'rekognition-input/beta/deleted.png';
    const v1 = await upload(key, chelsea);
    const firstEventTime = new Date(Date.now() - 60_000);
    await upload(key, coffee);
    const s3 = s3Client(stack);
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    s3.destroy();
    const stale = s3EventRecord({
      region: 'us-east-1',
      bucket: BUCKET,
      key,
      size: chelsea.length,
      eTag: v1,
      eventTime: firstEventTime,
    });
    await stack.lambda!.invoke(FUNCTION, { Records: [stale] });
    expect(await item(key)).toMatchObject({
      status: { S: 'labeled' },
      sha256: { S: sha(coffee) },
    });
  });
});

describe('cases 6, 8, 15 and 19: faults that must not fail an image or lose a result', () => {
  it('outlasts a 7-second DynamoDB 5xx burst: every image labeled and stored', async () => {
    const dir = await workspace({
      'images/a.png': chelsea,
      'images/b.png': coffee,
    });
    stack.dynamodb.config({
      failures: [{ operation: 'PutItem', error: 'InternalServerError', untilMs: 7000 }],
    });
    const done = await run(dir, { images: 'images/*.png' });
    expect(done.exitCode).toBe(0);
    expect(results(done).map((r) => r.status)).toEqual(['labeled', 'labeled']);
    expect(stack.dynamodb.stats().injectedFailures).toBeGreaterThan(2);
    for (const path of ['images/a.png', 'images/b.png']) {
      expect((await item(`rekognition-input/beta/${path}`))?.status).toEqual({ S: 'labeled' });
    }
  }, 60_000);

  it('outlasts a Rekognition 5xx burst longer than six attempts per image', async () => {
    const dir = await workspace({ 'images/a.png': chelsea, 'images/b.png': coffee });
    stack.emulator.config({ failureRate: 1 });
    const running = run(dir, { images: 'images/*.png' });
    let finished = false;
    void running.then(() => (finished = true));
    // The service comes back only after more failures than six attempts for each image.
    await until(async () => finished || stack.emulator.stats().failed5xx >= 14);
    stack.emulator.config({ failureRate: 0 });
    const done = await running;
    expect(results(done).map((r) => r.status)).toEqual(['labeled', 'labeled']);
  }, 60_000);

  it('retries a failing upload from the bytes it holds, with no SDK warning about streams', async () => {
    // Bytes no earlier case stored: the same bytes would be reused from the table, not uploaded.
    const dir = await workspace({
      'images/retry.png': makePng(200, 200, { noise: true, seed: 21 }),
    });
    stack.s3.config({
      failures: [{ method: 'PUT', match: 'retry.png', code: 'InternalError', count: 3 }],
    });
    const done = await run(dir, { images: 'images/*.png', bucket: BUCKET });
    expect(results(done)[0]).toMatchObject({ status: 'labeled' });
    expect(stack.s3.stats().injectedFailures).toBe(3);
    expect(done.stderr).not.toMatch(/non-retryable streaming request/);
  });

  it("uploads with a 245-character non-ASCII branch under S3's enforced 2 KB metadata limit", async () => {
    const branch = `feature/${'猫'.repeat(237)}`;
    const dir = await workspace({ 'images/cat.png': chelsea });
    const done = await run(
      dir,
      { images: 'images/*.png', bucket: BUCKET, mode: 'upload-only', 'wait-for-results': '60' },
      { GITHUB_HEAD_REF: branch },
    );
    expect(results(done)[0]).toMatchObject({ status: 'labeled' });
    expect(stack.s3.stats().metadataTooLarge).toBe(0);
    const stored = await item('rekognition-input/beta/images/cat.png');
    expect(stored?.branch?.S).toMatch(/^feature\/猫+…$/);
  }, 60_000);
});
