import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';

/**
 * A function's configuration as the link takes it (the subset of Lambda's function and S3
 * notification settings the local stack honours), its validation and the environment its
 * processes get.
 */

/** A function configuration Lambda (or S3's notification configuration) would refuse. */
export class LambdaConfigError extends Error {
  override name = 'LambdaConfigError';
}

export interface LambdaFunctionConfig {
  /** Lambda function name: 1-64 of `A-Z a-z 0-9 - _`. */
  name: string;
  /** Path of the module exporting `handler` (a `.js`/`.mjs` bundle, or `.ts` run through tsx). */
  handler: string;
  /** The function's environment variables, added to the stack's. */
  env?: Record<string, string>;
  /**
   * Which ObjectCreated events invoke it, as in an S3 notification configuration. Unlike in
   * the AWS configuration, prefix and suffix are plain key text, not URL-encoded.
   */
  filter?: { prefix?: string; suffix?: string };
  /** The bucket whose notification configuration this is; default: every bucket. */
  bucket?: string;
  /** Default 30000 (AWS's default is 3 s: set what the function is deployed with). */
  timeoutMs?: number;
  /** Reported as `context.memoryLimitInMB`; not enforced. Default 128. */
  memoryMb?: number;
  /** Most execution environments (processes) at once. Default 10. */
  concurrency?: number;
  /** Retries after a failed asynchronous invocation, 0-2. Default 2, as on AWS. */
  maximumRetryAttempts?: number;
  /**
   * `false` for a function no bucket notifies (a stream consumer, invoked through
   * `invoke` or a stream mapping); `filter` and `bucket` are then ignored. Default true.
   */
  s3?: boolean;
}

export interface LambdaFunction {
  name: string;
  /** Absolute path. */
  handler: string;
  env: Record<string, string>;
  prefix: string;
  suffix: string;
  bucket: string | undefined;
  timeoutMs: number;
  memoryMb: number;
  concurrency: number;
  maximumRetryAttempts: number;
  arn: string;
  /** Whether S3 object-created events invoke it. */
  s3: boolean;
}

/** An account id that is obviously not a real one. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/** Lambda rejects a function configuration that sets any of these. */
const RESERVED_VARIABLES = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LambdaConfigError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function resolveFunction(config: LambdaFunctionConfig, region: string): LambdaFunction {
  const { name } = config;
  if (!FUNCTION_NAME.test(name)) {
    throw new LambdaConfigError(`Lambda function name "${name}" is not 1-64 of A-Z a-z 0-9 - _`);
  }
  const where = `Lambda function ${name}`;
  const handler = resolve(config.handler);
  // Lambda would only fail at the first invocation; locally a wrong path is a setup mistake.
  if (!existsSync(handler))
    throw new LambdaConfigError(`${where}: handler module ${handler} does not exist`);
  const env = config.env ?? {};
  const reserved = Object.keys(env).filter((key) => RESERVED_VARIABLES.has(key));
  if (reserved.length > 0) {
    throw new LambdaConfigError(
      `${where}: reserved environment variables cannot be set: ${reserved.join(', ')}`,
    );
  }
  return {
    name,
    handler,
    env: { ...env },
    prefix: config.filter?.prefix ?? '',
    suffix: config.filter?.suffix ?? '',
    bucket: config.bucket,
    timeoutMs: integer(`${where}: timeoutMs`, config.timeoutMs ?? 30_000, 1, 900_000),
    memoryMb: integer(`${where}: memoryMb`, config.memoryMb ?? 128, 128, 10_240),
    concurrency: integer(`${where}: concurrency`, config.concurrency ?? 10, 1, 1000),
    maximumRetryAttempts: integer(
      `${where}: maximumRetryAttempts`,
      config.maximumRetryAttempts ?? 2,
      0,
      2,
    ),
    arn: `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${name}`,
    s3: config.s3 ?? true,
  };
}

export function receivesObject(fn: LambdaFunction, bucket: string, key: string): boolean {
  return (
    fn.s3 &&
    (fn.bucket === undefined || fn.bucket === bucket) &&
    key.startsWith(fn.prefix) &&
    key.endsWith(fn.suffix)
  );
}

/**
 * S3 refuses two notification configurations of a bucket that could both match one object
 * for the same event type, so one object never invokes two functions.
 */
export function checkOverlaps(functions: readonly LambdaFunction[]): void {
  const overlap = (a: string, b: string, test: (x: string, y: string) => boolean) =>
    test(a, b) || test(b, a);
  for (const [i, a] of functions.entries()) {
    for (const b of functions.slice(i + 1)) {
      if (a.name === b.name)
        throw new LambdaConfigError(`Lambda function ${a.name} is configured twice`);
      if (!a.s3 || !b.s3) continue;
      const sameBucket = a.bucket === undefined || b.bucket === undefined || a.bucket === b.bucket;
      if (
        sameBucket &&
        overlap(a.prefix, b.prefix, (x, y) => x.startsWith(y)) &&
        overlap(a.suffix, b.suffix, (x, y) => x.endsWith(y))
      ) {
        throw new LambdaConfigError(
          `Lambda functions ${a.name} and ${b.name}: Configuration is ambiguously defined. ` +
            'Cannot have overlapping suffixes in two rules if the prefixes are overlapping ' +
            'for the same event type.',
        );
      }
    }
  }
}

/**
 * The whole environment of one execution environment's process: the parent's is not
 * inherited (a function sees only its configuration), except PATH and TMPDIR.
 */
export function processEnvironment(
  fn: LambdaFunction,
  base: Record<string, string>,
  region: string,
): Record<string, string> {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '/');
  const handlerFile = basename(fn.handler, extname(fn.handler));
  const inherited: Record<string, string> = {};
  for (const name of ['PATH', 'TMPDIR'] as const) {
    const value = process.env[name];
    if (value !== undefined) inherited[name] = value;
  }
  return {
    ...inherited,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    ...base,
    ...fn.env,
    _HANDLER: `${handlerFile}.handler`,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `${day}/[$LATEST]${randomBytes(16).toString('hex')}`,
    LAMBDA_TASK_ROOT: dirname(fn.handler),
  };
}
