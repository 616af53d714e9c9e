import { type ArgumentsRead, readUserArguments } from './batch-arguments.js';
import { type ObjectEvent, decodeEventKey } from './s3-records.js';

/**
 * S3 Batch Operations' Invoke AWS Lambda operation, as it reaches the function
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html).
 */
export type BatchSchema = '1.0' | '2.0';

export interface BatchTaskV1 {
  taskId: string;
  /** URL-encoded, as in S3 event notifications (`+` is a space). */
  s3Key: string;
  s3VersionId?: string | null;
  /** `arn:aws:s3:::{bucket}` */
  s3BucketArn: string;
}

export interface BatchTaskV2 {
  taskId: string;
  s3Bucket: string;
  /** URL-encoded, as in S3 event notifications (`+` is a space). */
  s3Key: string;
  s3VersionId?: string | null;
}

export interface BatchInvocationV1 {
  invocationSchemaVersion: '1.0';
  invocationId: string;
  job: { id: string };
  tasks: BatchTaskV1[];
}

export interface BatchInvocationV2 {
  invocationSchemaVersion: '2.0';
  invocationId: string;
  job: { id: string; userArguments?: Record<string, string> };
  tasks: BatchTaskV2[];
}

export type S3BatchInvocation = BatchInvocationV1 | BatchInvocationV2;

export type BatchResultCode = 'Succeeded' | 'TemporaryFailure' | 'PermanentFailure';

export interface BatchTaskResult {
  taskId: string;
  resultCode: BatchResultCode;
  /** Lands in the job's CSV completion report. */
  resultString: string;
}

/** The answer S3 Batch Operations requires: one result per task, in the tasks' order. */
export interface S3BatchResponse {
  invocationSchemaVersion: BatchSchema;
  /** A task the response leaves out failed for good; this function answers every task. */
  treatMissingKeysAs: 'PermanentFailure';
  invocationId: string;
  results: BatchTaskResult[];
}

/** One task, read: the object it names, or why it names none (the task fails for good). */
export type TaskRead = { taskId: string } & (
  { ok: true; object: ObjectEvent } | { ok: false; reason: string; rawKey?: string }
);

/** An invocation, read: every task is answered from here on, whatever is wrong with it. */
export interface BatchJob {
  schema: BatchSchema;
  invocationId: string;
  jobId?: string;
  /** Schema 2.0's `userArguments`; schema 1.0 has none. */
  args: ArgumentsRead;
  tasks: TaskRead[];
}

/** An invocation that names no task this function could answer. */
export class BatchInvocationError extends Error {
  override name = 'BatchInvocationError';
}

/** Marks the object of a batch task in logs and reasons, as an event name would. */
export const BATCH_EVENT_NAME = 'S3BatchOperations:Invoke';

const EXPECTED =
  'an S3 Batch Operations invocation is {"invocationSchemaVersion": "1.0" or "2.0", ' +
  '"invocationId": "...", "job": {"id": "..."}, "tasks": [{"taskId": "...", ...}]}';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Whether the event is meant for the batch path: it says it is, whatever else is wrong. */
export function isBatchInvocation(event: unknown): boolean {
  return isObject(event) && 'invocationSchemaVersion' in event && 'tasks' in event;
}

/**
 * Reads an invocation. Throws only when there is nothing to answer: no supported schema, no
 * invocation id, or a task without a task id (a result names its task). Anything wrong within
 * a task or with the job's arguments becomes that task's PermanentFailure instead.
 */
export function readBatchInvocation(event: unknown): BatchJob {
  if (!isObject(event)) throw new BatchInvocationError(`Not an object: ${EXPECTED}.`);
  const schema = event.invocationSchemaVersion;
  if (schema !== '1.0' && schema !== '2.0') {
    throw new BatchInvocationError(
      `invocationSchemaVersion is ${JSON.stringify(schema)}; this function reads 1.0 and 2.0: ${EXPECTED}.`,
    );
  }
  if (!nonEmpty(event.invocationId)) {
    throw new BatchInvocationError(`invocationId is missing or empty: ${EXPECTED}.`);
  }
  if (!Array.isArray(event.tasks)) {
    throw new BatchInvocationError(`tasks is not an array: ${EXPECTED}.`);
  }
  const job = isObject(event.job) ? event.job : {};
  const tasks = event.tasks.map((task: unknown, index) => {
    if (!isObject(task) || !nonEmpty(task.taskId)) {
      throw new BatchInvocationError(
        `tasks[${index}] has no taskId, so no result can name it: ${EXPECTED}.`,
      );
    }
    return readTask(schema, task);
  });
  return {
    schema,
    invocationId: event.invocationId,
    ...(nonEmpty(job.id) ? { jobId: job.id } : {}),
    args: schema === '2.0' ? readUserArguments(job.userArguments) : { ok: true, args: {} },
    tasks,
  };
}

const BUCKET_ARN = /^arn:aws[a-z-]*:s3:::([^/:]+)$/;

function readTask(schema: BatchSchema, task: Record<string, unknown>): TaskRead {
  const taskId = task.taskId as string;
  const rawKey = task.s3Key;
  if (!nonEmpty(rawKey)) return { taskId, ok: false, reason: 's3Key is missing or empty' };
  const fail = (reason: string): TaskRead => ({ taskId, ok: false, reason, rawKey });
  let bucket: string;
  if (schema === '1.0') {
    const arn = BUCKET_ARN.exec(typeof task.s3BucketArn === 'string' ? task.s3BucketArn : '');
    if (!arn) {
      return fail(
        `s3BucketArn is ${JSON.stringify(task.s3BucketArn)}; expected arn:aws:s3:::{bucket}`,
      );
    }
    bucket = arn[1]!;
  } else {
    if (!nonEmpty(task.s3Bucket)) return fail('s3Bucket is missing or empty');
    bucket = task.s3Bucket;
  }
  const version = task.s3VersionId;
  if (version !== undefined && version !== null && typeof version !== 'string') {
    return fail(`s3VersionId is ${JSON.stringify(version)}; expected a version id or null`);
  }
  const key = decodeEventKey(rawKey);
  if (key === undefined) return fail(`the key ${JSON.stringify(rawKey)} is not URL-encoded`);
  return {
    taskId,
    ok: true,
    object: {
      bucket,
      key,
      rawKey,
      eventName: BATCH_EVENT_NAME,
      ...(nonEmpty(version) ? { versionId: version } : {}),
    },
  };
}
