import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type S3rver from 's3rver';
import { ExecutionEnvironment, type InvokeOutcome, type LogSource } from './lambda-environment.js';
import {
  checkOverlaps,
  LambdaConfigError,
  type LambdaFunction,
  type LambdaFunctionConfig,
  processEnvironment,
  receivesObject,
  resolveFunction,
} from './lambda-function.js';
import { EnvironmentPool } from './lambda-pool.js';
import type { LambdaErrorPayload } from './lambda-protocol.js';
import { decodeEventKey, type S3Event, s3EventRecord } from './s3-event.js';

/**
 * The local S3 → Lambda link: s3rver's object-created events become asynchronous
 * invocations of handler modules, each running in a pool of child processes, with Lambda's
 * retry policy and on-failure destination.
 */

export { LambdaConfigError, type LambdaFunctionConfig };

export interface LambdaLogLine {
  functionName: string;
  /** The handler's stdout or stderr, or the link's own START/END/REPORT/error lines. */
  source: LogSource;
  line: string;
  /** The invocation the line was written during; absent for init and idle output. */
  requestId?: string;
}

export type LambdaLogSink = (line: LambdaLogLine) => void;

export interface LambdaLinkOptions {
  s3rver: S3rver;
  region: string;
  /** Environment every function gets under its own `env`, e.g. the stack's `env`. */
  env?: Record<string, string>;
  functions: LambdaFunctionConfig[];
  /** Default: `stderrLambdaLog`. */
  log?: LambdaLogSink;
  /**
   * Wait before the first and the second retry. AWS waits about 1 and 2 minutes; default
   * 200 and 400 ms.
   */
  retryDelaysMs?: readonly number[];
  /** Longest import of the handler module (Lambda: 10 s). Default 10000. */
  initTimeoutMs?: number;
}

export interface LambdaAttemptError extends LambdaErrorPayload {
  attempt: number;
  /** `init`: the module failed to load (bad configuration), the handler never ran. */
  phase: 'init' | 'invoke';
}

export interface LambdaInvocation {
  requestId: string;
  functionName: string;
  /** `sync`: a RequestResponse invocation (`invokeSync`): one attempt, no destination. */
  trigger: 's3' | 'invoke' | 'sync';
  /** The decoded key of the event's first record (S3 sends one record per event). */
  key: string | undefined;
  event: unknown;
  attempts: number;
  /** `pending` while queued, running or waiting for a retry (and after `stop()`). */
  outcome: 'pending' | 'ok' | 'failed';
  /** The handler's return value, JSON round-tripped as Lambda does. */
  result?: unknown;
  /** One per failed attempt. */
  errors: LambdaAttemptError[];
}

/** What Lambda sends to an asynchronous invocation's on-failure destination. */
export interface OnFailureRecord {
  version: '1.0';
  timestamp: string;
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'RetriesExhausted';
    approximateInvokeCount: number;
  };
  requestPayload: unknown;
  responseContext: { statusCode: 200; executedVersion: '$LATEST'; functionError: 'Unhandled' };
  responsePayload: { errorType: string; errorMessage: string; trace: string[] };
}

export interface LambdaLink {
  readonly functions: readonly LambdaFunction[];
  /** Every invocation so far, in the order they were made. */
  readonly invocations: readonly Readonly<LambdaInvocation>[];
  /** The on-failure destination: invocations that failed every attempt. */
  readonly failures: readonly OnFailureRecord[];
  /** Resolves once nothing is queued, running or waiting for a retry. */
  idle(): Promise<void>;
  /**
   * Invokes a function asynchronously with a hand-built event (retries and on-failure
   * destination included); resolves with the invocation once it succeeded or failed.
   */
  invoke(
    functionName: string,
    event: unknown,
    options?: { maximumRetryAttempts?: number },
  ): Promise<Readonly<LambdaInvocation>>;
  /**
   * Invokes a function synchronously (RequestResponse), as S3 Batch Operations does: one
   * attempt, no retry and no on-failure destination; the caller reads `result` or `errors`.
   */
  invokeSync(functionName: string, event: unknown): Promise<Readonly<LambdaInvocation>>;
  stop(): Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [200, 400] as const;

/** `[function-name] line` on stderr. */
export const stderrLambdaLog: LambdaLogSink = ({ functionName, line }) => {
  process.stderr.write(`[${functionName}] ${line}\n`);
};

/** The decoded key of a hand-built event's first record, if it has one. */
function firstKey(event: unknown): string | undefined {
  const key = (event as Partial<S3Event> | null)?.Records?.[0]?.s3?.object?.key;
  if (typeof key !== 'string') return undefined;
  return decodeEventKey(key) ?? key;
}

interface StoreWithMetadata {
  store?: { getMetadata(bucket: string, key: string): Promise<{ etag?: string }> };
}

/** s3rver's Copy events carry no ETag; its store has it, quoted as in the HTTP header. */
async function storedETag(s3rver: S3rver, bucket: string, key: string): Promise<string> {
  const store = (s3rver as unknown as StoreWithMetadata).store;
  if (!store) throw new Error('this s3rver version has no store to read the ETag from');
  const { etag } = await store.getMetadata(bucket, key);
  if (!etag) throw new Error(`no ETag stored for s3://${bucket}/${key}`);
  return etag.replace(/"/g, '');
}

/** The link's own logging: a throwing sink is reported on stderr, never thrown to the caller. */
type LinkLog = (functionName: string, source: LogSource, line: string, requestId?: string) => void;

function guardedLog(sink: LambdaLogSink): LinkLog {
  return (functionName, source, line, requestId) => {
    try {
      sink({ functionName, source, line, ...(requestId === undefined ? {} : { requestId }) });
    } catch (error) {
      // A throwing sink must not take the stream reader (and the process) down with it.
      process.stderr.write(`[${functionName}] log sink failed: ${String(error)}\n`);
    }
  };
}

function checkedRetryDelays(retryDelaysMs: readonly number[]): readonly number[] {
  if (retryDelaysMs.length === 0 || retryDelaysMs.some((ms) => !(ms >= 0))) {
    throw new LambdaConfigError(
      `retryDelaysMs must be one or more delays >= 0, got [${retryDelaysMs}]`,
    );
  }
  return retryDelaysMs;
}

/** One pool per function; its environments start when an invocation first needs one. */
function environmentPools(
  functions: readonly LambdaFunction[],
  settings: { region: string; baseEnv: Record<string, string>; initTimeoutMs: number },
  log: LinkLog,
): Map<string, EnvironmentPool> {
  const pools = new Map<string, EnvironmentPool>();
  for (const fn of functions) {
    pools.set(
      fn.name,
      new EnvironmentPool(
        fn.concurrency,
        () =>
          new ExecutionEnvironment({
            functionName: fn.name,
            handler: fn.handler,
            env: processEnvironment(fn, settings.baseEnv, settings.region),
            initTimeoutMs: settings.initTimeoutMs,
            log: (source, line, requestId) => log(fn.name, source, line, requestId),
          }),
      ),
    );
  }
  return pools;
}

/**
 * Work in flight (S3 deliveries and invocations), so that `idle()` can wait until there is
 * none. After a stop nothing waits: the work may never finish.
 */
class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly stopping: AbortSignal) {}

  begin(): void {
    this.count++;
  }

  end(): void {
    this.count--;
    if (this.count === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }

  idle(): Promise<void> {
    return this.count === 0 || this.stopping.aborted
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves whoever is waiting, at a stop. */
  releaseWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** What Lambda sends to the on-failure destination after the last attempt failed with `error`. */
function onFailureRecord(
  fn: LambdaFunction,
  invocation: LambdaInvocation,
  error: LambdaErrorPayload,
): OnFailureRecord {
  return {
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: invocation.requestId,
      functionArn: `${fn.arn}:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: invocation.attempts,
    },
    requestPayload: invocation.event,
    responseContext: {
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: 'Unhandled',
    },
    responsePayload: error,
  };
}

/**
 * Lambda's asynchronous invocation: each attempt runs in the function's pool, a failed one is
 * retried after the configured delay, and one failed every time goes to the on-failure
 * destination. Logs the platform lines Lambda writes (START, END, REPORT, ERROR). A `sync`
 * invocation runs once and its error stays with the caller, as a RequestResponse one does.
 */
class AsyncInvoker {
  readonly invocations: LambdaInvocation[] = [];
  readonly failures: OnFailureRecord[] = [];

  constructor(
    private readonly pools: ReadonlyMap<string, EnvironmentPool>,
    private readonly retryDelaysMs: readonly number[],
    private readonly log: LinkLog,
    private readonly inFlight: InFlight,
    private readonly stopping: AbortSignal,
  ) {}

  /** Resolves with the invocation once it succeeded or failed (or the link stopped). */
  start(
    fn: LambdaFunction,
    trigger: LambdaInvocation['trigger'],
    event: unknown,
    maxAttempts = 1 + fn.maximumRetryAttempts,
  ): Promise<LambdaInvocation> {
    const invocation: LambdaInvocation = {
      requestId: randomUUID(),
      functionName: fn.name,
      trigger,
      key: firstKey(event),
      event,
      attempts: 0,
      outcome: 'pending',
      errors: [],
    };
    this.invocations.push(invocation);
    this.inFlight.begin();
    return this.attempts(fn, invocation, maxAttempts)
      .catch((error: unknown) => this.linkFailed(fn, invocation, error))
      .then(() => invocation)
      .finally(() => this.inFlight.end());
  }

  private async attempts(
    fn: LambdaFunction,
    invocation: LambdaInvocation,
    maxAttempts: number,
  ): Promise<void> {
    const pool = this.pools.get(fn.name)!;
    const { requestId } = invocation;
    for (let attempt = 1; ; attempt++) {
      invocation.attempts = attempt;
      this.log(fn.name, 'platform', `START RequestId: ${requestId} Version: $LATEST`, requestId);
      const outcome = await pool.run({
        requestId,
        invokedFunctionArn: fn.arn,
        event: invocation.event,
        timeoutMs: fn.timeoutMs,
      });
      if (this.stopping.aborted) return;
      this.logEnd(fn, requestId, outcome);
      if (outcome.ok) {
        invocation.outcome = 'ok';
        invocation.result = outcome.result;
        return;
      }
      invocation.errors.push({ attempt, phase: outcome.phase, ...outcome.error });
      // An init failure was already logged as such by the environment.
      if (outcome.phase === 'invoke') {
        const error = JSON.stringify(outcome.error);
        this.log(fn.name, 'platform', `ERROR Invoke Error ${error}`, requestId);
      }
      // A synchronous invocation's error is the caller's: nothing goes to the destination.
      if (invocation.trigger === 'sync') {
        invocation.outcome = 'failed';
        return;
      }
      if (attempt >= maxAttempts) return this.sendToDestination(fn, invocation, outcome.error);
      if (!(await this.waitToRetry(fn, requestId, attempt, maxAttempts))) return;
    }
  }

  /** Lambda's END and REPORT lines. */
  private logEnd(fn: LambdaFunction, requestId: string, outcome: InvokeOutcome): void {
    const duration = outcome.durationMs;
    const status = outcome.ok ? '' : ` Status: error Error Type: ${outcome.error.errorType}`;
    this.log(fn.name, 'platform', `END RequestId: ${requestId}`, requestId);
    this.log(
      fn.name,
      'platform',
      `REPORT RequestId: ${requestId} Duration: ${duration.toFixed(2)} ms Billed Duration: ` +
        `${Math.ceil(duration)} ms Memory Size: ${fn.memoryMb} MB${status}`,
      requestId,
    );
  }

  private sendToDestination(
    fn: LambdaFunction,
    invocation: LambdaInvocation,
    error: LambdaErrorPayload,
  ): void {
    const { requestId, attempts } = invocation;
    invocation.outcome = 'failed';
    this.failures.push(onFailureRecord(fn, invocation, error));
    this.log(
      fn.name,
      'platform',
      `ASYNC RequestId: ${requestId} failed ${attempts} time(s): sent to the on-failure destination`,
      requestId,
    );
  }

  /** False when the link stopped while waiting. */
  private async waitToRetry(
    fn: LambdaFunction,
    requestId: string,
    attempt: number,
    maxAttempts: number,
  ): Promise<boolean> {
    const delays = this.retryDelaysMs;
    const delay = delays[Math.min(attempt - 1, delays.length - 1)]!;
    this.log(
      fn.name,
      'platform',
      `ASYNC RequestId: ${requestId} attempt ${attempt + 1} of ${maxAttempts} in ${delay} ms`,
      requestId,
    );
    try {
      await sleep(delay, undefined, { signal: this.stopping });
      return true;
    } catch {
      return false;
    }
  }

  /** Only a stop interrupts the pool; anything else is a bug in the link itself. */
  private linkFailed(fn: LambdaFunction, invocation: LambdaInvocation, error: unknown): void {
    if (this.stopping.aborted) return;
    this.log(fn.name, 'platform', `link error: ${(error as Error).stack ?? String(error)}`);
    invocation.outcome = 'failed';
    invocation.errors.push({
      attempt: invocation.attempts,
      phase: 'invoke',
      errorType: 'LocalStack.LinkError',
      errorMessage: String(error),
      trace: [],
    });
  }
}

type S3rverRecord = S3rver.S3Event['Records'][number];

/** The single-record event S3 sends `fn` for `record`. */
function s3EventFor(
  fn: LambdaFunction,
  record: S3rverRecord,
  region: string,
  eTag: string,
): S3Event {
  return {
    Records: [
      s3EventRecord({
        region,
        bucket: record.s3.bucket.name,
        key: record.s3.object.key,
        size: record.s3.object.size ?? 0,
        eTag,
        eventName: record.eventName,
        eventTime: new Date(record.eventTime),
        configurationId: `${fn.name}-trigger`,
      }),
    ],
  };
}

/**
 * S3's event notifications to Lambda: every ObjectCreated record from s3rver becomes one
 * single-record event for each function whose filter matches the object.
 */
class S3Trigger {
  constructor(
    private readonly s3rver: S3rver,
    private readonly region: string,
    private readonly functions: readonly LambdaFunction[],
    private readonly invoker: AsyncInvoker,
    private readonly log: LinkLog,
    private readonly inFlight: InFlight,
    private readonly stopping: AbortSignal,
  ) {}

  attach(): void {
    this.s3rver.on('event', this.onEvent);
  }

  detach(): void {
    this.s3rver.off('event', this.onEvent);
  }

  private readonly onEvent = (event: S3rver.S3Event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      // Counted from now, so idle() right after the PutObject response already waits.
      this.inFlight.begin();
      void this.deliver(record).finally(() => this.inFlight.end());
    }
  };

  private async deliver(record: S3rverRecord): Promise<void> {
    const bucket = record.s3.bucket.name;
    const key = record.s3.object.key;
    const targets = this.functions.filter((fn) => receivesObject(fn, bucket, key));
    if (targets.length === 0) return;
    let eTag = record.s3.object.eTag;
    if (eTag === undefined) eTag = await this.eTagFromStore(record, targets);
    if (this.stopping.aborted) return;
    for (const fn of targets) {
      void this.invoker.start(fn, 's3', s3EventFor(fn, record, this.region, eTag));
    }
  }

  /**
   * For records without an ETag (s3rver's copies). If the store cannot tell either, the events
   * still go out, with an empty ETag, and each function's log says why.
   */
  private async eTagFromStore(
    record: S3rverRecord,
    targets: readonly LambdaFunction[],
  ): Promise<string> {
    const key = record.s3.object.key;
    try {
      return await storedETag(this.s3rver, record.s3.bucket.name, key);
    } catch (error) {
      for (const fn of targets) {
        this.log(
          fn.name,
          'platform',
          `no ETag for ${record.eventName} of ${key}: ${String(error)}`,
        );
      }
      return '';
    }
  }
}

function functionNamed(functions: readonly LambdaFunction[], name: string): LambdaFunction {
  const fn = functions.find((candidate) => candidate.name === name);
  if (!fn) {
    const known = functions.map((candidate) => candidate.name).join(', ') || 'none';
    throw new Error(`no Lambda function named ${name} (configured: ${known})`);
  }
  return fn;
}

export async function startLambdaLink(options: LambdaLinkOptions): Promise<LambdaLink> {
  const { s3rver, region } = options;
  const functions = options.functions.map((config) => resolveFunction(config, region));
  checkOverlaps(functions);
  const retryDelaysMs = checkedRetryDelays(options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
  const log = guardedLog(options.log ?? stderrLambdaLog);
  const pools = environmentPools(
    functions,
    { region, baseEnv: options.env ?? {}, initTimeoutMs: options.initTimeoutMs ?? 10_000 },
    log,
  );
  const stopping = new AbortController();
  const inFlight = new InFlight(stopping.signal);
  const invoker = new AsyncInvoker(pools, retryDelaysMs, log, inFlight, stopping.signal);
  const trigger = new S3Trigger(s3rver, region, functions, invoker, log, inFlight, stopping.signal);
  trigger.attach();

  return {
    functions,
    invocations: invoker.invocations,
    failures: invoker.failures,
    idle: () => inFlight.idle(),
    invoke: async (functionName, event, invokeOptions = {}) => {
      if (stopping.signal.aborted) throw new Error('the Lambda link is stopped');
      const fn = functionNamed(functions, functionName);
      const retries = invokeOptions.maximumRetryAttempts ?? fn.maximumRetryAttempts;
      if (!Number.isInteger(retries) || retries < 0 || retries > 2) {
        throw new Error(`maximumRetryAttempts must be 0, 1 or 2, got ${retries}`);
      }
      return invoker.start(fn, 'invoke', event, 1 + retries);
    },
    invokeSync: async (functionName, event) => {
      if (stopping.signal.aborted) throw new Error('the Lambda link is stopped');
      return invoker.start(functionNamed(functions, functionName), 'sync', event, 1);
    },
    stop: async () => {
      if (stopping.signal.aborted) return;
      stopping.abort();
      trigger.detach();
      inFlight.releaseWaiters();
      await Promise.all([...pools.values()].map((pool) => pool.stop()));
    },
  };
}
