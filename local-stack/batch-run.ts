import {
  type InvokeReply,
  invocationEvent,
  newInvocationId,
  outcomeOf,
  type TaskOutcome,
} from './batch-invocation.js';
import type { BatchInvoker } from './batch-invoker.js';
import type { BatchJob, BatchOperationsSettings, BatchTask } from './batch-job.js';
import { functionOf } from './batch-job-request.js';

/**
 * An Active job's tasks, run as S3 Batch Operations runs a LambdaInvoke job: each task is one
 * synchronous invocation, at most `parallelism` of them in flight; a TemporaryFailure answer
 * puts the task back in the queue after `redriveDelayMs`, up to `redriveAttempts` times; any
 * other answer is final. Once enough tasks finished with too many failures, no new task
 * starts and the job fails.
 */

export interface RunDeps {
  invoker: BatchInvoker;
  region: string;
  settings: BatchOperationsSettings;
  sleep: (ms: number) => Promise<void>;
}

/** Why the run stopped starting tasks before the queue was empty. */
export type RunHalt = 'cancelled' | 'threshold' | 'stopped';

/** The function the job names, or the outcome every task gets when Lambda has none. */
function resolveFunction(
  job: BatchJob,
  deps: RunDeps,
): { name: string } | { missing: TaskOutcome } {
  const { functionArn } = job.request.lambdaInvoke;
  const target = functionOf(functionArn);
  const found =
    (target.region === undefined || target.region === deps.region) &&
    (target.qualifier === undefined || target.qualifier === '$LATEST') &&
    deps.invoker.exists(target.name);
  if (found) return { name: target.name };
  // What Lambda's Invoke answers for a function (or qualifier) it does not have.
  return {
    missing: {
      resultCode: 'PermanentFailure',
      resultString: `Function not found: ${functionArn}`,
      httpStatusCode: 404,
      errorCode: 'ResourceNotFoundException',
    },
  };
}

export class JobRun {
  private readonly queue: BatchTask[];
  private inFlight = 0;
  private waiting = 0;
  private halted: RunHalt | undefined;
  private finish!: (halt: RunHalt | undefined) => void;
  private readonly target: ReturnType<typeof resolveFunction>;

  constructor(
    private readonly job: BatchJob,
    private readonly deps: RunDeps,
  ) {
    this.queue = job.tasks.filter((task) => task.status === 'pending');
    this.target = resolveFunction(job, deps);
  }

  /** Resolves once no task is in flight or waiting, with why it stopped early, if it did. */
  run(): Promise<RunHalt | undefined> {
    const done = new Promise<RunHalt | undefined>((resolve) => (this.finish = resolve));
    this.pump();
    return done;
  }

  /** No new task starts; those in flight finish, waiting redrives fail as they stand. */
  halt(reason: RunHalt): void {
    this.halted ??= reason;
    this.pump();
  }

  private pump(): void {
    const { parallelism } = this.deps.settings;
    while (!this.halted && this.inFlight < parallelism && this.queue.length > 0) {
      void this.attempt(this.queue.shift()!);
    }
    const drained = this.halted !== undefined || this.queue.length === 0;
    if (drained && this.inFlight === 0 && this.waiting === 0) this.finish(this.halted);
  }

  private async invoke(task: BatchTask): Promise<TaskOutcome> {
    if ('missing' in this.target) return this.target.missing;
    const invocationId = newInvocationId();
    task.invocationIds.push(invocationId);
    const { lambdaInvoke } = this.job.request;
    const event = invocationEvent(
      lambdaInvoke.schema,
      {
        id: this.job.id,
        ...(lambdaInvoke.userArguments ? { userArguments: lambdaInvoke.userArguments } : {}),
      },
      task,
      invocationId,
    );
    let reply: InvokeReply;
    try {
      reply = await this.deps.invoker.invoke(this.target.name, event);
    } catch (error) {
      // Lambda refused the call itself (a 5xx): the task is redriven, as after a throttle.
      return {
        resultCode: 'TemporaryFailure',
        resultString: `Lambda Invoke failed: ${(error as Error).message ?? String(error)}`,
        httpStatusCode: 500,
        errorCode: 'ServiceException',
      };
    }
    return outcomeOf(event, reply);
  }

  private async attempt(task: BatchTask): Promise<void> {
    this.inFlight++;
    this.job.maxInFlight = Math.max(this.job.maxInFlight, this.inFlight);
    task.status = 'running';
    task.attempts++;
    const outcome = await this.invoke(task);
    this.inFlight--;
    task.outcome = outcome;
    const redrive =
      outcome.resultCode === 'TemporaryFailure' &&
      task.attempts <= this.deps.settings.redriveAttempts &&
      !this.halted;
    if (redrive) {
      task.status = 'waiting';
      this.waiting++;
      void this.deps.sleep(this.deps.settings.redriveDelayMs).then(() => this.requeue(task));
    } else {
      this.settle(task, outcome);
    }
    this.pump();
  }

  private requeue(task: BatchTask): void {
    this.waiting--;
    if (this.halted) {
      // Its last answer was a TemporaryFailure: that is how it ends.
      this.settle(task, task.outcome!);
    } else {
      task.status = 'pending';
      this.queue.push(task);
    }
    this.pump();
  }

  private settle(task: BatchTask, outcome: TaskOutcome): void {
    if (outcome.resultCode === 'Succeeded') {
      task.status = 'succeeded';
      this.job.succeeded++;
    } else {
      task.status = 'failed';
      this.job.failed++;
    }
    const { minTasks, rate } = this.deps.settings.failureThreshold;
    const finished = this.job.succeeded + this.job.failed;
    if (finished >= minTasks && this.job.failed / finished > rate) this.halt('threshold');
  }
}
