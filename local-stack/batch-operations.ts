import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { S3ControlError } from './batch-errors.js';
import type { BatchInvoker } from './batch-invoker.js';
import {
  type BatchJob,
  type BatchOperationsSettings,
  checkedSettings,
  DEFAULT_BATCH_SETTINGS,
  JOB_STATUSES,
  type JobStatus,
  TERMINAL_STATUSES,
} from './batch-job.js';
import type { JobRequest } from './batch-job-request.js';
import { ManifestError, parseManifest } from './batch-manifest.js';
import { completionReport } from './batch-report.js';
import { JobRun, type RunHalt } from './batch-run.js';
import { BatchStorageError, type BatchStorage, sameETag } from './batch-storage.js';

/**
 * The local S3 Batch Operations: jobs created through S3 Control (s3-control.ts) go New →
 * Preparing (the manifest is read and checked against its ETag) → Suspended when they need a
 * confirmation, or straight to Ready → Active → Complete; UpdateJobStatus confirms or cancels
 * them. Active jobs run in JobRun (batch-run.ts); the completion report is written to the local
 * S3 at the end.
 */

export type { BatchJob, BatchOperationsSettings, BatchTask, JobStatus } from './batch-job.js';

export interface BatchOperationsOptions extends Partial<BatchOperationsSettings> {
  region: string;
  /** Reads manifests, writes completion reports. */
  storage: BatchStorage;
  invoker: BatchInvoker;
  /** Wall clock (epoch ms) of creation and termination dates and Active timers. */
  now?: () => number;
  /** Waits out redrive delays; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

/** In-process control of the jobs, for tests and benchmarks. */
export interface BatchOperationsControl {
  /** Every job, in creation order. */
  readonly jobs: readonly Readonly<BatchJob>[];
  job(jobId: string): Readonly<BatchJob> | undefined;
  /**
   * Resolves once the job (every job, without an id) is at rest: Suspended or in a final
   * status. Waits for preparation, every task, its redrives and the completion report.
   */
  idle(jobId?: string): Promise<void>;
  /** The live settings, patched first when given; jobs read them when they start running. */
  settings(patch?: Partial<BatchOperationsSettings>): BatchOperationsSettings;
}

export interface ListJobsQuery {
  statuses?: string[];
  maxResults?: number;
  nextToken?: string;
}

const noSuchJob = (jobId: string) =>
  new S3ControlError('NoSuchJob', `The specified job does not exist: ${jobId}`);

/** Stable across retries of one CreateJob, so its token can tell a retry from a new request. */
const fingerprint = (request: JobRequest) => JSON.stringify(request);

const taskIdFor = (jobId: string, index: number) =>
  Buffer.from(`${jobId}:${index}`).toString('base64url');

export class BatchOperations {
  private readonly jobs = new Map<string, BatchJob>();
  private readonly tokens = new Map<string, { fingerprint: string; jobId: string }>();
  private readonly work = new Map<string, Promise<void>>();
  private readonly runs = new Map<string, JobRun>();
  private current: BatchOperationsSettings;
  private stopped = false;
  private readonly stopping: Promise<void>;
  private signalStop!: () => void;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly control: BatchOperationsControl;

  constructor(private readonly options: BatchOperationsOptions) {
    this.current = checkedSettings(DEFAULT_BATCH_SETTINGS, settingsOf(options));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => delay(ms));
    this.stopping = new Promise((resolve) => (this.signalStop = resolve));
    this.control = this.makeControl();
  }

  createJob(accountId: string, request: JobRequest): string {
    const tokenKey = `${accountId}/${request.clientRequestToken}`;
    const known = this.tokens.get(tokenKey);
    if (known) {
      if (known.fingerprint === fingerprint(request)) return known.jobId;
      throw new S3ControlError(
        'IdempotencyException',
        `ClientRequestToken ${request.clientRequestToken} was already used for a different CreateJob request`,
      );
    }
    const id = randomUUID();
    const job: BatchJob = {
      id,
      arn: `arn:aws:s3:${this.options.region}:${accountId}:job/${id}`,
      accountId,
      request,
      status: 'New',
      creationTime: new Date(this.now()),
      failureReasons: [],
      tasks: [],
      succeeded: 0,
      failed: 0,
      maxInFlight: 0,
      activeMs: 0,
    };
    this.jobs.set(id, job);
    this.tokens.set(tokenKey, { fingerprint: fingerprint(request), jobId: id });
    this.track(job, this.prepare(job));
    return id;
  }

  describeJob(accountId: string, jobId: string): BatchJob {
    const job = this.jobs.get(jobId);
    if (!job || job.accountId !== accountId) throw noSuchJob(jobId);
    return job;
  }

  /** The status the job has right after the request, as UpdateJobStatus answers. */
  updateJobStatus(
    accountId: string,
    jobId: string,
    requested: string,
    reason: string | undefined,
  ): JobStatus {
    const job = this.describeJob(accountId, jobId);
    if (requested !== 'Ready' && requested !== 'Cancelled') {
      throw new S3ControlError('InvalidRequest', 'requestedJobStatus must be Ready or Cancelled');
    }
    if (requested === 'Ready') {
      if (job.status !== 'Suspended') {
        throw new S3ControlError(
          'JobStatusException',
          `Job ${jobId} is ${job.status}: only a Suspended job awaiting confirmation can be made Ready`,
        );
      }
      this.setReason(job, reason);
      job.status = 'Ready';
      this.track(job, this.run(job));
      return 'Ready';
    }
    return this.cancel(job, reason);
  }

  listJobs(accountId: string, query: ListJobsQuery): { jobs: BatchJob[]; nextToken?: string } {
    const statuses = query.statuses ?? [];
    const unknown = statuses.find((s) => !(JOB_STATUSES as readonly string[]).includes(s));
    if (unknown !== undefined) {
      throw new S3ControlError('InvalidRequest', `jobStatuses has an unknown status ${unknown}`);
    }
    const maxResults = query.maxResults ?? 1000;
    if (!Number.isInteger(maxResults) || maxResults < 0 || maxResults > 1000) {
      throw new S3ControlError('InvalidRequest', 'maxResults must be 0 to 1000');
    }
    const start =
      query.nextToken === undefined
        ? 0
        : Number(Buffer.from(query.nextToken, 'base64url').toString());
    if (!Number.isInteger(start) || start < 0) {
      throw new S3ControlError('InvalidRequest', 'nextToken is not one ListJobs gave');
    }
    // Newest first.
    const matching = [...this.jobs.values()]
      .filter((job) => job.accountId === accountId)
      .filter((job) => statuses.length === 0 || statuses.includes(job.status))
      .reverse();
    const page = matching.slice(start, start + maxResults);
    const end = start + page.length;
    return {
      jobs: page,
      ...(end < matching.length
        ? { nextToken: Buffer.from(String(end)).toString('base64url') }
        : {}),
    };
  }

  /** Stops starting tasks; `idle()` resolves at once from here on. */
  stop(): void {
    this.stopped = true;
    for (const run of this.runs.values()) run.halt('stopped');
    this.signalStop();
  }

  /** Seconds spent Active so far. */
  activeSeconds(job: BatchJob): number {
    const running = job.activeSince === undefined ? 0 : this.now() - job.activeSince;
    return Math.floor((job.activeMs + running) / 1000);
  }

  private makeControl(): BatchOperationsControl {
    const jobs = this.jobs;
    return {
      get jobs() {
        return [...jobs.values()];
      },
      job: (jobId) => this.jobs.get(jobId),
      idle: (jobId) => this.idle(jobId),
      settings: (patch) => {
        if (patch) this.current = checkedSettings(this.current, patch);
        return { ...this.current, failureThreshold: { ...this.current.failureThreshold } };
      },
    };
  }

  private async idle(jobId?: string): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const work = jobId === undefined ? this.work.values().next().value : this.work.get(jobId);
      if (work === undefined) return;
      await Promise.race([work, this.stopping]);
    }
  }

  /** Registers the job's work, so idle() can wait for it; a bug in it fails the job. */
  private track(job: BatchJob, work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => {
        if (TERMINAL_STATUSES.includes(job.status)) return;
        this.terminate(job, 'Failed', {
          code: '500',
          reason: `Internal error: ${(error as Error).message ?? String(error)}`,
        });
      })
      .finally(() => {
        if (this.work.get(job.id) === tracked) this.work.delete(job.id);
      });
    this.work.set(job.id, tracked);
  }

  private setReason(job: BatchJob, reason: string | undefined): void {
    if (reason !== undefined) job.statusUpdateReason = reason;
  }

  private terminate(
    job: BatchJob,
    status: 'Complete' | 'Cancelled' | 'Failed',
    failure?: { code: string; reason: string },
  ): void {
    if (failure) job.failureReasons.push(failure);
    job.status = status;
    job.terminationDate = new Date(this.now());
  }

  private cancel(job: BatchJob, reason: string | undefined): JobStatus {
    if (
      TERMINAL_STATUSES.includes(job.status) ||
      job.status === 'Completing' ||
      job.status === 'Failing'
    ) {
      throw new S3ControlError(
        'JobStatusException',
        `Job ${job.id} is ${job.status} and can no longer be cancelled`,
      );
    }
    this.setReason(job, reason);
    const run = this.runs.get(job.id);
    if (run) {
      // Tasks in flight finish; the run then ends the job Cancelled.
      job.status = 'Cancelling';
      run.halt('cancelled');
    } else if (job.status !== 'Cancelling') {
      this.terminate(job, 'Cancelled');
    }
    return job.status;
  }

  /** Reads and checks the manifest, then waits for confirmation or runs. */
  private async prepare(job: BatchJob): Promise<void> {
    job.status = 'Preparing';
    const { manifest } = job.request;
    let body: string;
    try {
      const object = await this.options.storage.getObject(manifest.bucket, manifest.key);
      if (!sameETag(object.etag, manifest.etag)) {
        throw new ManifestError(
          `the ETag of ${manifest.objectArn} is ${object.etag}, not the job's ${manifest.etag}`,
        );
      }
      body = object.body;
    } catch (error) {
      return this.manifestFailed(job, error);
    }
    let entries;
    try {
      entries = parseManifest(body, manifest.fields);
      if (entries.length === 0) throw new ManifestError('it lists no object');
    } catch (error) {
      return this.manifestFailed(job, error);
    }
    // Cancelled while the manifest was read.
    if (job.status !== 'Preparing') return;
    job.tasks = entries.map((entry, index) => ({
      taskId: taskIdFor(job.id, index),
      entry,
      attempts: 0,
      status: 'pending',
      invocationIds: [],
    }));
    if (job.request.confirmationRequired) {
      job.status = 'Suspended';
      job.suspendedDate = new Date(this.now());
      job.suspendedCause = 'AwaitingConfirmation';
      return;
    }
    job.status = 'Ready';
    await this.run(job);
  }

  private manifestFailed(job: BatchJob, error: unknown): void {
    if (job.status !== 'Preparing') return;
    if (!(error instanceof ManifestError) && !(error instanceof BatchStorageError)) throw error;
    const code = error instanceof BatchStorageError ? String(error.status) : '400';
    this.terminate(job, 'Failed', {
      code,
      reason: `Reading the manifest failed: ${error.message}`,
    });
  }

  private async run(job: BatchJob): Promise<void> {
    if (this.stopped) return;
    job.status = 'Active';
    job.activeSince = this.now();
    const run = new JobRun(job, {
      invoker: this.options.invoker,
      region: this.options.region,
      settings: this.current,
      sleep: this.sleep,
    });
    this.runs.set(job.id, run);
    let halt: RunHalt | undefined;
    try {
      halt = await run.run();
    } finally {
      this.runs.delete(job.id);
      job.activeMs += this.now() - job.activeSince;
      delete job.activeSince;
    }
    if (halt === 'stopped') return;
    await this.conclude(job, halt);
  }

  /** Completing, Failing or Cancelling: the report, then the final status. */
  private async conclude(job: BatchJob, halt: RunHalt | undefined): Promise<void> {
    const final = halt === 'cancelled' ? 'Cancelled' : halt === 'threshold' ? 'Failed' : 'Complete';
    const failure =
      halt === 'threshold'
        ? {
            code: 'TaskFailureThresholdExceeded',
            reason: `More than ${this.current.failureThreshold.rate * 100}% of the ${job.succeeded + job.failed} tasks that finished failed`,
          }
        : undefined;
    if (final !== 'Cancelled') job.status = final === 'Complete' ? 'Completing' : 'Failing';
    try {
      await this.writeReport(job);
    } catch (error) {
      const message = error instanceof BatchStorageError ? error.message : String(error);
      if (failure) job.failureReasons.push(failure);
      return this.terminate(job, 'Failed', {
        code: error instanceof BatchStorageError ? String(error.status) : '500',
        reason: `Writing the completion report failed: ${message}`,
      });
    }
    this.terminate(job, final, failure);
  }

  /** Only for a job that invoked at least one task, as S3 Batch Operations does. */
  private async writeReport(job: BatchJob): Promise<void> {
    const { report } = job.request;
    if (!report.enabled || !job.tasks.some((task) => task.attempts > 0)) return;
    const finished = job.tasks.filter((t) => t.status === 'succeeded' || t.status === 'failed');
    const tasks = finished.map((task) => ({
      bucket: task.entry.bucket,
      key: task.entry.key,
      versionId: task.entry.versionId,
      status: task.status as 'succeeded' | 'failed',
      httpStatusCode: task.outcome!.httpStatusCode,
      errorCode: task.outcome!.errorCode,
      resultString: task.outcome!.resultString,
    }));
    for (const object of completionReport(report, job.id, tasks, new Date(this.now()))) {
      await this.options.storage.putObject(
        report.bucket,
        object.key,
        object.body,
        object.contentType,
      );
    }
  }
}

function settingsOf(options: BatchOperationsOptions): Partial<BatchOperationsSettings> {
  const patch: Partial<BatchOperationsSettings> = {};
  if (options.parallelism !== undefined) patch.parallelism = options.parallelism;
  if (options.redriveAttempts !== undefined) patch.redriveAttempts = options.redriveAttempts;
  if (options.redriveDelayMs !== undefined) patch.redriveDelayMs = options.redriveDelayMs;
  if (options.failureThreshold !== undefined) patch.failureThreshold = options.failureThreshold;
  return patch;
}
