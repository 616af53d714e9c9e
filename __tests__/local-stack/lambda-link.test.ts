import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBucket, dynamoClient, s3Client } from '../../local-stack/admin.js';
import {
  LambdaConfigError,
  type LambdaInvocation,
  type LambdaLink,
  type LambdaLogLine,
  startLambdaLink,
  stderrLambdaLog,
} from '../../local-stack/lambda-link.js';
import { encodeEventKey, s3EventRecord } from '../../local-stack/s3-event.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';
import { attemptsFile } from '../fixtures/lambda/fail-first.js';
import { spawnLocalStack, type SpawnedStack } from '../helpers/stack.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/lambda/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const BUCKET = 'lambda-link-images';
const OTHER_BUCKET = 'lambda-link-other';
const REGION = 'eu-west-1';

/** One line of record-event.mjs's file. */
interface Received {
  pid: number;
  cwd: string;
  event: S3Event;
  env: Record<string, string>;
  context: {
    functionName: string;
    functionVersion: string;
    invokedFunctionArn: string;
    memoryLimitInMB: string;
    awsRequestId: string;
    logGroupName: string;
    logStreamName: string;
    remainingMs: number;
  };
}

function readReceived(file: string): Received[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Received);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('S3 → Lambda link', () => {
  let dir: string;
  let stack: LocalStack;
  let link: LambdaLink;
  let s3: S3Client;
  const lines: LambdaLogLine[] = [];
  const betaFile = () => join(dir, 'beta.jsonl');
  const prodFile = () => join(dir, 'prod.jsonl');

  /** What `run` made: invocations, on-failure records and beta/prod deliveries. */
  async function observe(run: () => Promise<unknown>) {
    const before = {
      invocations: link.invocations.length,
      failures: link.failures.length,
      beta: readReceived(betaFile()).length,
      prod: readReceived(prodFile()).length,
    };
    await run();
    await link.idle();
    return {
      invocations: link.invocations.slice(before.invocations),
      failures: link.failures.slice(before.failures),
      beta: readReceived(betaFile()).slice(before.beta),
      prod: readReceived(prodFile()).slice(before.prod),
    };
  }

  const put = (key: string, body: string | Uint8Array = 'image bytes', bucket = BUCKET) =>
    s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));

  const invoke = (name: string, event: unknown, options?: { maximumRetryAttempts?: number }) =>
    link.invoke(name, event, options);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lambda-link-test-'));
    stack = await startLocalStack({
      region: REGION,
      lambda: {
        retryDelaysMs: [50, 100],
        log: (line) => lines.push(line),
        functions: [
          {
            name: 'beta-handler',
            handler: fixture('record-event.mjs'),
            bucket: BUCKET,
            filter: { prefix: 'rekognition-input/beta/' },
            env: { RECORD_FILE: betaFile(), DDB_TABLE_BETA: 'beta_results', MIN_CONFIDENCE: '80' },
          },
          {
            name: 'prod-handler',
            handler: fixture('record-event.mjs'),
            bucket: BUCKET,
            filter: { prefix: 'rekognition-input/prod/', suffix: '.png' },
            env: { RECORD_FILE: prodFile(), DDB_TABLE_PROD: 'prod_results' },
          },
          {
            name: 'flaky',
            handler: fixture('fail-first.ts'),
            filter: { prefix: 'flaky/' },
            env: { COUNT_DIR: dir },
          },
          {
            name: 'strict',
            handler: fixture('strict-config.ts'),
            filter: { prefix: 'strict/' },
            env: { MIN_CONFIDENCE: 'high' },
          },
          {
            name: 'misbehave',
            handler: fixture('misbehave.mjs'),
            filter: { prefix: 'misbehave/' },
            timeoutMs: 1000,
            concurrency: 2,
            maximumRetryAttempts: 0,
          },
          {
            name: 'no-handler',
            handler: fixture('no-handler.mjs'),
            filter: { prefix: 'no-handler/' },
            maximumRetryAttempts: 0,
          },
        ],
      },
    });
    link = stack.lambda!;
    await createBucket(stack, BUCKET);
    await createBucket(stack, OTHER_BUCKET);
    s3 = s3Client(stack);
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('invokes once per object created under the prefix, with the event S3 sends', async () => {
    const key = 'rekognition-input/beta/\u00dcn\u00efcode dir/photo (1)+final 100%.png';
    const body = new Uint8Array(1234).fill(7);
    let eTag: string | undefined;
    const seen = await observe(async () => {
      eTag = (await put(key, body)).ETag;
    });

    expect(seen.invocations).toHaveLength(1);
    expect(seen.invocations[0]).toMatchObject({
      functionName: 'beta-handler',
      trigger: 's3',
      key,
      attempts: 1,
      outcome: 'ok',
      result: { records: 1 },
    });
    expect(seen.prod).toHaveLength(0);
    expect(seen.beta).toHaveLength(1);
    const { event, context, cwd } = seen.beta[0]!;
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: REGION,
      eventName: 'ObjectCreated:Put',
      s3: {
        configurationId: 'beta-handler-trigger',
        bucket: { name: BUCKET, arn: `arn:aws:s3:::${BUCKET}` },
        object: {
          key: 'rekognition-input/beta/%C3%9Cn%C3%AFcode+dir/photo+%281%29%2Bfinal+100%25.png',
          size: 1234,
          eTag: eTag!.replace(/"/g, ''),
        },
      },
    });
    expect(event.Records[0]!.s3.object.key).toBe(encodeEventKey(key));
    expect(event.Records[0]!.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(event.Records[0]!.eventTime)).toBeGreaterThan(Date.now() - 60_000);
    expect(context).toMatchObject({
      functionName: 'beta-handler',
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${REGION}:000000000000:function:beta-handler`,
      memoryLimitInMB: '128',
      awsRequestId: seen.invocations[0]!.requestId,
      logGroupName: '/aws/lambda/beta-handler',
    });
    expect(context.remainingMs).toBeGreaterThan(0);
    expect(context.remainingMs).toBeLessThanOrEqual(30_000);
    expect(cwd).toBe(FIXTURES.replace(/\/$/, ''));
  });

  it("gives a function the stack's environment and its own, not the parent's", async () => {
    const seen = await observe(() => put('rekognition-input/beta/env.png'));
    const { env } = seen.beta[0]!;
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_S3: stack.endpoints.s3,
      AWS_ENDPOINT_URL_DYNAMODB: stack.endpoints.dynamodb,
      AWS_ENDPOINT_URL_REKOGNITION: stack.endpoints.rekognition,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_REGION: REGION,
      AWS_DEFAULT_REGION: REGION,
      AWS_LAMBDA_FUNCTION_NAME: 'beta-handler',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      LAMBDA_TASK_ROOT: FIXTURES.replace(/\/$/, ''),
      _HANDLER: 'record-event.handler',
      DDB_TABLE_BETA: 'beta_results',
      MIN_CONFIDENCE: '80',
    });
    expect(env.DDB_TABLE_PROD).toBeUndefined();
    expect(process.env.VITEST).toBeDefined();
    expect(env.VITEST).toBeUndefined();
  });

  it('routes beta and prod keys to their own function', async () => {
    const seen = await observe(async () => {
      await put('rekognition-input/prod/p.png');
      await put('rekognition-input/beta/b.png');
    });
    expect(seen.invocations.map((i) => [i.functionName, i.key])).toEqual([
      ['prod-handler', 'rekognition-input/prod/p.png'],
      ['beta-handler', 'rekognition-input/beta/b.png'],
    ]);
    expect(seen.prod.map((r) => r.event.Records[0]!.s3.object.key)).toEqual([
      'rekognition-input/prod/p.png',
    ]);
    expect(seen.prod[0]!.env.DDB_TABLE_PROD).toBe('prod_results');
    expect(seen.prod[0]!.env.DDB_TABLE_BETA).toBeUndefined();
    expect(seen.beta.map((r) => r.event.Records[0]!.s3.object.key)).toEqual([
      'rekognition-input/beta/b.png',
    ]);
  });

  it('does not invoke for other prefixes, suffixes, buckets, or for deletes', async () => {
    await put('rekognition-input/beta/to-delete.png');
    await link.idle();
    const seen = await observe(async () => {
      await put('rekognition-input/staging/x.png');
      await put('elsewhere/rekognition-input/beta/x.png');
      await put('rekognition-input/prod/not-an-image.txt');
      await put('rekognition-input/beta/x.png', 'bytes', OTHER_BUCKET);
      await s3.send(
        new DeleteObjectCommand({ Bucket: BUCKET, Key: 'rekognition-input/beta/to-delete.png' }),
      );
    });
    expect(seen.invocations).toEqual([]);
    expect(seen.beta).toEqual([]);
    expect(seen.prod).toEqual([]);
  });

  it('delivers a copy as ObjectCreated:Copy with the copied ETag', async () => {
    const source = await put('originals/source.png', 'copied bytes');
    const seen = await observe(() =>
      s3.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: 'rekognition-input/prod/copied.png',
          CopySource: `${BUCKET}/originals/source.png`,
        }),
      ),
    );
    expect(seen.prod).toHaveLength(1);
    expect(seen.prod[0]!.event.Records[0]).toMatchObject({
      eventName: 'ObjectCreated:Copy',
      s3: {
        object: {
          key: 'rekognition-input/prod/copied.png',
          size: 'copied bytes'.length,
          eTag: source.ETag!.replace(/"/g, ''),
        },
      },
    });
  });

  it('reuses a warm execution environment', async () => {
    const first = await observe(() => put('rekognition-input/beta/warm-1.png'));
    const second = await observe(() => put('rekognition-input/beta/warm-2.png'));
    expect(second.beta[0]!.pid).toBe(first.beta[0]!.pid);
    expect(second.beta[0]!.context.logStreamName).toBe(first.beta[0]!.context.logStreamName);
  });

  it('captures the handler output with its request id, before idle() resolves', async () => {
    const seen = await observe(() => put('rekognition-input/beta/logs.png'));
    const { requestId } = seen.invocations[0]!;
    const mine = lines.filter((line) => line.requestId === requestId);
    expect(mine.map((line) => [line.source, line.line.split(' RequestId')[0]])).toEqual([
      ['platform', 'START'],
      ['stdout', '{"level":"info","message":"recorded","records":1}'],
      ['stderr', '{"level":"warn","message":"on stderr","records":1}'],
      ['platform', 'END'],
      ['platform', 'REPORT'],
    ]);
    expect(mine.every((line) => line.functionName === 'beta-handler')).toBe(true);
  });

  it('retries a failing invocation twice with the same request id, then gives up', async () => {
    const key = 'flaky/fail-9/x.png';
    const started = performance.now();
    const seen = await observe(async () => {
      await put(key);
      // Three attempts and 150 ms of retry delays cannot be over yet.
      expect(link.invocations.at(-1)).toMatchObject({ key, outcome: 'pending' });
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);

    expect(seen.invocations).toHaveLength(1);
    const invocation = seen.invocations[0]!;
    expect(invocation).toMatchObject({ functionName: 'flaky', attempts: 3, outcome: 'failed' });
    expect(invocation.errors.map((e) => [e.attempt, e.phase, e.errorType, e.errorMessage])).toEqual(
      [
        [1, 'invoke', 'TransientError', 'transient failure 1 of 9'],
        [2, 'invoke', 'TransientError', 'transient failure 2 of 9'],
        [3, 'invoke', 'TransientError', 'transient failure 3 of 9'],
      ],
    );
    const attemptIds = readFileSync(attemptsFile(dir, key), 'utf8').trim().split('\n');
    expect(attemptIds).toEqual([invocation.requestId, invocation.requestId, invocation.requestId]);

    expect(seen.failures).toEqual([
      {
        version: '1.0',
        timestamp: expect.any(String),
        requestContext: {
          requestId: invocation.requestId,
          functionArn: `arn:aws:lambda:${REGION}:000000000000:function:flaky:$LATEST`,
          condition: 'RetriesExhausted',
          approximateInvokeCount: 3,
        },
        requestPayload: invocation.event,
        responseContext: {
          statusCode: 200,
          executedVersion: '$LATEST',
          functionError: 'Unhandled',
        },
        responsePayload: {
          errorType: 'TransientError',
          errorMessage: 'transient failure 3 of 9',
          trace: expect.arrayContaining([expect.stringContaining('fail-first.ts')]),
        },
      },
    ]);
  });

  it('succeeds on a retry and sends nothing to the on-failure destination', async () => {
    const seen = await observe(() => put('flaky/fail-1/x.png'));
    expect(seen.invocations[0]).toMatchObject({
      attempts: 2,
      outcome: 'ok',
      result: { attempt: 2 },
      errors: [{ attempt: 1, errorType: 'TransientError' }],
    });
    expect(seen.failures).toEqual([]);
  });

  it('reports an import-time failure as an init error on every attempt, and logs it', async () => {
    const logged = lines.length;
    const seen = await observe(() => put('strict/x.png'));
    const invocation = seen.invocations[0]!;
    expect(invocation).toMatchObject({ functionName: 'strict', attempts: 3, outcome: 'failed' });
    expect(invocation.errors).toHaveLength(3);
    for (const error of invocation.errors) {
      expect(error).toMatchObject({
        phase: 'init',
        errorType: 'ConfigError',
        errorMessage: 'MIN_CONFIDENCE is "high"; expected a number from 0 to 100',
      });
    }
    expect(seen.failures[0]?.responsePayload.errorType).toBe('ConfigError');

    const strictLines = lines.slice(logged).filter((line) => line.functionName === 'strict');
    const initReports = strictLines.filter((line) => line.line.startsWith('INIT_REPORT'));
    expect(initReports).toHaveLength(3);
    expect(initReports[0]!.line).toMatch(/Status: error Error Type: ConfigError$/);
    expect(strictLines).toContainEqual({
      functionName: 'strict',
      source: 'platform',
      line: expect.stringMatching(/^ERROR Init Error .*MIN_CONFIDENCE is \\"high\\"/),
    });
    // What the module printed while loading is kept, outside any request.
    expect(strictLines).toContainEqual({
      functionName: 'strict',
      source: 'stderr',
      line: '{"level":"info","message":"reading configuration"}',
    });
  });

  it('reports a module without a handler export as Runtime.HandlerNotFound', async () => {
    const invocation = await invoke('no-handler', { Records: [] });
    expect(invocation.outcome).toBe('failed');
    expect(invocation.errors[0]).toMatchObject({
      phase: 'init',
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: `${fixture('no-handler.mjs')} does not export a function named "handler"`,
    });
  });

  it('invokes a function directly with a hand-built multi-record event', async () => {
    const record = (key: string) =>
      s3EventRecord({ region: REGION, bucket: BUCKET, key, size: 3, eTag: 'abc' });
    const event = {
      Records: [
        record('rekognition-input/beta/one two.png'),
        record('rekognition-input/beta/3.png'),
      ],
    };
    let invocation: Readonly<LambdaInvocation> | undefined;
    const seen = await observe(async () => {
      invocation = await invoke('beta-handler', event);
    });
    expect(invocation).toMatchObject({
      trigger: 'invoke',
      key: 'rekognition-input/beta/one two.png',
      outcome: 'ok',
      result: { records: 2 },
    });
    expect(seen.beta.map((r) => r.event)).toEqual([event]);
  });

  it('times out a hanging handler and replaces its environment', async () => {
    const warm = await invoke('misbehave', { action: 'ok' });
    const { pid } = warm.result as { pid: number };
    const hung = await invoke('misbehave', { action: 'hang' });
    expect(hung).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(hung.errors[0]).toMatchObject({
      phase: 'invoke',
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${hung.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect(isAlive(pid)).toBe(false);
    const next = await invoke('misbehave', { action: 'ok' });
    expect(next.outcome).toBe('ok');
    expect((next.result as { pid: number }).pid).not.toBe(pid);
  });

  it('reports a process exit as Runtime.ExitError', async () => {
    const invocation = await invoke('misbehave', { action: 'exit', code: 3 });
    expect(invocation.errors[0]).toMatchObject({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${invocation.requestId} Error: Runtime exited with error: exit status 3`,
    });
  });

  it('reports a thrown non-Error by its type, as the Node.js runtime does', async () => {
    const invocation = await invoke('misbehave', { action: 'throw-string' });
    expect(invocation.errors[0]).toMatchObject({
      errorType: 'string',
      errorMessage: 'not an Error',
    });
  });

  it('counts the remaining time down from the function timeout', async () => {
    const invocation = await invoke('misbehave', { action: 'sleep', ms: 200 });
    const { remainingMs } = invocation.result as { remainingMs: number };
    expect(remainingMs).toBeGreaterThan(0);
    // 1000 ms timeout minus the 200 ms sleep, give or take timer granularity.
    expect(remainingMs).toBeLessThanOrEqual(820);
  });

  it('runs at most `concurrency` execution environments of a function at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => invoke('misbehave', { action: 'sleep', ms: 150 })),
    );
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill('ok'));
    const pids = new Set(results.map((r) => (r.result as { pid: number }).pid));
    expect(pids.size).toBeLessThanOrEqual(2);
  });

  it('names the configured functions when asked to invoke an unknown one', async () => {
    await expect(invoke('nope', {})).rejects.toThrow(
      /no Lambda function named nope \(configured: beta-handler, prod-handler, flaky,/,
    );
  });

  it('refuses configurations Lambda or S3 would refuse', async () => {
    const base = { name: 'f', handler: fixture('record-event.mjs') };
    const start = (functions: Parameters<typeof startLambdaLink>[0]['functions']) =>
      startLambdaLink({ s3rver: stack.s3rver, region: REGION, functions });
    await expect(start([{ ...base, env: { AWS_REGION: 'us-west-2' } }])).rejects.toThrow(
      'Lambda function f: reserved environment variables cannot be set: AWS_REGION',
    );
    await expect(start([{ ...base, handler: fixture('missing.mjs') }])).rejects.toThrow(
      /handler module .*missing\.mjs does not exist/,
    );
    await expect(start([{ ...base, name: 'has space' }])).rejects.toThrow(LambdaConfigError);
    await expect(start([{ ...base, timeoutMs: 0 }])).rejects.toThrow(
      'Lambda function f: timeoutMs must be an integer from 1 to 900000, got 0',
    );
    await expect(
      start([
        { ...base, filter: { prefix: 'in/' } },
        { ...base, name: 'g', filter: { prefix: 'in/beta/' } },
      ]),
    ).rejects.toThrow(/Lambda functions f and g: Configuration is ambiguously defined/);
    // Disjoint suffixes under one prefix are fine, as in S3.
    const disjoint = await start([
      { ...base, filter: { prefix: 'in/', suffix: '.png' } },
      { ...base, name: 'g', filter: { prefix: 'in/', suffix: '.jpg' } },
    ]);
    await disjoint.stop();
  });

  it('writes "[function] line" to stderr by default', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stderrLambdaLog({ functionName: 'fn', source: 'stdout', line: '{"a":1}', requestId: 'r' });
    expect(write).toHaveBeenCalledWith('[fn] {"a":1}\n');
  });
});

describe('startLocalStack({ lambda })', () => {
  it('has no link without functions, and stop() ends the execution environments', async () => {
    const plain = await startLocalStack();
    expect(plain.lambda).toBeUndefined();
    await plain.stop();

    const stack = await startLocalStack({
      lambda: {
        log: () => {},
        functions: [{ name: 'sleeper', handler: fixture('misbehave.mjs') }],
      },
    });
    let pid: number;
    try {
      const invocation = await stack.lambda!.invoke('sleeper', { action: 'ok' });
      pid = (invocation.result as { pid: number }).pid;
      expect(isAlive(pid)).toBe(true);
    } finally {
      await stack.stop();
    }
    expect(isAlive(pid)).toBe(false);
    await expect(stack.lambda!.invoke('sleeper', {})).rejects.toThrow('stopped');
  });
});

describe('npm run stack -- --lambda', () => {
  let dir: string;
  let stack: SpawnedStack;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lambda-cli-test-'));
    stack = await spawnLocalStack([
      '--bucket',
      BUCKET,
      '--lambda',
      fixture('record-event.mjs'),
      '--lambda-env',
      'beta,pr-preview',
      '--lambda-setting',
      `RECORD_FILE=${join(dir, 'received.jsonl')}`,
      '--lambda-setting',
      'MIN_CONFIDENCE=80',
    ]);
  });

  afterAll(async () => {
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates the tables and invokes the function of the key environment', async () => {
    const db = dynamoClient(stack);
    try {
      const { TableNames } = await db.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(expect.arrayContaining(['beta_results', 'pr-preview_results']));
    } finally {
      db.destroy();
    }

    const s3 = s3Client(stack);
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: 'rekognition-input/pr-preview/a b.png',
          Body: 'x',
        }),
      );
    } finally {
      s3.destroy();
    }
    // The CLI runs in another process: wait for the handler's own record.
    const file = join(dir, 'received.jsonl');
    for (let i = 0; i < 200 && readReceived(file).length === 0; i++) await sleep(50);
    const received = readReceived(file);
    expect(received).toHaveLength(1);
    expect(received[0]!.context.functionName).toBe('rekognition-pr-preview-handler');
    expect(received[0]!.event.Records[0]!.s3.object.key).toBe(
      'rekognition-input/pr-preview/a+b.png',
    );
    expect(received[0]!.env).toMatchObject({
      PREFIX: 'rekognition-input',
      DDB_TABLE_PR_PREVIEW: 'pr-preview_results',
      MIN_CONFIDENCE: '80',
      AWS_ENDPOINT_URL_S3: stack.endpoints.s3,
    });
    expect(received[0]!.env.DDB_TABLE_BETA).toBeUndefined();
  });
});
