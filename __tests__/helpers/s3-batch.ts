import { encodeEventKey } from '../../local-stack/s3-event.js';
import type {
  BatchInvocationV1,
  BatchInvocationV2,
  BatchSchema,
  S3BatchInvocation,
} from '../../src/lambda/batch-job.js';

export interface BatchTaskOptions {
  /** The decoded key; the task carries it URL-encoded as S3 Batch Operations does. */
  key: string;
  bucket?: string;
  /** Absent by default; `null` as S3 Batch Operations sends for an unversioned manifest. */
  versionId?: string | null;
  /** `task-{n}` (its position) by default. */
  taskId?: string;
  /** Use this exact (already encoded) key instead, for malformed-key cases. */
  rawKey?: string;
}

export interface BatchInvocationOptions {
  schema: BatchSchema;
  tasks: BatchTaskOptions[];
  /** Schema 2.0 only. */
  userArguments?: Record<string, string>;
  invocationId?: string;
  jobId?: string;
}

export const BATCH_BUCKET = 'pixel-learning-images';

/** An S3 Batch Operations invocation of the given schema, as S3 builds it from a manifest. */
export function batchInvocation(
  options: BatchInvocationOptions & { schema: '1.0' },
): BatchInvocationV1;
export function batchInvocation(
  options: BatchInvocationOptions & { schema: '2.0' },
): BatchInvocationV2;
export function batchInvocation(options: BatchInvocationOptions): S3BatchInvocation;
export function batchInvocation(options: BatchInvocationOptions): S3BatchInvocation {
  const invocationId =
    options.invocationId ?? 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo';
  const id = options.jobId ?? 'f3cc4f60-61f6-4a2b-8a21-d07600c373ce';
  const common = (task: BatchTaskOptions, index: number) => ({
    taskId: task.taskId ?? `task-${index}`,
    s3Key: task.rawKey ?? encodeEventKey(task.key),
    ...(task.versionId !== undefined ? { s3VersionId: task.versionId } : {}),
  });
  if (options.schema === '1.0') {
    return {
      invocationSchemaVersion: '1.0',
      invocationId,
      job: { id },
      tasks: options.tasks.map((task, index) => ({
        ...common(task, index),
        s3BucketArn: `arn:aws:s3:::${task.bucket ?? BATCH_BUCKET}`,
      })),
    };
  }
  return {
    invocationSchemaVersion: '2.0',
    invocationId,
    job: { id, ...(options.userArguments ? { userArguments: options.userArguments } : {}) },
    tasks: options.tasks.map((task, index) => ({
      ...common(task, index),
      s3Bucket: task.bucket ?? BATCH_BUCKET,
    })),
  };
}
