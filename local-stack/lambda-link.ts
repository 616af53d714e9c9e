import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type S3rver from 's3rver';
import { ExecutionEnvironment, type LogSource } from './lambda-environment.js';
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
  trigger: 's3' | 'invoke';
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

export async function startLambdaLink(options: LambdaLinkOptions): Promise<LambdaLink> {
  const { s3rver, region } = options;
  const functions = options.functions.map((config) => resolveFunction(config, region));
  checkOverlaps(functions);
  const retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  if (retryDelaysMs.length === 0 || retryDelaysMs.some((ms) => !(ms >= 0))) {
    throw new LambdaConfigError(
      `retryDelaysMs must be one or more delays >= 0, got [${retryDelaysMs}]`,
    );
  }
  const initTimeoutMs = options.initTimeoutMs ?? 10_000;
  const sink = options.log ?? stderrLambdaLog;
  const baseEnv = options.env ?? {};

  const log = (functionName: string, source: LogSource, line: string, requestId?: string) => {
    try {
      sink({ functionName, source, line, ...(requestId === undefined ? {} : { requestId }) });
    } catch (error) {
      // A throwing sink must not take the stream reader (and the process) down with it.
      process.stderr.write(`[${functionName}] log sink failed: ${String(error)}\n`);
    }
  };

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
            env: processEnvironment(fn, baseEnv, region),
            initTimeoutMs,
            log: (source, line, requestId) => log(fn.name, source, line, requestId),
          }),
      ),
    );
  }

  const invocations: LambdaInvocation[] = [];
  const failures: OnFailureRecord[] = [];
  const stopping = new AbortController();
  let active = 0;
  let idleWaiters: (() => void)[] = [];
  const settle = () => {
    active--;
    if (active === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  };

  async function attempts(
    fn: LambdaFunction,
    invocation: LambdaInvocation,
    maxAttempts: number,
  ): Promise<void> {
    const pool = pools.get(fn.name)!;
    const { requestId } = invocation;
    for (let attempt = 1; ; attempt++) {
      invocation.attempts = attempt;
      log(fn.name, 'platform', `START RequestId: ${requestId} Version: $LATEST`, requestId);
      const outcome = await pool.run({
        requestId,
        invokedFunctionArn: fn.arn,
        event: invocation.event,
        timeoutMs: fn.timeoutMs,
      });
      if (stopping.signal.aborted) return;
      const duration = outcome.durationMs;
      const status = outcome.ok ? '' : ` Status: error Error Type: ${outcome.error.errorType}`;
      log(fn.name, 'platform', `END RequestId: ${requestId}`, requestId);
      log(
        fn.name,
        'platform',
        `REPORT RequestId: ${requestId} Duration: ${duration.toFixed(2)} ms Billed Duration: ` +
          `${Math.ceil(duration)} ms Memory Size: ${fn.memoryMb} MB${status}`,
        requestId,
      );
      if (outcome.ok) {
        invocation.outcome = 'ok';
        invocation.result = outcome.result;
        return;
      }
      invocation.errors.push({ attempt, phase: outcome.phase, ...outcome.error });
      // An init failure was already logged as such by the environment.
      if (outcome.phase === 'invoke') {
        log(fn.name, 'platform', `ERROR Invoke Error ${JSON.stringify(outcome.error)}`, requestId);
      }
      if (attempt >= maxAttempts) {
        invocation.outcome = 'failed';
        failures.push({
          version: '1.0',
          timestamp: new Date().toISOString(),
          requestContext: {
            requestId,
            functionArn: `${fn.arn}:$LATEST`,
            condition: 'RetriesExhausted',
            approximateInvokeCount: attempt,
          },
          requestPayload: invocation.event,
          responseContext: {
            statusCode: 200,
            executedVersion: '$LATEST',
            functionError: 'Unhandled',
          },
          responsePayload: outcome.error,
        });
        log(
          fn.name,
          'platform',
          `ASYNC RequestId: ${requestId} failed ${attempt} time(s): sent to the on-failure destination`,
          requestId,
        );
        return;
      }
      const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)]!;
      log(
        fn.name,
        'platform',
        `ASYNC RequestId: ${requestId} attempt ${attempt + 1} of ${maxAttempts} in ${delay} ms`,
        requestId,
      );
      try {
        await sleep(delay, undefined, { signal: stopping.signal });
      } catch {
        return; // stopped while waiting
      }
    }
  }

  function start(
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
    invocations.push(invocation);
    active++;
    return attempts(fn, invocation, maxAttempts)
      .catch((error: unknown) => {
        // Only a stop interrupts the pool; anything else is a bug in the link itself.
        if (stopping.signal.aborted) return;
        log(fn.name, 'platform', `link error: ${(error as Error).stack ?? String(error)}`);
        invocation.outcome = 'failed';
        invocation.errors.push({
          attempt: invocation.attempts,
          phase: 'invoke',
          errorType: 'LocalStack.LinkError',
          errorMessage: String(error),
          trace: [],
        });
      })
      .then(() => invocation)
      .finally(settle);
  }

  /** One ObjectCreated record from s3rver: one single-record event per matching function. */
  async function deliver(record: S3rver.S3Event['Records'][number]): Promise<void> {
    const bucket = record.s3.bucket.name;
    const key = record.s3.object.key;
    const targets = functions.filter((fn) => receivesObject(fn, bucket, key));
    if (targets.length === 0) return;
    let eTag = record.s3.object.eTag;
    if (eTag === undefined) {
      try {
        eTag = await storedETag(s3rver, bucket, key);
      } catch (error) {
        eTag = '';
        for (const fn of targets) {
          log(fn.name, 'platform', `no ETag for ${record.eventName} of ${key}: ${String(error)}`);
        }
      }
    }
    if (stopping.signal.aborted) return;
    for (const fn of targets) {
      const event: S3Event = {
        Records: [
          s3EventRecord({
            region,
            bucket,
            key,
            size: record.s3.object.size ?? 0,
            eTag,
            eventName: record.eventName,
            eventTime: new Date(record.eventTime),
            configurationId: `${fn.name}-trigger`,
          }),
        ],
      };
      void start(fn, 's3', event);
    }
  }

  const onEvent = (event: S3rver.S3Event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      // Counted from now, so idle() right after the PutObject response already waits.
      active++;
      void deliver(record).finally(settle);
    }
  };
  s3rver.on('event', onEvent);

  return {
    functions,
    invocations,
    failures,
    idle: () =>
      active === 0 || stopping.signal.aborted
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
    invoke: async (functionName, event, invokeOptions = {}) => {
      if (stopping.signal.aborted) throw new Error('the Lambda link is stopped');
      const fn = functions.find((candidate) => candidate.name === functionName);
      if (!fn) {
        const known = functions.map((candidate) => candidate.name).join(', ') || 'none';
        throw new Error(`no Lambda function named ${functionName} (configured: ${known})`);
      }
      const retries = invokeOptions.maximumRetryAttempts ?? fn.maximumRetryAttempts;
      if (!Number.isInteger(retries) || retries < 0 || retries > 2) {
        throw new Error(`maximumRetryAttempts must be 0, 1 or 2, got ${retries}`);
      }
      return start(fn, 'invoke', event, 1 + retries);
    },
    stop: async () => {
      if (stopping.signal.aborted) return;
      stopping.abort();
      s3rver.off('event', onEvent);
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
      await Promise.all([...pools.values()].map((pool) => pool.stop()));
    },
  };
}
