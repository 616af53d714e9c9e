import { forEachAtOnce } from '../shared/at-once.js';
import { classifyError, errorMessage } from '../shared/aws-errors.js';
import type { Services } from '../shared/services.js';
import type { BatchArguments } from './batch-arguments.js';
import { CallTimes, DeadlineGuardedCaller } from './batch-deadline.js';
import type {
  BatchJob,
  BatchResultCode,
  BatchTaskResult,
  S3BatchResponse,
  TaskRead,
} from './batch-job.js';
import { type TaskAnswer, resultString, taskAnswer } from './batch-result.js';
import {
  type Invocation,
  type LambdaRuntime,
  invocationDeadline,
  invocationServices,
} from './handle-event.js';
import type { LogFields, Logger } from './logger.js';
import { type ObjectOutcome, processObject } from './process-object.js';
import { type Route, routeKey, routeKeyTo } from './route.js';

/** The execution environment's state, and what the batch path learns across its invocations. */
export interface BatchRuntime extends LambdaRuntime {
  /** How long Rekognition calls take here: what the deadline guard expects the next to need. */
  callTimes: CallTimes;
}

/** The scope of the calls the deadline guard holds back: Rekognition's, slow and paid for. */
const GUARDED_SCOPE = 'rekognition';

const OUT_OF_TIME =
  "not started: the invocation's time ran out; S3 Batch Operations redrives the task";

/** What one task came to: the answer for S3 Batch Operations, and what the log line adds. */
interface TaskDone {
  answer: TaskAnswer;
  fields: LogFields;
}

/**
 * Answers every task of an S3 Batch Operations invocation with the same labeling as an upload's
 * event (processObject), never by throwing: a task's problem is its result. Tasks run at the
 * runtime's record concurrency; S3 Batch Operations sends one per invocation today.
 */
export async function handleBatchJob(
  job: BatchJob,
  invocation: Invocation,
  runtime: BatchRuntime,
): Promise<S3BatchResponse> {
  const log = runtime.log.with({
    requestId: invocation.requestId,
    invocationId: job.invocationId,
    ...(job.jobId ? { jobId: job.jobId } : {}),
  });
  const { clock } = runtime;
  const deadline = invocationDeadline(clock, invocation.remainingMs);
  const caller = new DeadlineGuardedCaller({
    maxInFlight: runtime.recordConcurrency * 2,
    clock,
    deadline,
    policy: runtime.retryPolicy,
    ...(runtime.pacers ? { pacers: runtime.pacers } : {}),
    times: runtime.callTimes,
    scope: GUARDED_SCOPE,
  });
  const services = invocationServices(runtime, caller);
  const results: BatchTaskResult[] = [];
  const counts: Record<BatchResultCode, number> = {
    Succeeded: 0,
    TemporaryFailure: 0,
    PermanentFailure: 0,
  };
  const indexed = job.tasks.map((task, index) => ({ task, index }));
  await forEachAtOnce(indexed, Math.max(1, runtime.recordConcurrency), async ({ task, index }) => {
    const startedAt = clock.now();
    const done = await runTask(task, job, startedAt >= deadline, runtime, services);
    results[index] = { taskId: task.taskId, ...done.answer };
    counts[done.answer.resultCode]++;
    logTask(log, task, done, clock.now() - startedAt);
  });
  const { requests, throttled, retried } = caller.stats;
  log.info('batch invocation handled', {
    schema: job.schema,
    tasks: job.tasks.length,
    ...counts,
    requests,
    throttled,
    retried,
  });
  return {
    invocationSchemaVersion: job.schema,
    treatMissingKeysAs: 'PermanentFailure',
    invocationId: job.invocationId,
    results,
  };
}

async function runTask(
  task: TaskRead,
  job: BatchJob,
  late: boolean,
  runtime: BatchRuntime,
  services: Services,
): Promise<TaskDone> {
  if (!job.args.ok) return invalid(`invalid userArguments: ${job.args.reason}`);
  if (!task.ok) return invalid(`invalid task: ${task.reason}`, task.rawKey);
  const { object } = task;
  const { args } = job.args;
  const route = routeFor(object.key, args, runtime);
  let outcome: ObjectOutcome;
  if (route.kind === 'label' && late) {
    outcome = {
      status: 'retry',
      key: object.key,
      environment: route.environment,
      table: route.table,
      reason: OUT_OF_TIME,
      reasonKind: 'out-of-time',
      errorKind: 'transient',
    };
  } else {
    try {
      outcome = await processObject(object, runtime.config, services, {
        route,
        force: args.force ?? false,
        origin: 'batch',
      });
    } catch (error) {
      // processObject answers for the object's problems; this is a fault of the function
      // itself, still the task's result rather than an error S3 would record without a word.
      const kind = classifyError(error);
      outcome = {
        status: 'retry',
        key: object.key,
        reason: `unexpected error: ${errorMessage(error)}`,
        errorKind: kind === 'throttle' || kind === 'transient' ? kind : 'other',
      };
    }
  }
  const fields: LogFields = {
    ...outcome,
    bucket: object.bucket,
    ...(object.versionId ? { versionId: object.versionId } : {}),
  };
  return { answer: taskAnswer(withHint(outcome, route, args)), fields };
}

function routeFor(key: string, args: BatchArguments, runtime: BatchRuntime): Route {
  return args.environment === undefined
    ? routeKey(key, runtime.config)
    : routeKeyTo(key, args.environment, runtime.config);
}

/** A key the prefix cannot route may still be labeled: the job can name its environment. */
function withHint(outcome: ObjectOutcome, route: Route, args: BatchArguments): ObjectOutcome {
  if (route.kind !== 'skip' || route.environment !== undefined || args.environment) return outcome;
  return {
    ...outcome,
    reason: `${route.reason}; to label it, name its environment in the job's userArguments.environment (invocation schema 2.0)`,
  };
}

function invalid(reason: string, rawKey?: string): TaskDone {
  return {
    answer: { resultCode: 'PermanentFailure', resultString: resultString(reason) },
    fields: { status: 'invalid', reason, ...(rawKey !== undefined ? { rawKey } : {}) },
  };
}

/** One line per task, as the event path logs one per object. */
function logTask(log: Logger, task: TaskRead, done: TaskDone, durationMs: number): void {
  const { resultCode } = done.answer;
  const level =
    resultCode === 'PermanentFailure'
      ? 'error'
      : resultCode === 'TemporaryFailure' || done.fields.status === 'failed'
        ? 'warn'
        : 'info';
  log[level](`task ${resultCode}`, {
    taskId: task.taskId,
    ...done.fields,
    resultCode,
    durationMs,
  });
}
