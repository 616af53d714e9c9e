import {
  arrayOf,
  defined,
  type Fields,
  objectWith,
  oneOf,
  optionalOneOf,
  optionalString,
  parsePatch,
} from './config-check.js';
import { GatedFaults } from './gated-faults.js';
import {
  DELAY_KEYS,
  type DelayAction,
  type HeldRequest,
  nameMatches,
  parseDelayAction,
  parseScope,
  type RuleScope,
  SCOPE_KEYS,
} from './request-gates.js';

/** DynamoDB API operations a rule can name (the part of X-Amz-Target after the dot). */
export const DYNAMODB_OPERATIONS = [
  'BatchExecuteStatement',
  'BatchGetItem',
  'BatchWriteItem',
  'CreateTable',
  'DeleteItem',
  'DeleteTable',
  'DescribeEndpoints',
  'DescribeLimits',
  'DescribeTable',
  'DescribeTimeToLive',
  'ExecuteStatement',
  'ExecuteTransaction',
  'GetItem',
  'ListTables',
  'ListTagsOfResource',
  'PutItem',
  'Query',
  'Scan',
  'TagResource',
  'TransactGetItems',
  'TransactWriteItems',
  'UntagResource',
  'UpdateItem',
  'UpdateTable',
  'UpdateTimeToLive',
] as const;

export type DynamoOperation = (typeof DYNAMODB_OPERATIONS)[number];

/** The errors a failure rule can answer with, and DynamoDB's status and message for each. */
export const DYNAMODB_FAULTS = {
  InternalServerError: { status: 500, message: 'Internal server error' },
  ServiceUnavailable: { status: 503, message: 'The service is currently unavailable or busy.' },
  ProvisionedThroughputExceededException: {
    status: 400,
    message:
      'The level of configured provisioned throughput for the table was exceeded. ' +
      'Consider increasing your provisioning level with the UpdateTable API.',
  },
  ThrottlingException: { status: 400, message: 'Rate of requests exceeds the allowed throughput.' },
} as const;

export type DynamoFaultType = keyof typeof DYNAMODB_FAULTS;

interface DynamoScope extends RuleScope {
  /** Only this operation; any when absent. */
  operation?: DynamoOperation;
}

/**
 * Answers matching requests with `error` instead of passing them to dynalite. `match` is a
 * substring of the request's JSON body (table name, key and attribute values all appear in it).
 */
export interface DynamoFailureRule extends DynamoScope {
  error: DynamoFaultType;
  message?: string;
}

/** Holds matching requests `ms` milliseconds, or until released (`hold: true`). */
export interface DynamoDelayRule extends DynamoScope, DelayAction {}

export interface DynamoShimConfig {
  failures: DynamoFailureRule[];
  delays: DynamoDelayRule[];
}

export type DynamoShimOptions = Partial<DynamoShimConfig>;

export interface DynamoShimStats {
  /** API calls received (admin calls excluded). */
  requests: number;
  byOperation: Record<string, number>;
  /** Calls answered by a failure rule. */
  injectedFailures: number;
  /** Calls a delay rule delayed or held (released or not). */
  delayed: number;
  /** Calls held right now. */
  held: HeldRequest[];
}

export const DEFAULT_DYNAMO_CONFIG: DynamoShimConfig = { failures: [], delays: [] };

function parseOperation(fields: Fields, path: string): DynamoOperation | undefined {
  return optionalOneOf(fields, 'operation', path, DYNAMODB_OPERATIONS);
}

function parseFailure(value: unknown, path: string): DynamoFailureRule {
  const fields = objectWith(value, path, ['operation', 'error', 'message', ...SCOPE_KEYS]);
  const error = oneOf(
    fields.error,
    `${path}.error`,
    Object.keys(DYNAMODB_FAULTS) as DynamoFaultType[],
  );
  return defined({
    operation: parseOperation(fields, path),
    ...parseScope(fields, path),
    error,
    message: optionalString(fields, 'message', path),
  });
}

function parseDelay(value: unknown, path: string): DynamoDelayRule {
  const fields = objectWith(value, path, ['operation', ...DELAY_KEYS, ...SCOPE_KEYS]);
  return defined({
    operation: parseOperation(fields, path),
    ...parseScope(fields, path),
    ...parseDelayAction(fields, path),
  });
}

/** Validates a patch from the admin endpoint, the CLI or `startLocalStack`. */
export function parseDynamoPatch(input: unknown): DynamoShimOptions {
  return parsePatch<DynamoShimConfig>(input, {
    failures: (value, key) => arrayOf(value, key, parseFailure),
    delays: (value, key) => arrayOf(value, key, parseDelay),
  });
}

/** What a request looks like to the rules. */
export interface DynamoRequest {
  operation: string;
  /** The JSON body as text. */
  body: string;
  table: string;
}

/** Injected error reply: status, `__type` short name and message. */
export interface DynamoFault {
  status: number;
  type: DynamoFaultType;
  message: string;
}

/** `match` as written, or as it appears inside a JSON string (`"` and `\` escaped). */
function bodyMatches(match: string | undefined, body: string): boolean {
  if (match === undefined) return true;
  return nameMatches(match, [body]) || body.includes(JSON.stringify(match).slice(1, -1));
}

/** The DynamoDB shim's live fault config, rules, holds and counters. */
export class DynamoFaults extends GatedFaults<DynamoShimConfig> {
  stats(): DynamoShimStats {
    const c = this.counts();
    return {
      requests: c.requests,
      byOperation: c.byOperation,
      injectedFailures: c.injected,
      delayed: c.delayed,
      held: this.holds.list(),
    };
  }

  /** Applies the first matching delay rule, then returns the failure to answer, if any. */
  async check(request: DynamoRequest): Promise<DynamoFault | undefined> {
    const failure = await this.gate(
      { operation: request.operation, name: request.table, names: [request.body] },
      (rule) =>
        (rule.operation === undefined || rule.operation === request.operation) &&
        bodyMatches(rule.match, request.body),
    );
    if (!failure) return undefined;
    const known = DYNAMODB_FAULTS[failure.error];
    return { status: known.status, type: failure.error, message: failure.message ?? known.message };
  }
}
