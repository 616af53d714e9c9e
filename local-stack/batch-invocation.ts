import { randomBytes } from 'node:crypto';
import type { InvocationSchema } from './batch-job-request.js';
import type { ManifestEntry } from './batch-manifest.js';

/**
 * One invocation of the job's function, as S3 Batch Operations sends it (one task per
 * invocation), and what the function's answer means for the task.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */

export interface BatchTaskV1 {
  taskId: string;
  s3Key: string;
  s3VersionId: string | null;
  s3BucketArn: string;
}

export interface BatchTaskV2 {
  taskId: string;
  s3Bucket: string;
  s3Key: string;
  s3VersionId: string | null;
}

export type BatchInvocationEvent =
  | {
      invocationSchemaVersion: '1.0';
      invocationId: string;
      job: { id: string };
      tasks: BatchTaskV1[];
    }
  | {
      invocationSchemaVersion: '2.0';
      invocationId: string;
      job: { id: string; userArguments?: Record<string, string> };
      tasks: BatchTaskV2[];
    };

export type ResultCode = 'Succeeded' | 'TemporaryFailure' | 'PermanentFailure';
const RESULT_CODES: readonly string[] = ['Succeeded', 'TemporaryFailure', 'PermanentFailure'];

/** What the invoker got back: the handler's return value, or its (unhandled) error. */
export type InvokeReply =
  { ok: true; payload: unknown } | { ok: false; errorType: string; errorMessage: string };

/**
 * A task's outcome after one invocation, with what the completion report says of it:
 * `httpStatusCode` and `errorCode` columns, and the result message.
 */
export interface TaskOutcome {
  resultCode: ResultCode;
  resultString: string;
  httpStatusCode: number;
  /** Empty for a success. */
  errorCode: string;
}

/** An opaque id, unique per invocation (S3 sends base64 of its own). */
export const newInvocationId = (): string => randomBytes(36).toString('base64url');

export function invocationEvent(
  schema: InvocationSchema,
  job: { id: string; userArguments?: Record<string, string> },
  task: { taskId: string; entry: ManifestEntry },
  invocationId: string,
): BatchInvocationEvent {
  const { bucket, key, versionId } = task.entry;
  if (schema === '1.0') {
    return {
      invocationSchemaVersion: '1.0',
      invocationId,
      job: { id: job.id },
      tasks: [
        {
          taskId: task.taskId,
          s3Key: key,
          s3VersionId: versionId,
          s3BucketArn: `arn:aws:s3:::${bucket}`,
        },
      ],
    };
  }
  return {
    invocationSchemaVersion: '2.0',
    invocationId,
    job: { id: job.id, ...(job.userArguments ? { userArguments: job.userArguments } : {}) },
    tasks: [{ taskId: task.taskId, s3Bucket: bucket, s3Key: key, s3VersionId: versionId }],
  };
}

/** The report's HTTP status for each result code the function answered with. */
const HTTP_STATUS: Record<ResultCode, number> = {
  Succeeded: 200,
  PermanentFailure: 400,
  TemporaryFailure: 500,
};

function answered(resultCode: ResultCode, resultString: string): TaskOutcome {
  return {
    resultCode,
    resultString,
    httpStatusCode: HTTP_STATUS[resultCode],
    errorCode: resultCode === 'Succeeded' ? '' : resultCode,
  };
}

/**
 * Invoke succeeded (200) but the function failed or answered nonsense: the task fails for good,
 * as S3 Batch Operations records a function error (`Lambda returned function error: ...`).
 */
function failedInvocation(resultString: string): TaskOutcome {
  return {
    resultCode: 'PermanentFailure',
    resultString,
    httpStatusCode: 200,
    errorCode: 'PermanentFailure',
  };
}

const invalidResponse = (why: string) =>
  failedInvocation(`Lambda returned an invalid response: ${why}`);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the function's answer to `event` means for its one task. */
export function outcomeOf(event: BatchInvocationEvent, reply: InvokeReply): TaskOutcome {
  if (!reply.ok) {
    const error = JSON.stringify({ errorType: reply.errorType, errorMessage: reply.errorMessage });
    return failedInvocation(`Lambda returned function error: ${error}`);
  }
  const response = reply.payload;
  if (!isRecord(response)) return invalidResponse('not a JSON object');
  if (response.invocationSchemaVersion !== event.invocationSchemaVersion) {
    return invalidResponse(
      `invocationSchemaVersion is ${JSON.stringify(response.invocationSchemaVersion ?? null)}, expected "${event.invocationSchemaVersion}"`,
    );
  }
  if (response.invocationId !== undefined && response.invocationId !== event.invocationId) {
    return invalidResponse('invocationId is not the invocation’s');
  }
  if (!Array.isArray(response.results)) return invalidResponse('results is not an array');
  const taskId = event.tasks[0]!.taskId;
  const result: unknown = response.results.find((r) => isRecord(r) && r.taskId === taskId);
  if (result === undefined) {
    // The response's own fallback for tasks it leaves out, PermanentFailure by default.
    const fallback = response.treatMissingKeysAs ?? 'PermanentFailure';
    if (typeof fallback !== 'string' || !RESULT_CODES.includes(fallback)) {
      return invalidResponse(`treatMissingKeysAs ${JSON.stringify(fallback)} is not a result code`);
    }
    return answered(fallback as ResultCode, `no result for task ${taskId}`);
  }
  const { resultCode, resultString } = result as Record<string, unknown>;
  if (typeof resultCode !== 'string' || !RESULT_CODES.includes(resultCode)) {
    return invalidResponse(`resultCode ${JSON.stringify(resultCode ?? null)} is not a result code`);
  }
  const text =
    resultString === undefined || resultString === null
      ? ''
      : typeof resultString === 'string'
        ? resultString
        : JSON.stringify(resultString);
  return answered(resultCode as ResultCode, text);
}
