import { DetectLabelsCommand, DetectModerationLabelsCommand } from '@aws-sdk/client-rekognition';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../../src/shared/aws-caller.js';
import { createHandler, type LambdaDeps } from '../../src/lambda/handler.js';
import { createLogger } from '../../src/lambda/logger.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { BATCH_BUCKET, type BatchTaskOptions, batchInvocation } from '../helpers/s3-batch.js';
import { lambdaContext, objectCreated, s3Event } from '../helpers/s3-events.js';
import { awsError, fakeAws } from './fake-aws.js';
import { sha256Hex } from './hash.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const ENV = {
  AWS_REGION: 'us-east-1',
  DDB_TABLE_BETA: 'beta_results',
  DDB_TABLE_PROD: 'prod_results',
};
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);
const INVOCATION_ID = 'inv-1';
const JOB_ID = 'job-1';
const REDRIVE = 'S3 Batch Operations redrives the task';

let cat: Buffer;
let rocket: Buffer;
beforeAll(async () => {
  cat = await readFile(join(FIXTURES, 'chelsea.png'));
  rocket = await readFile(join(FIXTURES, 'rocket.jpg'));
});

let aws: ReturnType<typeof fakeAws>;
let lines: string[];
beforeEach(() => {
  aws = fakeAws();
  aws.createTable('beta_results');
  aws.createTable('prod_results');
  lines = [];
});
afterEach(() => aws.restore());

function setup(env: NodeJS.ProcessEnv = ENV, overrides: Partial<LambdaDeps> = {}) {
  const clock = fakeClock({ start: NOON, random: 0.5 });
  const handle = createHandler(env, {
    clock,
    log: createLogger((line) => lines.push(line), clock.now),
    createClients: () => aws.clients,
    ...overrides,
  });
  return { handle, clock };
}

const logs = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const taskLogs = () => logs().filter((entry) => String(entry.message).startsWith('task '));

/** Puts the object, as the action uploads it (with its sha256), unless `metadata` says otherwise. */
function put(key: string, body: Buffer, metadata: Record<string, string> | null = {}) {
  aws.putObject(BATCH_BUCKET, key, {
    body,
    ...(metadata
      ? { metadata: { sha256: sha256Hex(body), mode: 'upload-only', ...metadata } }
      : {}),
  });
}

function invocation(
  schema: '1.0' | '2.0',
  tasks: BatchTaskOptions[],
  userArguments?: Record<string, string>,
) {
  return batchInvocation({
    schema,
    tasks,
    invocationId: INVOCATION_ID,
    jobId: JOB_ID,
    ...(userArguments ? { userArguments } : {}),
  });
}

/** The whole response S3 Batch Operations receives, with one result per task in order. */
function response(
  schema: '1.0' | '2.0',
  ...results: [resultCode: string, resultString: string | RegExp][]
) {
  return {
    invocationSchemaVersion: schema,
    treatMissingKeysAs: 'PermanentFailure',
    invocationId: INVOCATION_ID,
    results: results.map(([resultCode, text], index) => ({
      taskId: `task-${index}`,
      resultCode,
      resultString: typeof text === 'string' ? text : expect.stringMatching(text),
    })),
  };
}

describe('the S3 Batch Operations handler', () => {
  it.each(['1.0', '2.0'] as const)(
    'labels the tasks of schema %s with URL-encoded keys, one result each in order',
    async (schema) => {
      const keys = [
        'rekognition-input/beta/my cat.png',
        'rekognition-input/beta/c++.jpg',
        'rekognition-input/beta/café/猫.png',
      ];
      put(keys[0]!, cat);
      put(keys[1]!, rocket);
      put(keys[2]!, Buffer.concat([cat, Buffer.from([1])]));
      const event = invocation(
        schema,
        keys.map((key) => ({ key })),
      );
      expect(event.tasks.map((task) => task.s3Key)).toEqual([
        'rekognition-input/beta/my+cat.png',
        'rekognition-input/beta/c%2B%2B.jpg',
        'rekognition-input/beta/caf%C3%A9/%E7%8C%AB.png',
      ]);

      const answer = await setup().handle(event, lambdaContext());

      expect(answer).toStrictEqual(
        response(
          schema,
          ['Succeeded', 'labeled: 2 labels'],
          ['Succeeded', 'labeled: 2 labels'],
          ['Succeeded', 'labeled: 2 labels'],
        ),
      );
      for (const key of keys) {
        expect(aws.s3).toHaveReceivedCommandWith(HeadObjectCommand, {
          Bucket: BATCH_BUCKET,
          Key: key,
        });
        expect(aws.item('beta_results', key)).toMatchObject({
          filename: { S: key },
          status: { S: 'labeled' },
          environment: { S: 'beta' },
          source: { S: 'lambda' },
          bucket: { S: BATCH_BUCKET },
        });
      }
      expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 3);
    },
  );

  it('is idempotent on redrive: the same task again makes no Rekognition call and no write', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    const { handle } = setup();
    await handle(invocation('2.0', [{ key }]), lambdaContext());
    const first = aws.item('beta_results', key);

    const again = await handle(invocation('2.0', [{ key }]), lambdaContext());

    expect(again).toStrictEqual(
      response('2.0', [
        'Succeeded',
        'unchanged: the stored item already has the result for these bytes and settings',
      ]),
    );
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    expect(aws.dynamodb).toHaveReceivedCommandTimes(PutItemCommand, 1);
    expect(aws.item('beta_results', key)).toBe(first);
  });

  it('reuses the labels of the same bytes under another key, with no Rekognition call', async () => {
    put('rekognition-input/beta/2019/cat.png', cat);
    put('rekognition-input/beta/2024/cat-copy.png', cat);
    const { handle } = setup();
    await handle(
      invocation('1.0', [{ key: 'rekognition-input/beta/2019/cat.png' }]),
      lambdaContext(),
    );
    aws.rekognition.resetHistory();

    const answer = await handle(
      invocation('1.0', [{ key: 'rekognition-input/beta/2024/cat-copy.png' }]),
      lambdaContext(),
    );

    expect(answer).toStrictEqual(
      response('1.0', [
        'Succeeded',
        'reused: labels of rekognition-input/beta/2019/cat.png (the same bytes)',
      ]),
    );
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    expect(aws.item('beta_results', 'rekognition-input/beta/2024/cat-copy.png')).toMatchObject({
      source: { S: 'reused' },
      reused_from: { S: 'rekognition-input/beta/2019/cat.png' },
    });
  });

  it('writes a failed item for a fault of the image, and calls that a success', async () => {
    const bad = 'rekognition-input/beta/damaged.png';
    const text = 'rekognition-input/beta/notes.jpg';
    put(bad, cat);
    put(text, Buffer.from('these are my lesson notes, not a picture'));
    aws.detectErrors.set(bad, awsError('InvalidImageFormatException', 400));

    const answer = await setup().handle(
      invocation('2.0', [{ key: bad }, { key: text }]),
      lambdaContext(),
    );

    expect(answer).toStrictEqual(
      response(
        '2.0',
        [
          'Succeeded',
          /^failed item written: Rekognition rejected arn:aws:s3:::pixel-learning-images\/rekognition-input\/beta\/damaged\.png: InvalidImageFormatException/,
        ],
        ['Succeeded', /^failed item written: rekognition-input\/beta\/notes\.jpg: .*JPEG and PNG/],
      ),
    );
    expect(aws.item('beta_results', bad)?.status).toEqual({ S: 'failed' });
    expect(aws.item('beta_results', text)?.status).toEqual({ S: 'failed' });
  });

  it('labels an object the action uploaded in direct mode when the table holds no result for it', async () => {
    // An event for such an upload is the action's own; a listing is answered by the table alone.
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat, { mode: 'direct' });
    const answer = await setup().handle(invocation('2.0', [{ key }]), lambdaContext());
    expect(answer).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 2 labels']));
  });

  it('moderates as for events when MODERATION=on', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    const { handle } = setup({ ...ENV, MODERATION: 'on' });
    await handle(invocation('1.0', [{ key }]), lambdaContext());
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectModerationLabelsCommand, 1);
    expect(aws.item('beta_results', key)?.moderation_labels).toEqual({ S: '[]' });
  });

  it('pins the version a task names: HeadObject, GetObject and Rekognition read that version', async () => {
    // Over 5 MB Rekognition reads the object itself: a PNG header of 100 x 100 px, then padding.
    const big = Buffer.alloc(6 * 1024 * 1024);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(big);
    big.writeUInt32BE(13, 8);
    big.write('IHDR', 12, 'latin1');
    big.writeUInt32BE(100, 16);
    big.writeUInt32BE(100, 20);
    const key = 'rekognition-input/beta/big.png';
    put(key, big);

    const answer = await setup().handle(
      invocation('2.0', [{ key, versionId: 'v-7' }]),
      lambdaContext(),
    );

    expect(answer).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 2 labels']));
    expect(aws.s3).toHaveReceivedCommandWith(HeadObjectCommand, { Key: key, VersionId: 'v-7' });
    for (const call of aws.s3.commandCalls(GetObjectCommand)) {
      expect(call.args[0].input).toMatchObject({ Key: key, VersionId: 'v-7' });
    }
    expect(aws.rekognition).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: { S3Object: { Bucket: BATCH_BUCKET, Name: key, Version: 'v-7' } },
    });
    expect(aws.item('beta_results', key)?.version_id).toEqual({ S: 'v-7' });
  });

  it('logs one JSON line per task, with its result', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    await setup().handle(invocation('2.0', [{ key }]), lambdaContext(60_000, 'req-9'));
    for (const line of lines) expect(line).not.toContain('\n');
    expect(taskLogs()).toEqual([
      {
        timestamp: '2026-11-24T12:00:00.000Z',
        level: 'INFO',
        message: 'task Succeeded',
        requestId: 'req-9',
        invocationId: INVOCATION_ID,
        jobId: JOB_ID,
        taskId: 'task-0',
        key,
        bucket: BATCH_BUCKET,
        environment: 'beta',
        table: 'beta_results',
        status: 'labeled',
        labelsCount: 2,
        resultCode: 'Succeeded',
        durationMs: expect.any(Number),
      },
    ]);
    expect(logs().at(-1)).toMatchObject({
      message: 'batch invocation handled',
      schema: '2.0',
      tasks: 1,
      Succeeded: 1,
      TemporaryFailure: 0,
      PermanentFailure: 0,
    });
  });
});

describe('routing a batch task', () => {
  it('fails for good a key outside the prefix when the job names no environment, saying how to', async () => {
    put('courses/2019/cat.png', cat);
    const answer = await setup().handle(
      invocation('1.0', [{ key: 'courses/2019/cat.png' }]),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response('1.0', [
        'PermanentFailure',
        "unroutable: the key is outside the prefix rekognition-input/; to label it, name its environment in the job's userArguments.environment (invocation schema 2.0)",
      ]),
    );
    expect(aws.s3).not.toHaveReceivedAnyCommand();
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
    expect(taskLogs()[0]).toMatchObject({
      level: 'ERROR',
      status: 'skipped',
      reasonKind: 'unroutable',
      resultCode: 'PermanentFailure',
    });
  });

  it("labels a key outside the prefix into the table of userArguments.environment, the key as the item's filename", async () => {
    const key = 'courses/2019/intro/my cat.png';
    put(key, cat, null);
    const answer = await setup().handle(
      invocation('2.0', [{ key }], { environment: 'prod' }),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 2 labels']));
    expect(aws.item('prod_results', key)).toMatchObject({
      filename: { S: key },
      environment: { S: 'prod' },
      branch: { S: 'prod' },
      status: { S: 'labeled' },
      sha256: { S: sha256Hex(cat) },
    });
    expect(aws.item('beta_results', key)).toBeUndefined();
  });

  it('labels a key inside {PREFIX}/{env}/ of the named environment as today', async () => {
    const key = 'rekognition-input/prod/cat.png';
    put(key, cat);
    const answer = await setup().handle(
      invocation('2.0', [{ key }], { environment: 'prod' }),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 2 labels']));
    expect(aws.item('prod_results', key)?.status).toEqual({ S: 'labeled' });
  });

  it('routes to the named environment a key under the prefix with no environment part, but never a non-image key', async () => {
    put('rekognition-input/cat.png', cat);
    put('courses/notes.txt', Buffer.from('notes'));
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'rekognition-input/cat.png' }, { key: 'courses/notes.txt' }], {
        environment: 'prod',
      }),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response(
        '2.0',
        ['Succeeded', 'labeled: 2 labels'],
        [
          'PermanentFailure',
          'unroutable: it is not an image key: the function handles only .jpg, .jpeg and .png keys (any case)',
        ],
      ),
    );
    expect(aws.item('prod_results', 'rekognition-input/cat.png')?.status).toEqual({ S: 'labeled' });
  });

  it("never moves a key under another environment's prefix into the named one", async () => {
    put('rekognition-input/beta/cat.png', cat);
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'rekognition-input/beta/cat.png' }], { environment: 'prod' }),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response('2.0', [
        'PermanentFailure',
        'unroutable: the key is under rekognition-input/beta/, which belongs to environment "beta", not "prod"',
      ]),
    );
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
  });

  it('fails for good, naming the variable, an environment without a table: never a default', async () => {
    put('courses/cat.png', cat);
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'courses/cat.png' }], { environment: 'pr-preview' }),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response('2.0', [
        'PermanentFailure',
        'unroutable: no table is configured for environment "pr-preview": DDB_TABLE_PR_PREVIEW is not set on this function',
      ]),
    );
    expect(aws.s3).not.toHaveReceivedAnyCommand();
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
  });

  it.each([
    [
      { environment: 'Prod' },
      'invalid userArguments: userArguments.environment is "Prod"; environment names are 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit',
    ],
    [
      { force: 'yes' },
      'invalid userArguments: userArguments.force is "yes"; expected "true" or "false"',
    ],
    [
      { enviroment: 'prod' },
      'invalid userArguments: userArguments has "enviroment"; this function reads only environment and force',
    ],
  ])('fails every task for good for userArguments %j, before any AWS call', async (args, text) => {
    put('rekognition-input/beta/cat.png', cat);
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'rekognition-input/beta/cat.png' }, { key: 'x.png' }], args),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response('2.0', ['PermanentFailure', text], ['PermanentFailure', text]),
    );
    expect(aws.s3).not.toHaveReceivedAnyCommand();
  });

  it('relabels with force=true although the item holds these bytes, and not with force=false', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    const { handle } = setup();
    await handle(invocation('2.0', [{ key }]), lambdaContext());
    aws.setLabels([{ Name: 'Tiger', Confidence: 88 }]);

    const kept = await handle(invocation('2.0', [{ key }], { force: 'false' }), lambdaContext());
    expect(kept.results[0]?.resultString).toMatch(/^unchanged: /);
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);

    const forced = await handle(invocation('2.0', [{ key }], { force: 'true' }), lambdaContext());
    expect(forced).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 1 label']));
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
    expect(aws.item('beta_results', key)?.label_names).toEqual({ L: [{ S: 'Tiger' }] });
  });

  it('never replaces the item of a newer upload with the labels of an older version', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const { handle } = setup();
    // The current bytes, stored 5 minutes ago, labeled by an earlier task.
    aws.putObject(BATCH_BUCKET, key, { body: rocket, lastModified: new Date(NOON - 300_000) });
    await handle(invocation('2.0', [{ key }]), lambdaContext());
    const newer = aws.item('beta_results', key)!;
    expect(newer.observed_at).toEqual({ N: String(NOON - 300_000) });
    // A manifest from an old inventory pins a version stored an hour ago: its labels are
    // paid for, but the item keeps the newer bytes' (the write is conditioned on observed_at).
    aws.putObject(BATCH_BUCKET, key, { body: cat, lastModified: new Date(NOON - 3_600_000) });
    aws.setLabels([{ Name: 'Tiger', Confidence: 88 }]);
    const answer = await handle(invocation('2.0', [{ key, versionId: 'v-old' }]), lambdaContext());
    expect(answer.results[0]?.resultCode).toBe('Succeeded');
    expect(aws.item('beta_results', key)).toEqual(newer);
  });

  it('a forced relabel of the bytes an event labeled lands, though LastModified has whole seconds', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const modified = new Date(NOON - 60_000);
    aws.putObject(BATCH_BUCKET, key, { body: cat, lastModified: modified });
    const { handle } = setup();
    // The event's time has milliseconds, after the second LastModified was truncated to.
    const eventTime = new Date(NOON - 60_000 + 400);
    const md5Hex = (body: Buffer) => createHash('md5').update(body).digest('hex');
    await handle(
      s3Event(
        objectCreated({
          key,
          bucket: BATCH_BUCKET,
          eventTime,
          size: cat.length,
          eTag: md5Hex(cat),
        }),
      ),
      lambdaContext(),
    );
    expect(aws.item('beta_results', key)?.observed_at).toEqual({ N: String(eventTime.getTime()) });
    aws.setLabels([{ Name: 'Tiger', Confidence: 88 }]);
    const forced = await handle(invocation('2.0', [{ key }], { force: 'true' }), lambdaContext());
    expect(forced).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 1 label']));
    expect(aws.item('beta_results', key)?.label_names).toEqual({ L: [{ S: 'Tiger' }] });
  });

  it('does not reuse the labels of a copy when forced', async () => {
    put('rekognition-input/beta/a.png', cat);
    put('rekognition-input/beta/b.png', cat);
    const { handle } = setup();
    await handle(invocation('2.0', [{ key: 'rekognition-input/beta/a.png' }]), lambdaContext());
    const forced = await handle(
      invocation('2.0', [{ key: 'rekognition-input/beta/b.png' }], { force: 'true' }),
      lambdaContext(),
    );
    expect(forced).toStrictEqual(response('2.0', ['Succeeded', 'labeled: 2 labels']));
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
  });

  it('fails for good a task whose key is not URL-encoded, and handles the others', async () => {
    put('rekognition-input/beta/cat.png', cat);
    const answer = await setup().handle(
      invocation('1.0', [
        { key: 'x', rawKey: 'rekognition-input/beta/100%zz.png' },
        { key: 'rekognition-input/beta/cat.png' },
      ]),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response(
        '1.0',
        [
          'PermanentFailure',
          'invalid task: the key "rekognition-input/beta/100%zz.png" is not URL-encoded',
        ],
        ['Succeeded', 'labeled: 2 labels'],
      ),
    );
  });
});

describe('a batch task that cannot be labeled', () => {
  it('fails for good for a missing object, and writes no item for it', async () => {
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'rekognition-input/beta/gone.png' }]),
      lambdaContext(),
    );
    expect(answer).toStrictEqual(
      response('2.0', [
        'PermanentFailure',
        'missing: rekognition-input/beta/gone.png does not exist in bucket pixel-learning-images.',
      ]),
    );
    expect(aws.item('beta_results', 'rekognition-input/beta/gone.png')).toBeUndefined();
    expect(aws.dynamodb).not.toHaveReceivedCommand(PutItemCommand);
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
  });

  it('fails for good for a forbidden object, naming the permission, with credentials redacted', async () => {
    const key = 'rekognition-input/beta/secret.png';
    put(key, cat);
    const denied = Object.assign(
      new Error(
        'Access Denied for Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/s3/aws4_request',
      ),
      { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } },
    );
    aws.s3.on(HeadObjectCommand, { Key: key }).rejects(denied);

    const answer = await setup().handle(invocation('1.0', [{ key }]), lambdaContext());

    expect(answer).toStrictEqual(
      response('1.0', [
        'PermanentFailure',
        "forbidden: AccessDenied: s3:GetObject on arn:aws:s3:::pixel-learning-images/rekognition-input/beta/secret.png was denied. Allow s3:GetObject on that resource in the function's execution role. (S3 also answers 403 for a key that does not exist when the role may not s3:ListBucket)",
      ]),
    );
    expect(JSON.stringify(answer)).not.toContain('IOSFODNN7EXAMPLE');
    expect(lines.join('\n')).not.toContain('IOSFODNN7EXAMPLE');
    expect(aws.item('beta_results', key)).toBeUndefined();
  });

  it('fails for good a bare 403 from HeadObject, which has no body to name the error', async () => {
    const key = 'rekognition-input/beta/secret.png';
    put(key, cat);
    aws.s3.on(HeadObjectCommand, { Key: key }).rejects(awsError('Forbidden', 403));
    const answer = await setup().handle(invocation('2.0', [{ key }]), lambdaContext());
    expect(answer.results[0]).toMatchObject({
      resultCode: 'PermanentFailure',
      resultString: expect.stringMatching(/^forbidden: AccessDenied: s3:GetObject on /),
    });
  });

  it('fails for good when the table does not exist, naming DDB_TABLE_<ENV>', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    const answer = await setup({ ...ENV, DDB_TABLE_BETA: 'beta_results_typo' }).handle(
      invocation('2.0', [{ key }]),
      lambdaContext(),
    );
    expect(answer.results[0]).toMatchObject({
      resultCode: 'PermanentFailure',
      resultString: expect.stringMatching(
        /^error: table beta_results_typo does not exist .* Check DDB_TABLE_BETA/,
      ),
    });
  });

  it('fails for now on a 5xx that outlasts its retries, from Rekognition or S3', async () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxTransientAttempts: 3 };
    put('rekognition-input/beta/a.png', cat);
    put('rekognition-input/beta/b.png', rocket);
    aws.detectErrors.set('rekognition-input/beta/a.png', awsError('InternalServerError', 500));
    aws.s3
      .on(HeadObjectCommand, { Key: 'rekognition-input/beta/b.png' })
      .rejects(awsError('InternalError', 500));

    const answer = await setup(ENV, { retryPolicy: policy }).handle(
      invocation('2.0', [
        { key: 'rekognition-input/beta/a.png' },
        { key: 'rekognition-input/beta/b.png' },
      ]),
      lambdaContext(),
    );

    expect(answer).toStrictEqual(
      response(
        '2.0',
        [
          'TemporaryFailure',
          'temporary error: rekognition:DetectLabels failed: InternalServerError: InternalServerError happened',
        ],
        [
          'TemporaryFailure',
          'temporary error: s3:GetObject failed: InternalError: InternalError happened',
        ],
      ),
    );
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 3);
    expect(aws.dynamodb).not.toHaveReceivedCommand(PutItemCommand);
  });

  it('fails for now, without throwing, when Rekognition throttles until the deadline', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    aws.detectErrors.set(key, awsError('ThrottlingException', 400));
    const { handle, clock } = setup();

    const answer = await handle(invocation('1.0', [{ key }]), lambdaContext(30_000));

    expect(answer).toStrictEqual(
      response('1.0', [
        'TemporaryFailure',
        new RegExp(
          `^throttled until the time ran out: \\d+ rekognition attempt\\(s\\), the last ThrottlingException; \\d\\.\\d s left is less than a call takes \\(about 1\\.0 s\\); ${REDRIVE}$`,
        ),
      ]),
    );
    expect(aws.rekognition.commandCalls(DetectLabelsCommand).length).toBeGreaterThan(3);
    // The deadline is 5 s before Lambda's timeout; no call started within 1 s of it.
    expect(clock.now() - NOON).toBeLessThanOrEqual(25_000);
    expect(aws.item('beta_results', key)).toBeUndefined();
    expect(taskLogs()[0]).toMatchObject({
      level: 'WARN',
      resultCode: 'TemporaryFailure',
      errorKind: 'throttle',
      reasonKind: 'out-of-time',
    });
  });

  it('starts no Rekognition call that the time left would not cover', async () => {
    const key = 'rekognition-input/beta/cat.png';
    put(key, cat);
    // 5.5 s left: the deadline is 0.5 s away, short of the 1 s a call is expected to need.
    const answer = await setup().handle(invocation('2.0', [{ key }]), lambdaContext(5_500));
    expect(answer).toStrictEqual(
      response('2.0', [
        'TemporaryFailure',
        `not started: 0.5 s left before the invocation's deadline, less than a rekognition call takes (about 1.0 s); ${REDRIVE}`,
      ]),
    );
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    expect(aws.item('beta_results', key)).toBeUndefined();
  });

  it('starts no task at all past the deadline', async () => {
    put('rekognition-input/beta/cat.png', cat);
    const answer = await setup().handle(
      invocation('2.0', [{ key: 'rekognition-input/beta/cat.png' }]),
      lambdaContext(4_000),
    );
    expect(answer).toStrictEqual(
      response('2.0', [
        'TemporaryFailure',
        `not started: the invocation's time ran out; ${REDRIVE}`,
      ]),
    );
    expect(aws.s3).not.toHaveReceivedAnyCommand();
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
  });
});

describe('what the handler refuses', () => {
  it('throws for an invocation it cannot read, saying what was expected, and logs it', async () => {
    const { handle } = setup();
    await expect(
      handle({ invocationSchemaVersion: '3.0', invocationId: 'i', tasks: [] }, lambdaContext()),
    ).rejects.toThrow(/^invocationSchemaVersion is "3.0"; this function reads 1.0 and 2.0/);
    expect(logs().at(-1)).toMatchObject({
      level: 'ERROR',
      message: 'invocation refused',
      requestId: 'req-1',
    });
  });

  it('throws for an event that is neither an S3 notification nor a batch invocation', async () => {
    const { handle } = setup();
    await expect(handle({ detail: {}, source: 'aws.s3' }, lambdaContext())).rejects.toThrow(
      'Unsupported invocation: got an object with detail, source. This function takes S3 event notifications ({"Records": [...]}) and S3 Batch Operations invocations',
    );
    await expect(handle(null, lambdaContext())).rejects.toThrow(
      /^Unsupported invocation: got a null\./,
    );
    expect(aws.s3).not.toHaveReceivedAnyCommand();
  });

  it('answers the test event S3 sends when a notification is configured, with no record', async () => {
    // It has no Records; refusing it would be retried and land in the failure queue.
    const { handle } = setup();
    const testEvent = {
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Time: '2026-11-28T10:00:00.000Z',
      Bucket: 'images',
      RequestId: 'R',
      HostId: 'H',
    };
    await expect(handle(testEvent, lambdaContext())).resolves.toMatchObject({ records: 0 });
    expect(logs().some((line) => line.message === 'S3 test event ignored')).toBe(true);
    expect(aws.s3).not.toHaveReceivedAnyCommand();
  });
});
