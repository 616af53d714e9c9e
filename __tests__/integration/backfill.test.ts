import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  DescribeJobCommand,
  S3ControlClient,
  UpdateJobStatusCommand,
} from '@aws-sdk/client-s3-control';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBucket, createTable, s3Client, scanTable } from '../../local-stack/admin.js';
import { runBundledCli } from '../../local-stack/cli-runner.js';
import { makePng } from '../../local-stack/png.js';
import { s3ControlClientConfig } from '../../local-stack/s3-control.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';

/**
 * A backfill end to end, with no AWS: the bundled CLI lists a bucket of 500 images that were
 * never uploaded by the action, writes the manifest and creates the job; the local S3 Batch
 * Operations runs it once confirmed, invoking the bundled Lambda (dist/lambda) once per task.
 * Rekognition throttles 20% of all calls at random (the function's retries and pacer absorb
 * them), and answers 500 to every call for one image in five until each of those has answered
 * TemporaryFailure once; then the service recovers and S3 Batch Operations redrives them.
 * Every object must be labeled exactly once: accepted DetectLabels calls = objects, one item
 * each, every task Succeeded.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const ACCOUNT = '123456789012';
const FUNCTION = 'rekognition-prod-handler';
const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${FUNCTION}`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/${FUNCTION}-backfill`;
const SOURCE = 'course-library';
const REPORTS = 'rekognition-label-images';
const TABLE = 'prod_results';
const OBJECTS = 500;
/** Images whose every call fails with a 5xx until the runner has queued their redrive. */
const isHot = (i: number) => i % 5 === 0;
const imageOf = (i: number) => makePng(96, 96, { noise: true, seed: i + 1 });

const keyOf = (i: number) =>
  isHot(i) ? `library/hot/unit ${i % 7}/image+${i}.png` : `library/unit ${i % 7}/image+${i}.png`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let stack: LocalStack;
let control: S3ControlClient;
/** Opens the redrives; set when every hot task waits for its redrive. */
let openGate: () => void = () => {};
const gate: Promise<void> = new Promise((resolve) => (openGate = resolve));
let jobId = '';

/** The runner's redrive delay: held until every hot task answered TemporaryFailure. */
async function redriveDelay(): Promise<void> {
  const job = stack.batchOperations.job(jobId);
  const hot = job?.tasks.filter((task) => task.entry.key.includes(encodeURIComponent('hot'))) ?? [];
  if (hot.length > 0 && hot.every((task) => task.attempts >= 1 && task.status === 'waiting')) {
    // The service recovers for them before any is redriven.
    stack.emulator.config({ failNames: [] });
    openGate();
  }
  return gate;
}

async function createJob(extra: string[] = []): Promise<{ id: string; toLabel: number }> {
  const result = await runBundledCli(
    [
      'backfill',
      ...['--bucket', SOURCE, '--prefix', 'library/', '--environment', 'prod'],
      ...['--function-arn', FUNCTION_ARN, '--role-arn', ROLE_ARN, '--report-bucket', REPORTS],
      '--json',
      ...extra,
    ],
    stack.env,
  );
  expect(result.exitCode, result.stderr).toBe(0);
  const answer = JSON.parse(result.stdout) as { toLabel: number; job: { id: string } };
  // CreateJob answers before the job has read its manifest (as S3's does): wait for that, so a
  // loaded machine cannot leave it Preparing when the test confirms it.
  await stack.batchOperations.idle(answer.job.id);
  return { id: answer.job.id, toLabel: answer.toLabel };
}

async function confirmAndWait(id: string) {
  jobId = id;
  await control.send(
    new UpdateJobStatusCommand({ AccountId: ACCOUNT, JobId: id, RequestedJobStatus: 'Ready' }),
  );
  await stack.batchOperations.idle(id);
  const { Job } = await control.send(new DescribeJobCommand({ AccountId: ACCOUNT, JobId: id }));
  return Job!;
}

/** The completion report's rows: bucket, key, version, status, HTTP status, code, message. */
async function reportRows(id: string): Promise<string[][]> {
  const job = stack.batchOperations.job(id)!;
  const s3 = s3Client(stack);
  const manifest = await s3.send(
    new GetObjectCommand({
      Bucket: REPORTS,
      Key: `rekognition-backfill/prod/reports/job-${job.id}/manifest.json`,
    }),
  );
  const { Results } = JSON.parse(await manifest.Body!.transformToString()) as {
    Results: { Key: string }[];
  };
  const rows: string[][] = [];
  for (const { Key } of Results) {
    const csv = await s3.send(new GetObjectCommand({ Bucket: REPORTS, Key }));
    for (const line of (await csv.Body!.transformToString()).split('\n')) {
      if (line !== '') rows.push(line.split(','));
    }
  }
  return rows;
}

const accepted = () => stack.emulator.stats().succeededByOperation.DetectLabels ?? 0;

beforeAll(async () => {
  stack = await startLocalStack({
    github: false,
    emulator: {
      throttleRate: 0.2,
      seed: 7,
      // The function sends these images' bytes: the emulator knows them by their SHA-256.
      failNames: Array.from({ length: OBJECTS }, (_, i) => i)
        .filter(isHot)
        .map((i) => ({ match: sha256(imageOf(i)), error: 'InternalServerError' as const })),
    },
    lambda: {
      functions: [
        {
          name: FUNCTION,
          handler: join(ROOT, 'dist', 'lambda', 'index.js'),
          env: { DDB_TABLE_PROD: TABLE },
          s3: false,
          // 3 s before the handler's 5 s margin: a failing image gives up within seconds.
          timeoutMs: 8_000,
          concurrency: 10,
        },
      ],
      log: () => {},
    },
    batchOperations: { parallelism: 16, redriveAttempts: 3, sleep: redriveDelay },
  });
  control = new S3ControlClient(s3ControlClientConfig(stack.endpoints.s3Control, stack.region));
  await createBucket(stack, SOURCE);
  await createBucket(stack, REPORTS);
  await createTable(stack, TABLE);
  const s3 = s3Client(stack);
  for (let i = 0; i < OBJECTS; i++) {
    await s3.send(new PutObjectCommand({ Bucket: SOURCE, Key: keyOf(i), Body: imageOf(i) }));
  }
  // Left out by the CLI: not an image by extension, and a folder marker.
  await s3.send(new PutObjectCommand({ Bucket: SOURCE, Key: 'library/notes.txt', Body: 'x' }));
  await s3.send(new PutObjectCommand({ Bucket: SOURCE, Key: 'library/unit 1/', Body: '' }));
}, 120_000);

afterAll(async () => {
  control?.destroy();
  await stack?.stop();
});

describe('backfill of an existing bucket on the local S3 Batch Operations', () => {
  it('labels 500 objects exactly once with 20% throttling, every task Succeeded after redrive', async () => {
    const { id, toLabel } = await createJob();
    expect(toLabel).toBe(OBJECTS);
    expect(stack.batchOperations.job(id)!.status).toBe('Suspended');
    expect(accepted()).toBe(0);

    const job = await confirmAndWait(id);
    expect(job.Status).toBe('Complete');
    expect(job.ProgressSummary).toMatchObject({
      TotalNumberOfTasks: OBJECTS,
      NumberOfTasksSucceeded: OBJECTS,
      NumberOfTasksFailed: 0,
    });
    // Each image was labeled by one accepted call; throttled calls are not billed.
    expect(accepted()).toBe(OBJECTS);
    expect(stack.emulator.stats().throttled).toBeGreaterThan(OBJECTS / 5);

    // The hot fifth answered TemporaryFailure, were redriven, and then succeeded.
    const tasks = stack.batchOperations.job(id)!.tasks;
    const redriven = tasks.filter((task) => task.attempts > 1);
    expect(redriven.length).toBeGreaterThanOrEqual(OBJECTS / 5);
    expect(tasks.every((task) => task.status === 'succeeded')).toBe(true);

    const items = await scanTable(stack, TABLE);
    expect(items).toHaveLength(OBJECTS);
    expect(new Set(items.map((item) => item.filename!.S)).size).toBe(OBJECTS);
    const keys = new Set(Array.from({ length: OBJECTS }, (_, i) => keyOf(i)));
    for (const item of items) {
      // Outside {PREFIX}/{env}/, the item's filename is the object's key, decoded.
      expect(keys.has(item.filename!.S!)).toBe(true);
      expect(item.status!.S).toBe('labeled');
    }

    const rows = await reportRows(id);
    expect(rows).toHaveLength(OBJECTS);
    expect(rows.every((row) => row[3] === 'succeeded' && row[4] === '200')).toBe(true);
    expect(rows.filter((row) => row.at(-1)!.startsWith('labeled')).length).toBe(OBJECTS);
  }, 300_000);

  it('a second job over the same objects costs nothing: every task Succeeded as unchanged', async () => {
    const before = accepted();
    const { id } = await createJob();
    const job = await confirmAndWait(id);
    expect(job.ProgressSummary).toMatchObject({
      NumberOfTasksSucceeded: OBJECTS,
      NumberOfTasksFailed: 0,
    });
    expect(accepted()).toBe(before);
    const rows = await reportRows(id);
    expect(rows.every((row) => row.at(-1)!.startsWith('unchanged'))).toBe(true);
  }, 300_000);

  it('an object deleted after the manifest was written is a PermanentFailure, the rest unchanged', async () => {
    const { id } = await createJob();
    await s3Client(stack).send(new DeleteObjectCommand({ Bucket: SOURCE, Key: keyOf(1) }));
    const job = await confirmAndWait(id);
    expect(job.ProgressSummary).toMatchObject({
      NumberOfTasksSucceeded: OBJECTS - 1,
      NumberOfTasksFailed: 1,
    });
    const failed = (await reportRows(id)).filter((row) => row[3] === 'failed');
    expect(failed).toHaveLength(1);
    expect(decodeURIComponent(failed[0]![1]!.replace(/\+/g, ' '))).toBe(keyOf(1));
    expect(failed[0]!.join(',')).toMatch(/PermanentFailure/);
  }, 300_000);
});
