import type { Context, S3Event } from 'aws-lambda';
import { DEFAULT_RETRY_POLICY } from '../shared/aws-caller.js';
import { type AwsClients, type ClientOptions, createClients } from '../shared/clients.js';
import { type Clock, systemClock } from '../shared/clock.js';
import { errorMessage } from '../shared/aws-errors.js';
import { readLambdaConfig } from './config.js';
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

export type S3Handler = (
  event: S3Event,
  context: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>,
) => Promise<EventSummary>;

/**
 * Reads and validates the configuration once, at cold start, and builds the clients that
 * warm invocations reuse. A bad configuration fails the cold start with every problem named.
 */
export function createHandler(
  env: NodeJS.ProcessEnv,
  overrides: Partial<LambdaDeps> = {},
): S3Handler {
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
  return async (event, context) =>
    handleEvent(
      event,
      { requestId: context.awsRequestId, remainingMs: context.getRemainingTimeInMillis() },
      { ...runtime, clients: await clients },
    );
}
