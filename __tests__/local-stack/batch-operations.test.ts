import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BatchInvocationEvent, InvokeReply } from '../../local-stack/batch-invocation.js';
import { outcomeOf } from '../../local-stack/batch-invocation.js';
import type { BatchInvoker } from '../../local-stack/batch-invoker.js';
import {
  CSV_MANIFEST_FORMAT,
  type JobRequest,
  type ManifestField,
  REPORT_FORMAT,
} from '../../local-stack/batch-job-request.js';
import { ManifestError, parseManifest } from '../../local-stack/batch-manifest.js';
import {
  BatchOperations,
  type BatchOperationsOptions,
} from '../../local-stack/batch-operations.js';
import { REPORT_SCHEMA, reportRow } from '../../local-stack/batch-report.js';
import { BatchStorageError, type BatchStorage } from '../../local-stack/batch-storage.js';

/**
 * The local S3 Batch Operations without HTTP or processes: jobs against an in-memory S3 and a
 * scripted function, so parallelism, redrives, reports and status changes are checked exactly.
 */

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const FUNCTION = 'labeler';
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:000000000000:function:${FUNCTION}`;

const md5 = (body: string) => createHash('md5').update(body).digest('hex');

/** An S3 of a few objects; reads and writes are recorded. */
class MemoryStorage implements BatchStorage {
  readonly objects = new Map<string, { body: string; etag: string; contentType?: string }>();
  readonly buckets = new Set(['images', 'reports']);

  put(bucket: string, key: string, body: string): string {
    const etag = md5(body);
    this.objects.set(`${bucket}/${key}`, { body, etag });
    return etag;
  }

  text(bucket: string, key: string): string | undefined {
    return this.objects.get(`${bucket}/${key}`)?.body;
  }

  keys(bucket: string): string[] {
    return [...this.objects.keys()]
      .filter((k) => k.startsWith(`${bucket}/`))
      .map((k) => k.slice(bucket.length + 1));
  }

  async getObject(bucket: string, key: string) {
    const object = this.objects.get(`${bucket}/${key}`);
    if (!this.buckets.has(bucket))
      throw new BatchStorageError('NoSuchBucket', 404, `s3://${bucket}/${key}: NoSuchBucket`);
    if (!object) throw new BatchStorageError('NoSuchKey', 404, `s3://${bucket}/${key}: NoSuchKey`);
    return { body: object.body, etag: object.etag };
  }

  async putObject(bucket: string, key: string, body: string, contentType: string) {
    if (!this.buckets.has(bucket))
      throw new BatchStorageError('NoSuchBucket', 404, `s3://${bucket}/${key}: NoSuchBucket`);
    this.objects.set(`${bucket}/${key}`, { body, etag: md5(body), contentType });
  }
}

type Script = (event: BatchInvocationEvent, attempt: number) => InvokeReply;

/** A reply in S3 Batch Operations' shape for the event's one task. */
function reply(
  event: BatchInvocationEvent,
  resultCode: string,
  resultString = `${resultCode} ${event.tasks[0]!.s3Key}`,
): InvokeReply {
  return {
    ok: true,
    payload: {
      invocationSchemaVersion: event.invocationSchemaVersion,
      treatMissingKeysAs: 'PermanentFailure',
      invocationId: event.invocationId,
      results: [{ taskId: event.tasks[0]!.taskId, resultCode, resultString }],
    },
  };
}

const byKey: Script = (event, attempt) => {
  const key = event.tasks[0]!.s3Key;
  const temporary = /temp-(\d+)/.exec(key);
  if (key.includes('temp-always') || (temporary && attempt <= Number(temporary[1]))) {
    return reply(event, 'TemporaryFailure', `throttled ${attempt}`);
  }
  if (key.includes('perm')) return reply(event, 'PermanentFailure', `refused ${key}`);
  return reply(event, 'Succeeded', `labeled ${key}`);
};

/** The function: answers by `script`; can hold every call until the test releases it. */
class FakeLambda implements BatchInvoker {
  readonly events: BatchInvocationEvent[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly attempts = new Map<string, number>();
  private holding = false;
  private readonly held: (() => void)[] = [];
  private readonly arrivals: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly script: Script = byKey,
    private readonly names: string[] = [FUNCTION],
  ) {}

  exists(name: string): boolean {
    return this.names.includes(name);
  }

  async invoke(name: string, event: BatchInvocationEvent): Promise<InvokeReply> {
    expect(this.names).toContain(name);
    this.events.push(event);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    for (const arrival of this.arrivals.filter((a) => this.events.length >= a.count)) {
      arrival.resolve();
    }
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    this.inFlight--;
    const key = event.tasks[0]!.s3Key;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    return this.script(event, attempt);
  }

  hold(): void {
    this.holding = true;
  }

  /** Lets the oldest held call answer. */
  releaseOne(): void {
    this.held.shift()?.();
  }

  releaseAll(): void {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Resolves once `count` invocations have arrived in all. */
  arrived(count: number): Promise<void> {
    if (this.events.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.arrivals.push({ count, resolve }));
  }

  keys(): string[] {
    return this.events.map((event) => event.tasks[0]!.s3Key);
  }
}

/** Lets every pending promise callback run (the runner works in microtasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

interface Setup {
  ops: BatchOperations;
  storage: MemoryStorage;
  lambda: FakeLambda;
  sleeps: number[];
}

function setup(
  options: Partial<Omit<BatchOperationsOptions, 'storage' | 'invoker'>> = {},
  lambda = new FakeLambda(),
  invoker: BatchInvoker = lambda,
): Setup {
  const storage = new MemoryStorage();
  const sleeps: number[] = [];
  let time = 1_800_000_000_000;
  const ops = new BatchOperations({
    region: REGION,
    storage,
    invoker,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
    ...options,
  });
  return { ops, storage, lambda, sleeps };
}

/** A manifest of `keys` (already URL-encoded) in `images`, and the job's request for it. */
function requestFor(
  storage: MemoryStorage,
  lines: string[],
  overrides: Partial<JobRequest> = {},
  fields: ManifestField[] = ['Bucket', 'Key'],
): JobRequest {
  const key = `manifests/${randomUUID()}.csv`;
  const etag = storage.put('images', key, lines.map((line) => `${line}\n`).join(''));
  return {
    confirmationRequired: false,
    clientRequestToken: randomUUID(),
    priority: 10,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/batch`,
    lambdaInvoke: {
      functionArn: FUNCTION_ARN,
      schema: '2.0',
      userArguments: { environment: 'prod' },
    },
    manifest: {
      format: CSV_MANIFEST_FORMAT,
      fields,
      objectArn: `arn:aws:s3:::images/${key}`,
      bucket: 'images',
      key,
      etag: `"${etag}"`,
    },
    report: {
      enabled: true,
      bucketArn: 'arn:aws:s3:::reports',
      bucket: 'reports',
      prefix: 'out',
      format: REPORT_FORMAT,
      scope: 'AllTasks',
    },
    tags: [],
    ...overrides,
  };
}

const lines = (...keys: string[]) => keys.map((key) => `images,${key}`);

/** Creates the job and waits until it is at rest. */
async function runJob(s: Setup, request: JobRequest) {
  const id = s.ops.createJob(ACCOUNT, request);
  await s.ops.control.idle(id);
  return s.ops.control.job(id)!;
}

/** The completion report's manifest and its files' rows, by status. */
function reportOf(storage: MemoryStorage, jobId: string, prefix = 'out') {
  const base = prefix ? `${prefix}/job-${jobId}` : `job-${jobId}`;
  const manifest = JSON.parse(storage.text('reports', `${base}/manifest.json`) ?? 'null') as {
    Format: string;
    ReportSchema: string;
    Results: { TaskExecutionStatus: string; Bucket: string; MD5Checksum: string; Key: string }[];
  } | null;
  const rows: Record<string, string[]> = {};
  for (const result of manifest?.Results ?? []) {
    const body = storage.text('reports', result.Key)!;
    expect(md5(body)).toBe(result.MD5Checksum);
    rows[result.TaskExecutionStatus] = body.trimEnd().split('\n');
  }
  return { manifest, rows };
}

describe('BatchOperations: running a job', () => {
  it('invokes the function once per task, one task per invocation, and completes', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, lines('a.png', 'b%20c.png', 'd+e.png')));
    expect(job.status).toBe('Complete');
    expect(job).toMatchObject({ succeeded: 3, failed: 0 });
    expect(job.terminationDate).toBeInstanceOf(Date);
    expect(s.lambda.events).toHaveLength(3);
    expect(s.lambda.events.every((event) => event.tasks.length === 1)).toBe(true);
    // Keys reach the function as the manifest lists them: still URL-encoded.
    expect(s.lambda.keys().sort()).toEqual(['a.png', 'b%20c.png', 'd+e.png']);
    const taskIds = s.lambda.events.map((event) => event.tasks[0]!.taskId);
    expect(new Set(taskIds).size).toBe(3);
    expect(new Set(s.lambda.events.map((event) => event.invocationId)).size).toBe(3);
    expect(job.tasks.map((task) => [task.entry.key, task.attempts, task.status])).toEqual([
      ['a.png', 1, 'succeeded'],
      ['b%20c.png', 1, 'succeeded'],
      ['d+e.png', 1, 'succeeded'],
    ]);
  });

  it('sends schema 2.0 events with the bucket name and the user arguments', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, lines('photos/a%20b.png')));
    expect(s.lambda.events).toEqual([
      {
        invocationSchemaVersion: '2.0',
        invocationId: job.tasks[0]!.invocationIds[0],
        job: { id: job.id, userArguments: { environment: 'prod' } },
        tasks: [
          {
            taskId: job.tasks[0]!.taskId,
            s3Bucket: 'images',
            s3Key: 'photos/a%20b.png',
            s3VersionId: null,
          },
        ],
      },
    ]);
  });

  it('sends schema 1.0 events with the bucket ARN, and the version id when the manifest has one', async () => {
    const s = setup();
    const request = requestFor(
      s.storage,
      ['images,a.png,v1', 'images,b.png,'],
      { lambdaInvoke: { functionArn: FUNCTION_ARN, schema: '1.0' } },
      ['Bucket', 'Key', 'VersionId'],
    );
    const job = await runJob(s, request);
    expect(s.lambda.events.map((event) => ({ ...event, invocationId: 'x' }))).toEqual(
      job.tasks.map((task, i) => ({
        invocationSchemaVersion: '1.0',
        invocationId: 'x',
        job: { id: job.id },
        tasks: [
          {
            taskId: task.taskId,
            s3Key: ['a.png', 'b.png'][i],
            s3VersionId: ['v1', null][i],
            s3BucketArn: 'arn:aws:s3:::images',
          },
        ],
      })),
    );
  });

  it('never has more than `parallelism` invocations in flight', async () => {
    const s = setup({ parallelism: 3 });
    s.lambda.hold();
    const id = s.ops.createJob(ACCOUNT, requestFor(s.storage, lines(...'abcdefghij'.split(''))));
    await s.lambda.arrived(3);
    await settle();
    expect(s.lambda.heldCount).toBe(3);
    expect(s.lambda.events).toHaveLength(3);
    // One answers: exactly one more starts.
    s.lambda.releaseOne();
    await s.lambda.arrived(4);
    await settle();
    expect(s.lambda.events).toHaveLength(4);
    expect(s.lambda.heldCount).toBe(3);
    s.lambda.releaseAll();
    await s.ops.control.idle(id);
    expect(s.lambda.events).toHaveLength(10);
    expect(s.lambda.maxInFlight).toBe(3);
    expect(s.ops.control.job(id)!.maxInFlight).toBe(3);
  });

  it('redrives a TemporaryFailure after the delay, with the same task id, until it succeeds', async () => {
    const s = setup({ redriveAttempts: 3, redriveDelayMs: 250 });
    const job = await runJob(s, requestFor(s.storage, lines('x-temp-2.png')));
    const [task] = job.tasks;
    expect(task).toMatchObject({ attempts: 3, status: 'succeeded' });
    expect(task!.outcome).toEqual({
      resultCode: 'Succeeded',
      resultString: 'labeled x-temp-2.png',
      httpStatusCode: 200,
      errorCode: '',
    });
    expect(s.sleeps).toEqual([250, 250]);
    expect(s.lambda.events.map((event) => event.tasks[0]!.taskId)).toEqual([
      task!.taskId,
      task!.taskId,
      task!.taskId,
    ]);
    expect(new Set(task!.invocationIds).size).toBe(3);
    expect(job).toMatchObject({ status: 'Complete', succeeded: 1, failed: 0 });
  });

  it('fails a task that answers TemporaryFailure after 1 + redriveAttempts invocations', async () => {
    const s = setup({ redriveAttempts: 2, redriveDelayMs: 10 });
    const job = await runJob(s, requestFor(s.storage, lines('x-temp-always.png')));
    expect(job.tasks[0]).toMatchObject({ attempts: 3, status: 'failed' });
    expect(job.tasks[0]!.outcome).toEqual({
      resultCode: 'TemporaryFailure',
      resultString: 'throttled 3',
      httpStatusCode: 500,
      errorCode: 'TemporaryFailure',
    });
    expect(job).toMatchObject({ status: 'Complete', succeeded: 0, failed: 1 });
    expect(reportOf(s.storage, job.id).rows.failed).toEqual([
      'images,x-temp-always.png,,failed,500,TemporaryFailure,throttled 3',
    ]);
  });

  it('with redriveAttempts 0, a TemporaryFailure is final at once', async () => {
    const s = setup({ redriveAttempts: 0 });
    const job = await runJob(s, requestFor(s.storage, lines('x-temp-1.png')));
    expect(job.tasks[0]).toMatchObject({ attempts: 1, status: 'failed' });
    expect(s.sleeps).toEqual([]);
  });

  it('puts a redriven task at the back of the queue', async () => {
    const s = setup({ parallelism: 1, redriveDelayMs: 0 });
    await runJob(s, requestFor(s.storage, lines('t-temp-1.png', 'a.png', 'b.png')));
    expect(s.lambda.keys()).toEqual(['t-temp-1.png', 'a.png', 'b.png', 't-temp-1.png']);
  });

  it('records PermanentFailure with its result string, and does not invoke again', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, lines('a-perm.png', 'b.png')));
    expect(job).toMatchObject({ status: 'Complete', succeeded: 1, failed: 1 });
    expect(job.tasks[0]).toMatchObject({ attempts: 1, status: 'failed' });
    expect(job.tasks[0]!.outcome).toMatchObject({
      resultCode: 'PermanentFailure',
      resultString: 'refused a-perm.png',
      httpStatusCode: 400,
    });
  });

  it('fails a task whose function throws, or answers in the wrong shape, without a redrive', async () => {
    const script: Script = (event) => {
      const key = event.tasks[0]!.s3Key;
      if (key === 'throws.png') return { ok: false, errorType: 'TypeError', errorMessage: 'boom' };
      if (key === 'garbage.png') return { ok: true, payload: 'not an object' };
      return reply(event, 'Succeeded');
    };
    const s = setup({}, new FakeLambda(script));
    const job = await runJob(s, requestFor(s.storage, lines('throws.png', 'garbage.png')));
    expect(s.lambda.events).toHaveLength(2);
    expect(job.tasks.map((task) => task.outcome)).toEqual([
      {
        resultCode: 'PermanentFailure',
        resultString:
          'Lambda returned function error: {"errorType":"TypeError","errorMessage":"boom"}',
        httpStatusCode: 200,
        errorCode: 'PermanentFailure',
      },
      {
        resultCode: 'PermanentFailure',
        resultString: 'Lambda returned an invalid response: not a JSON object',
        httpStatusCode: 200,
        errorCode: 'PermanentFailure',
      },
    ]);
  });

  it('redrives a task whose Invoke call itself failed (a 5xx from Lambda)', async () => {
    let calls = 0;
    const lambda = new FakeLambda();
    const invoker: BatchInvoker = {
      exists: () => true,
      invoke: async (name, event) => {
        calls++;
        if (calls === 1) throw new Error('ServiceException: Lambda is unavailable');
        return lambda.invoke(name, event);
      },
    };
    const s = setup({ redriveDelayMs: 5 }, lambda, invoker);
    const job = await runJob(s, requestFor(s.storage, lines('a.png')));
    expect(job.tasks[0]).toMatchObject({ attempts: 2, status: 'succeeded' });
    expect(s.lambda.events).toHaveLength(1);
    expect(s.sleeps).toEqual([5]);
  });

  it('fails every task with ResourceNotFoundException when Lambda has no such function', async () => {
    for (const functionArn of [
      `arn:aws:lambda:${REGION}:000000000000:function:nobody`,
      `arn:aws:lambda:eu-west-3:000000000000:function:${FUNCTION}`,
      `arn:aws:lambda:${REGION}:000000000000:function:${FUNCTION}:live`,
    ]) {
      const s = setup();
      const request = requestFor(s.storage, lines('a.png', 'b.png'), {
        lambdaInvoke: { functionArn, schema: '1.0' },
      });
      const job = await runJob(s, request);
      expect(s.lambda.events).toEqual([]);
      expect(job).toMatchObject({ status: 'Complete', succeeded: 0, failed: 2 });
      expect(reportOf(s.storage, job.id).rows.failed).toEqual([
        `images,a.png,,failed,404,ResourceNotFoundException,Function not found: ${functionArn}`,
        `images,b.png,,failed,404,ResourceNotFoundException,Function not found: ${functionArn}`,
      ]);
    }
  });

  it('accepts the qualifier $LATEST and a bare function name', async () => {
    for (const functionArn of [`${FUNCTION_ARN}:$LATEST`, FUNCTION]) {
      const s = setup();
      const request = requestFor(s.storage, lines('a.png'), {
        lambdaInvoke: { functionArn, schema: '1.0' },
      });
      expect((await runJob(s, request)).succeeded).toBe(1);
    }
  });

  it('fails the job once more than the threshold of finished tasks failed', async () => {
    const s = setup({ parallelism: 1, failureThreshold: { minTasks: 4, rate: 0.5 } });
    const keys = ['a-perm', 'b-perm', 'c', 'd-perm', 'e', 'f', 'g'].map((k) => `${k}.png`);
    const job = await runJob(s, requestFor(s.storage, lines(...keys)));
    // After 4 tasks, 3 failed (75% > 50%): nothing more starts.
    expect(s.lambda.keys()).toEqual(keys.slice(0, 4));
    expect(job.status).toBe('Failed');
    expect(job.failureReasons).toEqual([
      {
        code: 'TaskFailureThresholdExceeded',
        reason: 'More than 50% of the 4 tasks that finished failed',
      },
    ]);
    expect(job.tasks.slice(4).map((task) => task.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    // The report lists the tasks that ran.
    const { rows } = reportOf(s.storage, job.id);
    expect([...rows.succeeded!, ...rows.failed!]).toHaveLength(4);
  });

  it('does not fail the job below minTasks, however many failed', async () => {
    const s = setup({ failureThreshold: { minTasks: 4, rate: 0.5 } });
    const job = await runJob(
      s,
      requestFor(s.storage, lines('a-perm.png', 'b-perm.png', 'c-perm.png')),
    );
    expect(job).toMatchObject({ status: 'Complete', failed: 3 });
  });
});

describe('BatchOperations: the manifest', () => {
  it('fails the job when the manifest ETag does not match, before any invocation', async () => {
    const s = setup();
    const request = requestFor(s.storage, lines('a.png'));
    request.manifest.etag = 'd41d8cd98f00b204e9800998ecf8427e';
    const job = await runJob(s, request);
    expect(job.status).toBe('Failed');
    expect(job.failureReasons).toEqual([
      {
        code: '400',
        reason: `Reading the manifest failed: the ETag of ${request.manifest.objectArn} is ${s.storage.objects.get(`images/${request.manifest.key}`)!.etag}, not the job's d41d8cd98f00b204e9800998ecf8427e`,
      },
    ]);
    expect(s.lambda.events).toEqual([]);
    expect(s.storage.keys('reports')).toEqual([]);
  });

  it('fails the job when the manifest object or its bucket does not exist', async () => {
    const s = setup();
    const missing = requestFor(s.storage, lines('a.png'));
    missing.manifest.key = 'nothing-here.csv';
    expect((await runJob(s, missing)).failureReasons).toEqual([
      {
        code: '404',
        reason: 'Reading the manifest failed: s3://images/nothing-here.csv: NoSuchKey',
      },
    ]);
    const noBucket = requestFor(s.storage, lines('a.png'));
    noBucket.manifest.bucket = 'elsewhere';
    expect((await runJob(s, noBucket)).failureReasons[0]!.reason).toContain('NoSuchBucket');
  });

  it('fails the job on a line whose fields do not match Fields, naming the line', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, ['images,a.png', 'images,b.png,extra']));
    expect(job.status).toBe('Failed');
    expect(job.failureReasons[0]!.reason).toBe(
      "Reading the manifest failed: line 2 has 3 fields; the job's Fields name 2 (Bucket,Key)",
    );
  });

  it('fails the job on an empty manifest', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, []));
    expect(job.failureReasons[0]!.reason).toBe('Reading the manifest failed: it lists no object');
  });

  it('parses quoted fields, Ignore columns, CRLF and blank lines', () => {
    const body = 'x,images,"a,""b"".png"\r\n\r\ny,images,c.png\n';
    expect(parseManifest(body, ['Ignore', 'Bucket', 'Key'])).toEqual([
      { bucket: 'images', key: 'a,"b".png', versionId: null },
      { bucket: 'images', key: 'c.png', versionId: null },
    ]);
    expect(() => parseManifest('images,"a.png\n', ['Bucket', 'Key'])).toThrow(ManifestError);
    expect(() => parseManifest('images,\n', ['Bucket', 'Key'])).toThrow(/line 1 has an empty/);
  });
});

describe('BatchOperations: confirmation, cancellation and idempotency', () => {
  it('holds a job that needs confirmation in Suspended until it is made Ready', async () => {
    const s = setup();
    const id = s.ops.createJob(
      ACCOUNT,
      requestFor(s.storage, lines('a.png', 'b.png'), { confirmationRequired: true }),
    );
    expect(['New', 'Preparing']).toContain(s.ops.control.job(id)!.status);
    await s.ops.control.idle(id);
    const job = s.ops.control.job(id)!;
    expect(job).toMatchObject({ status: 'Suspended', suspendedCause: 'AwaitingConfirmation' });
    expect(job.tasks).toHaveLength(2);
    expect(s.lambda.events).toEqual([]);
    expect(s.ops.updateJobStatus(ACCOUNT, id, 'Ready', 'looks right')).toBe('Ready');
    await s.ops.control.idle(id);
    expect(job).toMatchObject({
      status: 'Complete',
      succeeded: 2,
      statusUpdateReason: 'looks right',
    });
    // A finished job can be neither confirmed nor cancelled.
    expect(() => s.ops.updateJobStatus(ACCOUNT, id, 'Ready', undefined)).toThrow(
      expect.objectContaining({ code: 'JobStatusException' }),
    );
    expect(() => s.ops.updateJobStatus(ACCOUNT, id, 'Cancelled', undefined)).toThrow(
      expect.objectContaining({ code: 'JobStatusException' }),
    );
  });

  it('cancels a Suspended job without running a task', async () => {
    const s = setup();
    const id = s.ops.createJob(
      ACCOUNT,
      requestFor(s.storage, lines('a.png'), { confirmationRequired: true }),
    );
    await s.ops.control.idle(id);
    expect(s.ops.updateJobStatus(ACCOUNT, id, 'Cancelled', 'not now')).toBe('Cancelled');
    const job = s.ops.control.job(id)!;
    expect(job).toMatchObject({ status: 'Cancelled', statusUpdateReason: 'not now' });
    expect(job.terminationDate).toBeInstanceOf(Date);
    expect(s.lambda.events).toEqual([]);
    expect(s.storage.keys('reports')).toEqual([]);
  });

  it('cancels an Active job: tasks in flight finish, the rest never start', async () => {
    const s = setup({ parallelism: 2 });
    s.lambda.hold();
    const id = s.ops.createJob(
      ACCOUNT,
      requestFor(s.storage, lines('a.png', 'b.png', 'c.png', 'd.png')),
    );
    await s.lambda.arrived(2);
    expect(s.ops.updateJobStatus(ACCOUNT, id, 'Cancelled', undefined)).toBe('Cancelling');
    s.lambda.releaseAll();
    await s.ops.control.idle(id);
    const job = s.ops.control.job(id)!;
    expect(job).toMatchObject({ status: 'Cancelled', succeeded: 2, failed: 0 });
    expect(s.lambda.keys()).toEqual(['a.png', 'b.png']);
    expect(reportOf(s.storage, id).rows).toEqual({
      succeeded: [
        'images,a.png,,succeeded,200,,labeled a.png',
        'images,b.png,,succeeded,200,,labeled b.png',
      ],
    });
  });

  it('refuses other requested statuses', () => {
    const s = setup();
    const id = s.ops.createJob(ACCOUNT, requestFor(s.storage, lines('a.png')));
    expect(() => s.ops.updateJobStatus(ACCOUNT, id, 'Paused', undefined)).toThrow(
      expect.objectContaining({ code: 'InvalidRequest' }),
    );
  });

  it('answers the same job for a retried ClientRequestToken, and refuses it for another request', async () => {
    const s = setup();
    const request = requestFor(s.storage, lines('a.png'));
    const id = s.ops.createJob(ACCOUNT, request);
    expect(s.ops.createJob(ACCOUNT, structuredClone(request))).toBe(id);
    expect(() => s.ops.createJob(ACCOUNT, { ...request, priority: 11 })).toThrow(
      expect.objectContaining({ code: 'IdempotencyException' }),
    );
    // Tokens belong to an account.
    expect(s.ops.createJob('444455556666', request)).not.toBe(id);
    await s.ops.control.idle();
    expect(s.lambda.events).toHaveLength(2);
  });

  it('keeps accounts apart', async () => {
    const s = setup();
    const id = s.ops.createJob(ACCOUNT, requestFor(s.storage, lines('a.png')));
    expect(() => s.ops.describeJob('444455556666', id)).toThrow(
      expect.objectContaining({ code: 'NoSuchJob', status: 404 }),
    );
    expect(s.ops.listJobs('444455556666', {}).jobs).toEqual([]);
    await s.ops.control.idle();
  });
});

describe('BatchOperations: the completion report', () => {
  it('writes the results files and manifest.json under {Prefix}/job-{id}/', async () => {
    const s = setup();
    const job = await runJob(s, requestFor(s.storage, lines('a.png', 'b-perm.png', 'c%2Cd.png')));
    const { manifest, rows } = reportOf(s.storage, job.id);
    expect(manifest).toMatchObject({ Format: 'Report_CSV_20180820', ReportSchema: REPORT_SCHEMA });
    expect(manifest!.Results.map((r) => [r.TaskExecutionStatus, r.Bucket])).toEqual([
      ['succeeded', 'reports'],
      ['failed', 'reports'],
    ]);
    expect(manifest!.Results.every((r) => r.Key.startsWith(`out/job-${job.id}/results/`))).toBe(
      true,
    );
    expect(rows).toEqual({
      succeeded: [
        'images,a.png,,succeeded,200,,labeled a.png',
        'images,c%2Cd.png,,succeeded,200,,labeled c%2Cd.png',
      ],
      failed: ['images,b-perm.png,,failed,400,PermanentFailure,refused b-perm.png'],
    });
    const manifestObject = s.storage.objects.get(`reports/out/job-${job.id}/manifest.json`)!;
    expect(manifestObject.contentType).toBe('application/json');
  });

  it('with FailedTasksOnly and no prefix, writes only the failed tasks under job-{id}/', async () => {
    const s = setup();
    const request = requestFor(s.storage, lines('a.png', 'b-perm.png'), {
      report: {
        enabled: true,
        bucketArn: 'arn:aws:s3:::reports',
        bucket: 'reports',
        format: REPORT_FORMAT,
        scope: 'FailedTasksOnly',
      },
    });
    const job = await runJob(s, request);
    const { manifest, rows } = reportOf(s.storage, job.id, '');
    expect(manifest!.Results.map((r) => r.TaskExecutionStatus)).toEqual(['failed']);
    expect(rows).toEqual({
      failed: ['images,b-perm.png,,failed,400,PermanentFailure,refused b-perm.png'],
    });
  });

  it('writes nothing when the report is disabled', async () => {
    const s = setup();
    const job = await runJob(
      s,
      requestFor(s.storage, lines('a.png'), { report: { enabled: false } }),
    );
    expect(job.status).toBe('Complete');
    expect(s.storage.keys('reports')).toEqual([]);
  });

  it('fails the job when the report cannot be written', async () => {
    const s = setup();
    s.storage.buckets.delete('reports');
    const job = await runJob(s, requestFor(s.storage, lines('a.png')));
    expect(job.status).toBe('Failed');
    expect(job.succeeded).toBe(1);
    expect(job.failureReasons).toEqual([
      {
        code: '404',
        reason: expect.stringMatching(
          /^Writing the completion report failed: s3:\/\/reports\/out\/job-.+: NoSuchBucket$/,
        ),
      },
    ]);
  });

  it('quotes a field that holds a comma, a quote or a newline', () => {
    expect(
      reportRow({
        bucket: 'b',
        key: 'k',
        versionId: 'v',
        status: 'failed',
        httpStatusCode: 200,
        errorCode: 'PermanentFailure',
        resultString: 'say "hi",\nbye',
      }),
    ).toBe('b,k,v,failed,200,PermanentFailure,"say ""hi"",\nbye"');
  });
});

describe('BatchOperations: listing, idle and settings', () => {
  it('lists the newest job first, by status, a page at a time', async () => {
    const s = setup();
    const first = await runJob(s, requestFor(s.storage, lines('a.png')));
    const second = await runJob(
      s,
      requestFor(s.storage, lines('a.png'), { confirmationRequired: true }),
    );
    const third = await runJob(s, requestFor(s.storage, lines('a.png')));
    expect(s.ops.listJobs(ACCOUNT, {}).jobs.map((j) => j.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
    expect(s.ops.listJobs(ACCOUNT, { statuses: ['Suspended'] }).jobs.map((j) => j.id)).toEqual([
      second.id,
    ]);
    const page = s.ops.listJobs(ACCOUNT, { maxResults: 2 });
    expect(page.jobs.map((j) => j.id)).toEqual([third.id, second.id]);
    const rest = s.ops.listJobs(ACCOUNT, { maxResults: 2, nextToken: page.nextToken! });
    expect(rest).toEqual({ jobs: [first] });
    expect(() => s.ops.listJobs(ACCOUNT, { statuses: ['Running'] })).toThrow(
      expect.objectContaining({ code: 'InvalidRequest' }),
    );
  });

  it('idle() resolves at once with no job, and after every job otherwise', async () => {
    const s = setup();
    await s.ops.control.idle();
    s.lambda.hold();
    const id = s.ops.createJob(ACCOUNT, requestFor(s.storage, lines('a.png')));
    let idle = false;
    const waiting = s.ops.control.idle().then(() => (idle = true));
    await s.lambda.arrived(1);
    await settle();
    expect(idle).toBe(false);
    expect(s.ops.control.job(id)!.status).toBe('Active');
    s.lambda.releaseAll();
    await waiting;
    expect(s.ops.control.job(id)!.status).toBe('Complete');
  });

  it('stop() ends the waiting: idle() resolves and no new task starts', async () => {
    const s = setup({ parallelism: 1 });
    s.lambda.hold();
    const id = s.ops.createJob(ACCOUNT, requestFor(s.storage, lines('a.png', 'b.png')));
    await s.lambda.arrived(1);
    s.ops.stop();
    await s.ops.control.idle(id);
    s.lambda.releaseAll();
    await settle();
    expect(s.lambda.events).toHaveLength(1);
  });

  it('counts the time a job spends Active', async () => {
    let time = 0;
    const lambda = new FakeLambda((event) => {
      time += 2500;
      return reply(event, 'Succeeded');
    });
    const s = setup({ now: () => time }, lambda);
    const job = await runJob(s, requestFor(s.storage, lines('a.png', 'b.png')));
    expect(s.ops.activeSeconds(job)).toBe(5);
  });

  it('applies changed settings to the jobs that start after, and refuses bad ones', async () => {
    const s = setup();
    expect(s.ops.control.settings()).toEqual({
      parallelism: 20,
      redriveAttempts: 3,
      redriveDelayMs: 100,
      failureThreshold: { minTasks: 1000, rate: 0.5 },
    });
    expect(s.ops.control.settings({ redriveAttempts: 1 }).redriveAttempts).toBe(1);
    const job = await runJob(s, requestFor(s.storage, lines('a-temp-always.png')));
    expect(job.tasks[0]!.attempts).toBe(2);
    expect(() => s.ops.control.settings({ parallelism: 0 })).toThrow(
      /parallelism must be an integer >= 1/,
    );
    expect(() => setup({ failureThreshold: { minTasks: 1, rate: 2 } })).toThrow(
      /rate must be 0 to 1/,
    );
  });
});

describe('outcomeOf: reading the function’s answer', () => {
  const event: BatchInvocationEvent = {
    invocationSchemaVersion: '2.0',
    invocationId: 'inv-1',
    job: { id: 'job-1' },
    tasks: [{ taskId: 't1', s3Bucket: 'images', s3Key: 'a.png', s3VersionId: null }],
  };
  const payload = (extra: Record<string, unknown>) =>
    outcomeOf(event, {
      ok: true,
      payload: { invocationSchemaVersion: '2.0', invocationId: 'inv-1', ...extra },
    });

  it('uses treatMissingKeysAs for a task the response leaves out', () => {
    expect(payload({ results: [] })).toMatchObject({
      resultCode: 'PermanentFailure',
      httpStatusCode: 400,
    });
    expect(payload({ treatMissingKeysAs: 'Succeeded', results: [] })).toMatchObject({
      resultCode: 'Succeeded',
      resultString: 'no result for task t1',
    });
    expect(payload({ treatMissingKeysAs: 'Maybe', results: [] }).resultString).toBe(
      'Lambda returned an invalid response: treatMissingKeysAs "Maybe" is not a result code',
    );
  });

  it('refuses a response of another schema, invocation or result code', () => {
    const invalid = (extra: Record<string, unknown>) => payload(extra).resultString;
    expect(invalid({ invocationSchemaVersion: '1.0', results: [] })).toBe(
      'Lambda returned an invalid response: invocationSchemaVersion is "1.0", expected "2.0"',
    );
    expect(invalid({ invocationId: 'other', results: [] })).toMatch(/invocationId/);
    expect(invalid({ results: {} })).toMatch(/results is not an array/);
    expect(invalid({ results: [{ taskId: 't1', resultCode: 'Done' }] })).toMatch(
      /resultCode "Done" is not a result code/,
    );
  });

  it('keeps a result string, and writes any other value as JSON', () => {
    expect(
      payload({ results: [{ taskId: 't1', resultCode: 'Succeeded', resultString: { n: 1 } }] }),
    ).toEqual({
      resultCode: 'Succeeded',
      resultString: '{"n":1}',
      httpStatusCode: 200,
      errorCode: '',
    });
    expect(payload({ results: [{ taskId: 't1', resultCode: 'Succeeded' }] }).resultString).toBe('');
  });
});
