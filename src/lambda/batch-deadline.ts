import { AwsCaller, DEFAULT_SCOPE, type Pacers, type RetryPolicy } from '../shared/aws-caller.js';
import { classifyError, errorCode } from '../shared/aws-errors.js';
import type { Clock } from '../shared/clock.js';
import { ObjectFailure } from './process-object.js';

/** No call is expected to take less: Rekognition answers a large image in about a second. */
export const CALL_TIME_FLOOR_MS = 1_000;
/** Nor more: one very slow call must not keep every later task from starting. */
export const CALL_TIME_CEILING_MS = 30_000;

/**
 * How long the calls of one service take, learned from those that succeeded and kept by the
 * execution environment across its invocations (one task each): the mean and spread are
 * smoothed as TCP smooths round trips (RFC 6298), so a call is expected to take as long as a
 * slow one does, `mean + 4 x spread`, within the floor and the ceiling.
 */
export class CallTimes {
  private mean: number | undefined;
  private spread = 0;

  constructor(
    readonly floorMs = CALL_TIME_FLOOR_MS,
    private readonly ceilingMs = CALL_TIME_CEILING_MS,
  ) {}

  observe(ms: number): void {
    if (this.mean === undefined) {
      this.mean = ms;
      this.spread = ms / 2;
      return;
    }
    this.spread = 0.75 * this.spread + 0.25 * Math.abs(this.mean - ms);
    this.mean = 0.875 * this.mean + 0.125 * ms;
  }

  /** The time a new call should have before the deadline. */
  get expectedMs(): number {
    const learned = this.mean === undefined ? 0 : this.mean + 4 * this.spread;
    return Math.min(this.ceilingMs, Math.max(this.floorMs, Math.ceil(learned)));
  }
}

export interface GuardedCallerOptions {
  maxInFlight: number;
  clock: Clock;
  /** Epoch ms after which nothing is retried and no guarded call starts. */
  deadline: number;
  policy: RetryPolicy;
  pacers?: Pacers;
  times: CallTimes;
  /** The scope (service) whose calls are guarded: the slow, paid ones. */
  scope: string;
}

/** Tenths of a second, rounded as given: time left down, time needed up, so neither flatters. */
const seconds = (ms: number, round: (x: number) => number) =>
  `${(round(Math.max(0, ms) / 100) / 10).toFixed(1)} s`;

/**
 * An AwsCaller that does not start a call of the guarded scope (Rekognition) when the time
 * left before the deadline would not cover it: a call cut off by the function's timeout is
 * paid for and lost, and the task would end without a result. The check runs before every
 * attempt, after its pacing wait, so throttling that lasts until the deadline ends as a refused
 * attempt, not as a call started too late. Other scopes (S3 reads, DynamoDB writes) are quick
 * and run inside the deadline's margin, so a result that was paid for is still stored.
 */
export class DeadlineGuardedCaller extends AwsCaller {
  private readonly guard: Omit<GuardedCallerOptions, 'maxInFlight' | 'policy' | 'pacers'>;
  /**
   * At most half the invocation's time (or the floor) is asked of the time left: one slow call
   * (learned, up to 30 s) would otherwise make an environment with a short timeout refuse every
   * later task, and each redrive again, until the job fails them.
   */
  private readonly halfBudgetMs: number;

  constructor(options: GuardedCallerOptions) {
    super(
      options.maxInFlight,
      options.clock,
      options.deadline,
      options.policy,
      undefined,
      options.pacers,
    );
    this.guard = options;
    this.halfBudgetMs = Math.max(0, options.deadline - options.clock.now()) / 2;
  }

  override async call<T>(send: () => Promise<T>, scope: string = DEFAULT_SCOPE): Promise<T> {
    if (scope !== this.guard.scope) return super.call(send, scope);
    // Refused before the first attempt, a call is not counted as a request at all.
    this.refuseIfLate(0, undefined);
    let attempts = 0;
    let last: unknown;
    return super.call(async () => {
      this.refuseIfLate(attempts, last);
      attempts++;
      const { clock, times } = this.guard;
      const startedAt = clock.now();
      try {
        const result = await send();
        times.observe(clock.now() - startedAt);
        return result;
      } catch (error) {
        last = error;
        throw error;
      }
    }, scope);
  }

  /**
   * Throws the task's reason when the time left is short of a call's. An ObjectFailure is not
   * retried by the caller (its kind is for the task's result) and is passed on as it is.
   */
  private refuseIfLate(attempts: number, last: unknown): void {
    const { clock, deadline, times, scope } = this.guard;
    const left = deadline - clock.now();
    const needed = Math.min(times.expectedMs, Math.max(times.floorMs, this.halfBudgetMs));
    if (left >= needed) return;
    const redrive = 'S3 Batch Operations redrives the task';
    if (attempts === 0) {
      throw new ObjectFailure(
        `not started: ${seconds(left, Math.floor)} left before the invocation's deadline, less than a ${scope} call takes (about ${seconds(needed, Math.ceil)}); ${redrive}`,
        'transient',
        'out-of-time',
      );
    }
    const kind = classifyError(last) === 'throttle' ? 'throttle' : 'transient';
    const what = kind === 'throttle' ? 'throttled' : 'failed';
    throw new ObjectFailure(
      `${what} until the time ran out: ${attempts} ${scope} attempt(s), the last ${errorCode(last)}; ${seconds(left, Math.floor)} left is less than a call takes (about ${seconds(needed, Math.ceil)}); ${redrive}`,
      kind,
      'out-of-time',
    );
  }
}
