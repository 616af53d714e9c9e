import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { AwsCaller, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../shared/aws-caller.js';
import { type AwsFailure, describeNeutral, errorMessage } from '../shared/aws-errors.js';
import { type AwsClients, type ClientOptions, createClients } from '../shared/clients.js';
import { type Clock, systemClock } from '../shared/clock.js';
import { LabelIndexWriter } from '../shared/label-index-writer.js';
import { redact } from '../shared/redact.js';
import { TABLE_NAME } from '../shared/settings-rules.js';
import { VERSION } from '../shared/version.js';
import { ConfigError } from './config.js';
import { type Logger, createLogger } from './logger.js';

/**
 * The label index's stream consumer: a results table's DynamoDB stream (NEW_AND_OLD_IMAGES)
 * in, the index table's rows out (label-index-writer.ts). It reports the first record it could
 * not apply in `batchItemFailures`, so Lambda retries from there and, after its retries, sends
 * the range to the mapping's on-failure queue.
 */

export interface IndexConfig {
  indexTable: string;
  region: string;
}

export interface IndexDeps {
  clock: Clock;
  log: Logger;
  createClients: (options: ClientOptions) => AwsClients | Promise<AwsClients>;
  retryPolicy: RetryPolicy;
}

export type IndexHandler = (
  event: DynamoDBStreamEvent,
  context: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>,
) => Promise<DynamoDBBatchResponse>;

/** Retries of one write stop this long before Lambda's own timeout. */
const DEADLINE_MARGIN_MS = 5_000;

export function readIndexConfig(env: NodeJS.ProcessEnv): IndexConfig {
  const problems: string[] = [];
  const indexTable = env.INDEX_TABLE?.trim() ?? '';
  if (!TABLE_NAME.test(indexTable)) {
    problems.push(
      `INDEX_TABLE is ${JSON.stringify(indexTable)}; expected the label index's DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).`,
    );
  }
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (region === '') problems.push('AWS_REGION is not set (the Lambda runtime always sets it).');
  if (problems.length > 0) {
    throw new ConfigError(`Invalid function configuration:\n${problems.join('\n')}`);
  }
  return { indexTable, region };
}

/** Failures worded for the operator: the variable and the role, never the action's inputs. */
function indexFailureWording(config: IndexConfig): (failure: AwsFailure) => string {
  return (failure) => {
    const { operation, detail } = failure;
    switch (failure.topic) {
      case 'denied':
        return redact(
          `AccessDenied: ${operation.action} on ${operation.resource} was denied. Allow it in the function's execution role.`,
        );
      case 'missing-resource':
        return redact(
          `${operation.resource} does not exist in ${config.region} (${detail}). Check INDEX_TABLE in the function's environment variables.`,
        );
      default:
        return redact(describeNeutral(failure));
    }
  };
}

export function createIndexHandler(
  env: NodeJS.ProcessEnv,
  overrides: Partial<IndexDeps> = {},
): IndexHandler {
  const deps: IndexDeps = {
    clock: systemClock,
    log: createLogger(),
    createClients,
    retryPolicy: DEFAULT_RETRY_POLICY,
    ...overrides,
  };
  let config: IndexConfig;
  try {
    config = readIndexConfig(env);
  } catch (error) {
    deps.log.error('invalid configuration', { error: errorMessage(error) });
    throw error;
  }
  deps.log.info('cold start', { indexTable: config.indexTable });
  const clients = Promise.resolve(
    deps.createClients({
      region: config.region,
      userAgent: `rekognition-label-index/${VERSION}`,
      s3: false,
    }),
  );
  clients.catch(() => {});
  let writer: LabelIndexWriter | undefined;
  return async (event, context) => {
    const log = deps.log.with({ requestId: context.awsRequestId });
    const { clock } = deps;
    const deadline =
      clock.now() + Math.max(0, context.getRemainingTimeInMillis() - DEADLINE_MARGIN_MS);
    const services = {
      clients: await clients,
      caller: new AwsCaller(16, clock, deadline, deps.retryPolicy),
      clock,
      describe: indexFailureWording(config),
    };
    // One writer per warm environment keeps its names cache; each batch brings its own caller.
    writer = writer?.withServices(services) ?? new LabelIndexWriter(config.indexTable, services);
    const summary = await writer.apply(event.Records ?? []);
    for (const error of summary.errors) log.error('index write failed', { error });
    log.info('batch applied', {
      records: summary.records,
      images: summary.images,
      rowsPut: summary.rowsPut,
      rowsDeleted: summary.rowsDeleted,
      failedFrom: summary.failedFrom,
    });
    return {
      batchItemFailures:
        summary.failedFrom === undefined ? [] : [{ itemIdentifier: summary.failedFrom }],
    };
  };
}
