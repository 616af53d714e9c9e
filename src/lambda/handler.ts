import type { Context, S3Event } from 'aws-lambda';
import { DEFAULT_RETRY_POLICY } from '../shared/aws-caller.js';
import { type AwsClients, type ClientOptions, createClients } from '../shared/clients.js';
import { type Clock, systemClock } from '../shared/clock.js';
import { errorMessage } from '../shared/aws-errors.js';
import { CallTimes } from './batch-deadline.js';
import {
  type BatchJob,
  type S3BatchInvocation,
  type S3BatchResponse,
  isBatchInvocation,
  readBatchInvocation,
} from './batch-job.js';
import { readLambdaConfig } from './config.js';
import { handleBatchJob } from './handle-batch-job.js';
import { type EventSummary, type LambdaRuntime, handleEvent } from './handle-event.js';
import { type Logger, createLogger } from './logger.js';
import { VERSION } from '../shared/version.js';

export interface LambdaDeps {
  clock: Clock;
  log: Logger;
  createClients: (options: ClientOptions) => AwsClients | Promise<AwsClients>;
  retryPolicy: LambdaRuntime['retryPolicy'];
  recordConcurrency: number;
}

export type LambdaContext = Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>;

/** S3 event notifications and S3 Batch Operations invocations, each answered in its shape. */
export interface LambdaHandler {
  (event: S3Event, context: LambdaContext): Promise<EventSummary>;
  (event: S3BatchInvocation, context: LambdaContext): Promise<S3BatchResponse>;
  (event: unknown, context: LambdaContext): Promise<EventSummary | S3BatchResponse>;
}

/** An invocation that is neither an S3 event notification nor an S3 Batch Operations one. */
export class UnsupportedInvocationError extends Error {
  override name = 'UnsupportedInvocationError';
}

const isS3Event = (event: unknown): event is S3Event =>
  typeof event === 'object' && event !== null && Array.isArray((event as S3Event).Records);

/**
 * What S3 sends once when a notification configuration is saved: no Records. Answered as an
 * event with no record (as before batch invocations existed), never refused: a refusal would
 * be retried and end in the failure queue, raising its alarm for nothing.
 */
const isS3TestEvent = (event: unknown): boolean =>
  typeof event === 'object' &&
  event !== null &&
  (event as { Event?: unknown }).Event === 's3:TestEvent';

/**
 * The batch job the event describes. Anything else, or an invocation with no task to answer,
 * is refused: logged, then thrown, so the invoker sees what was expected.
 */
function readJobOrRefuse(event: unknown, log: Logger): BatchJob {
  try {
    if (!isBatchInvocation(event)) {
      throw new UnsupportedInvocationError(
        `Unsupported invocation: got ${describeEvent(event)}. This function takes S3 event ` +
          'notifications ({"Records": [...]}) and S3 Batch Operations invocations ' +
          '({"invocationSchemaVersion": "1.0" or "2.0", "invocationId": ..., "job": ..., "tasks": [...]}).',
      );
    }
    return readBatchInvocation(event);
  } catch (error) {
    log.error('invocation refused', { error: errorMessage(error) });
    throw error;
  }
}

/** Names what arrived without echoing it: an event may be large, or carry anything. */
function describeEvent(event: unknown): string {
  if (typeof event !== 'object' || event === null)
    return `a ${event === null ? 'null' : typeof event}`;
  if (Array.isArray(event)) return 'an array';
  const keys = Object.keys(event).slice(0, 10);
  return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`;
}

/**
 * Reads and validates the configuration once, at cold start, and builds the clients that
 * warm invocations reuse. A bad configuration fails the cold start with every problem named.
 */
export function createHandler(
  env: NodeJS.ProcessEnv,
  overrides: Partial<LambdaDeps> = {},
): LambdaHandler {
  const deps: LambdaDeps = {
    clock: systemClock,
    log: createLogger(),
    createClients,
    retryPolicy: DEFAULT_RETRY_POLICY,
    recordConcurrency: 4,
    ...overrides,
  };
  let config;
  try {
    config = readLambdaConfig(env);
  } catch (error) {
    deps.log.error('invalid configuration', { error: errorMessage(error) });
    throw error;
  }
  deps.log.info('cold start', {
    prefix: config.prefix,
    tables: [...config.tables].map(([environment, table]) => `${environment}=${table}`).join(','),
    minConfidence: config.settings.minConfidence,
    maxLabels: config.settings.maxLabels,
    ttlHours: config.ttlHours,
  });
  // Built once per execution environment; the first invocation waits for it.
  const clients = Promise.resolve(
    deps.createClients({ region: config.region, userAgent: `rekognition-label-lambda/${VERSION}` }),
  );
  // Seen here, reported by the invocation that awaits it.
  clients.catch(() => {});
  const runtime: Omit<LambdaRuntime, 'clients'> = {
    config,
    clock: deps.clock,
    retryPolicy: deps.retryPolicy,
    log: deps.log,
    recordConcurrency: deps.recordConcurrency,
    pacers: new Map(),
  };
  // Learned by this execution environment's batch invocations, for the next ones.
  const callTimes = new CallTimes();
  const handler = async (
    event: unknown,
    context: LambdaContext,
  ): Promise<EventSummary | S3BatchResponse> => {
    const invocation = {
      requestId: context.awsRequestId,
      remainingMs: context.getRemainingTimeInMillis(),
    };
    if (isS3Event(event)) {
      return handleEvent(event, invocation, { ...runtime, clients: await clients });
    }
    if (isS3TestEvent(event)) {
      deps.log.info('S3 test event ignored', { requestId: invocation.requestId });
      return handleEvent({ Records: [] }, invocation, { ...runtime, clients: await clients });
    }
    const job = readJobOrRefuse(event, deps.log.with({ requestId: invocation.requestId }));
    return handleBatchJob(job, invocation, { ...runtime, clients: await clients, callTimes });
  };
  return handler as LambdaHandler;
}
