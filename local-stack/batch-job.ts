import type { TaskOutcome } from './batch-invocation.js';
import type { JobRequest } from './batch-job-request.js';
import type { ManifestEntry } from './batch-manifest.js';

/** A job and its tasks, as the local S3 Batch Operations keeps them (what tests inspect). */

/** S3 Batch Operations' job statuses (those a LambdaInvoke job can go through). */
export const JOB_STATUSES = [
  'New',
  'Preparing',
  'Suspended',
  'Ready',
  'Active',
  'Pausing',
  'Paused',
  'Cancelling',
  'Cancelled',
  'Completing',
  'Complete',
  'Failing',
  'Failed',
] as const;

export type JobStatus = (typeof JOB_STATUSES)[number];

export const TERMINAL_STATUSES: readonly JobStatus[] = ['Complete', 'Cancelled', 'Failed'];

export interface BatchTask {
  /** Opaque, unique in the job, the same on every redrive of the task. */
  readonly taskId: string;
  readonly entry: ManifestEntry;
  /** Invocations so far (the first one and each redrive). */
  attempts: number;
  /**
   * `waiting`: answered TemporaryFailure and waits `redriveDelayMs` to be queued again.
   * `succeeded` and `failed` are final.
   */
  status: 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed';
  /** The last invocation's outcome: after the last attempt, the task's result. */
  outcome?: TaskOutcome;
  /** One per invocation, in order. */
  readonly invocationIds: string[];
}

export interface JobFailure {
  code: string;
  reason: string;
}

export interface BatchJob {
  readonly id: string;
  readonly arn: string;
  readonly accountId: string;
  readonly request: JobRequest;
  status: JobStatus;
  readonly creationTime: Date;
  terminationDate?: Date;
  suspendedDate?: Date;
  suspendedCause?: string;
  statusUpdateReason?: string;
  readonly failureReasons: JobFailure[];
  /** Empty until the manifest was read. */
  tasks: BatchTask[];
  succeeded: number;
  failed: number;
  /** The most invocations this job ever had in flight at once. */
  maxInFlight: number;
  /** Time spent Active, in ms, up to the last time it left Active. */
  activeMs: number;
  /** When it last became Active (while it is). */
  activeSince?: number;
}

export interface FailureThreshold {
  /** Tasks that must have finished before the rate is looked at (AWS: 1,000). */
  minTasks: number;
  /** Failed / finished above which the job fails (AWS: 0.5). */
  rate: number;
}

export interface BatchOperationsSettings {
  /** Most invocations of one job in flight at once. Default 20. */
  parallelism: number;
  /** Times a task answered TemporaryFailure is invoked again before it fails. Default 3. */
  redriveAttempts: number;
  /** Wait before a TemporaryFailure task goes back in the queue. Default 100 ms. */
  redriveDelayMs: number;
  /** When a job with many failed tasks fails. Default 1,000 tasks and 50%, as on AWS. */
  failureThreshold: FailureThreshold;
}

export const DEFAULT_BATCH_SETTINGS: BatchOperationsSettings = {
  parallelism: 20,
  redriveAttempts: 3,
  redriveDelayMs: 100,
  failureThreshold: { minTasks: 1000, rate: 0.5 },
};

/** The settings merged and checked; a bad value is the caller's mistake, named. */
export function checkedSettings(
  base: BatchOperationsSettings,
  patch: Partial<BatchOperationsSettings>,
): BatchOperationsSettings {
  const merged = { ...base, ...patch };
  const integer = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`batchOperations.${name} must be an integer >= ${min}, got ${value}`);
    }
  };
  integer('parallelism', merged.parallelism, 1);
  integer('redriveAttempts', merged.redriveAttempts, 0);
  integer('redriveDelayMs', merged.redriveDelayMs, 0);
  integer('failureThreshold.minTasks', merged.failureThreshold.minTasks, 1);
  const { rate } = merged.failureThreshold;
  if (!(rate >= 0 && rate <= 1)) {
    throw new RangeError(`batchOperations.failureThreshold.rate must be 0 to 1, got ${rate}`);
  }
  return { ...merged, failureThreshold: { ...merged.failureThreshold } };
}
