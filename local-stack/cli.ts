import { fstatSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBucket, createTable } from './admin.js';
import { ConfigError, type EmulatorOptions } from './fault-injection.js';
import type { DynamoShimOptions } from './dynamodb-faults.js';
import type { S3FaultOptions } from './s3-faults.js';
import { LambdaConfigError } from './lambda-function.js';
import { lambdaFunctionsFor, type LambdaCliFunction } from './lambda-cli.js';
import { type BatchOperationsSettings, startLocalStack, type LocalStack } from './stack.js';

const USAGE = `usage: node --openssl-legacy-provider --import tsx local-stack/cli.ts [options]
  --port N            base port: S3 N, DynamoDB N+1, Rekognition N+2, GitHub API N+3,
                      S3 Control N+4 (default: random)
  --region R          default us-east-1
  --s3-dir DIR        keep S3 data in DIR (default: temp dir, wiped on exit)
  --bucket NAME       create a bucket (repeatable)
  --table NAME        create a table with TTL on expires_at (repeatable)
  --latency-ms N      emulator: delay added to every reply
  --tps N             emulator: token bucket of N calls per second
  --failure-rate X    emulator: fraction of calls failing with InternalServerError
  --throttle-rate X   emulator: fraction of calls failing with ThrottlingException
  --seed N            emulator: PRNG seed for the rates
  --access-denied     emulator: answer AccessDeniedException to everything
  --emulator-config JSON   emulator start config (failNames, delays...), under the flags above
  --dynamodb-config JSON   DynamoDB fault rules to start with: {"failures":[...],"delays":[...]}
  --s3-config JSON         S3 start config: {"metadataLimit":true,"failures":[...],"delays":[...]}
  --s3-metadata-limit on|off  enforce S3's 2 KB user-metadata limit (default on)
  --lambda PATH       handler module (a .js bundle, or .ts through tsx) invoked for objects
                      created under the prefix: one function per --lambda-env
  --lambda-env LIST   environments, comma-separated (default beta,prod): function
                      rekognition-ENV-handler, filter PREFIX/ENV/, DDB_TABLE_ENV=its table
  --lambda-prefix P   key prefix, also passed as PREFIX (default rekognition-input)
  --lambda-table T    table name template, {environment} replaced (default
                      {environment}_results); tables not given with --table are created
  --lambda-setting K=V  extra function environment, e.g. MIN_CONFIDENCE=80 (repeatable)
  --lambda-timeout-ms N   function timeout (default 30000)
  --lambda-concurrency N  execution environments per function (default 10)
  --batch-parallelism N   S3 Batch Operations: invocations of one job in flight (default 20)
  --batch-redrive-attempts N  times a TemporaryFailure task is invoked again (default 3)
  --batch-redrive-delay-ms N  wait before it is (default 100)
Also serves a local GitHub REST API (env GITHUB_API_URL; tokens local-write-token and
local-read-token; see local-stack/README.md).
Prints one JSON line {"ready":true,"endpoints":...,"env":...,"lambda"?:[...]} on stdout,
logs on stderr (function output as "[function-name] line").
Stops on SIGTERM/SIGINT, or when stdin (a pipe) closes.`;

const log = (message: string) => console.error(`local-stack: ${message}`);

function fail(message: string): never {
  log(message);
  console.error(USAGE);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    fail(`--${name} must be a number, got "${value}"`);
  return n;
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        region: { type: 'string' },
        's3-dir': { type: 'string' },
        bucket: { type: 'string', multiple: true },
        table: { type: 'string', multiple: true },
        'latency-ms': { type: 'string' },
        tps: { type: 'string' },
        'failure-rate': { type: 'string' },
        'throttle-rate': { type: 'string' },
        seed: { type: 'string' },
        'access-denied': { type: 'boolean' },
        'emulator-config': { type: 'string' },
        'dynamodb-config': { type: 'string' },
        's3-config': { type: 'string' },
        's3-metadata-limit': { type: 'string' },
        lambda: { type: 'string' },
        'lambda-env': { type: 'string' },
        'lambda-prefix': { type: 'string' },
        'lambda-table': { type: 'string' },
        'lambda-setting': { type: 'string', multiple: true },
        'lambda-timeout-ms': { type: 'string' },
        'lambda-concurrency': { type: 'string' },
        'batch-parallelism': { type: 'string' },
        'batch-redrive-attempts': { type: 'string' },
        'batch-redrive-delay-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (values.help) {
  console.error(USAGE);
  process.exit(0);
}

/** A JSON object flag; validated by startLocalStack (unknown keys are errors there). */
function jsonObject(name: string, value: string | undefined): Record<string, unknown> {
  if (value === undefined) return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Reported below.
  }
  return fail(`--${name} must be a JSON object, got ${JSON.stringify(value)}`);
}

const emulator: EmulatorOptions = jsonObject('emulator-config', values['emulator-config']);
const dynamodb = jsonObject('dynamodb-config', values['dynamodb-config']) as DynamoShimOptions;
const s3 = jsonObject('s3-config', values['s3-config']) as S3FaultOptions;
const metadataLimit = values['s3-metadata-limit'];
if (metadataLimit !== undefined) {
  if (metadataLimit !== 'on' && metadataLimit !== 'off') {
    fail(`--s3-metadata-limit must be on or off, got "${metadataLimit}"`);
  }
  s3.metadataLimit = metadataLimit === 'on';
}
const latencyMs = number('latency-ms', values['latency-ms']);
const tps = number('tps', values.tps);
const failureRate = number('failure-rate', values['failure-rate']);
const throttleRate = number('throttle-rate', values['throttle-rate']);
const seed = number('seed', values.seed);
if (latencyMs !== undefined) emulator.latencyMs = latencyMs;
if (tps !== undefined) emulator.tps = tps;
if (failureRate !== undefined) emulator.failureRate = failureRate;
if (throttleRate !== undefined) emulator.throttleRate = throttleRate;
if (seed !== undefined) emulator.seed = seed;
if (values['access-denied']) emulator.accessDenied = true;

let lambdaFunctions: LambdaCliFunction[] = [];
if (values.lambda !== undefined) {
  try {
    lambdaFunctions = lambdaFunctionsFor({
      handler: values.lambda,
      environments: values['lambda-env'],
      prefix: values['lambda-prefix'],
      tableTemplate: values['lambda-table'],
      settings: values['lambda-setting'] ?? [],
      timeoutMs: number('lambda-timeout-ms', values['lambda-timeout-ms']),
      concurrency: number('lambda-concurrency', values['lambda-concurrency']),
    });
  } catch (error) {
    if (error instanceof LambdaConfigError) fail(error.message);
    throw error;
  }
} else {
  const stray = Object.keys(values).find((name) => name.startsWith('lambda-'));
  if (stray) fail(`--${stray} needs --lambda`);
}

/** A whole-number flag of at least `min`, named in the error (the stack's own names its setting). */
function integer(name: string, value: string | undefined, min: number): number | undefined {
  const n = number(name, value);
  if (n !== undefined && (!Number.isInteger(n) || n < min)) {
    fail(`--${name} must be a whole number >= ${min}, got "${value}"`);
  }
  return n;
}

// S3 Batch Operations' settings; the stack's defaults for those not given.
const batchOperations: Partial<BatchOperationsSettings> = {};
const parallelism = integer('batch-parallelism', values['batch-parallelism'], 1);
const redriveAttempts = integer('batch-redrive-attempts', values['batch-redrive-attempts'], 0);
const redriveDelayMs = integer('batch-redrive-delay-ms', values['batch-redrive-delay-ms'], 0);
if (parallelism !== undefined) batchOperations.parallelism = parallelism;
if (redriveAttempts !== undefined) batchOperations.redriveAttempts = redriveAttempts;
if (redriveDelayMs !== undefined) batchOperations.redriveDelayMs = redriveDelayMs;

const port = number('port', values.port) ?? 0;
let stack: LocalStack;
try {
  stack = await startLocalStack({
    port,
    emulator,
    dynamodb,
    s3,
    log,
    batchOperations,
    ...(values.region ? { region: values.region } : {}),
    ...(values['s3-dir'] ? { s3Dir: values['s3-dir'] } : {}),
    ...(lambdaFunctions.length > 0
      ? { lambda: { functions: lambdaFunctions.map(({ config }) => config) } }
      : {}),
  });
} catch (error) {
  if (error instanceof ConfigError || error instanceof LambdaConfigError) fail(error.message);
  log(`failed to start: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
}
try {
  const tables = new Set(values.table ?? []);
  // The functions' tables too, so `--lambda` alone gives a stack the handler can write to.
  for (const { table } of lambdaFunctions) tables.add(table);
  for (const bucket of values.bucket ?? []) await createBucket(stack, bucket);
  for (const table of tables) await createTable(stack, table);
} catch (error) {
  log(`setup failed: ${(error as Error).stack ?? String(error)}`);
  // Stop first so the temp S3 directory is removed.
  await stack.stop().catch(() => {});
  process.exit(1);
}

let stopping = false;
async function shutdown(reason: string): Promise<void> {
  if (stopping) {
    log(`${reason} again, exiting without cleanup`);
    process.exit(1);
  }
  stopping = true;
  log(`${reason}, stopping`);
  // A stuck close must not leave an orphan holding the ports.
  setTimeout(() => {
    log('stop timed out');
    process.exit(1);
  }, 10_000).unref();
  try {
    await stack.stop();
    process.exit(0);
  } catch (error) {
    log(`stop failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  }
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// Only a pipe or socket on stdin means "a parent process owns me": a terminal or
// /dev/null (`npm run stack &`) must not stop the stack.
const stdin = fstatSync(0);
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('end', () => void shutdown('stdin closed'));
  process.stdin.resume();
}

console.log(
  JSON.stringify({
    ready: true,
    endpoints: stack.endpoints,
    env: stack.env,
    ...(lambdaFunctions.length > 0
      ? {
          lambda: lambdaFunctions.map(({ config, table }) => ({
            name: config.name,
            prefix: config.filter?.prefix,
            table,
          })),
        }
      : {}),
  }),
);
log(
  `ready: s3 ${stack.endpoints.s3}, dynamodb ${stack.endpoints.dynamodb}, rekognition ${stack.endpoints.rekognition}, github ${stack.endpoints.github}, s3control ${stack.endpoints.s3Control}`,
);
