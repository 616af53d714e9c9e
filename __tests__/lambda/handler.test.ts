import { DetectLabelsCommand, DetectModerationLabelsCommand } from '@aws-sdk/client-rekognition';
import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type LambdaDeps } from '../../src/lambda/handler.js';
import { createLogger } from '../../src/lambda/logger.js';
import { sha256Hex } from './hash.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { lambdaContext, objectCreated, s3Event } from '../helpers/s3-events.js';
import { awsError, fakeAws } from './fake-aws.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const BUCKET = 'pixel-learning-images';
const ENV = {
  AWS_REGION: 'us-east-1',
  DDB_TABLE_BETA: 'beta_results',
  DDB_TABLE_PROD: 'prod_results',
};
const NOON = Date.UTC(2026, 10, 24, 12, 0, 0);

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

function handler(env: NodeJS.ProcessEnv = ENV, overrides: Partial<LambdaDeps> = {}) {
  const clock = fakeClock({ start: NOON, random: 0.5 });
  return createHandler(env, {
    clock,
    log: createLogger((line) => lines.push(line), clock.now),
    createClients: () => aws.clients,
    ...overrides,
  });
}

const logs = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const logFor = (key: string) => logs().find((entry) => entry.key === key);

const actionMetadata = (body: Buffer, extra: Record<string, string> = {}) => ({
  sha256: sha256Hex(body),
  mode: 'upload-only',
  repository: 'pixel-learning/course-images',
  branch: 'feature/cats',
  commit: 'abc123',
  'run-id': '42',
  'pull-request': '7',
  ...extra,
});

function upload(key: string, body: Buffer, metadata?: Record<string, string>) {
  aws.putObject(BUCKET, key, { body, ...(metadata ? { metadata } : {}) });
  return objectCreated({ key, bucket: BUCKET, eTag: aws.etagOf(body), size: body.length });
}

describe('the S3-triggered handler', () => {
  it('labels every record of the event and writes one item each, with the provenance the action attached', async () => {
    const event = s3Event(
      upload('rekognition-input/beta/images/cat.png', cat, actionMetadata(cat)),
      upload('rekognition-input/beta/images/rocket.jpg', rocket, actionMetadata(rocket)),
      upload('rekognition-input/prod/images/cat.png', cat, actionMetadata(cat)),
    );
    const summary = await handler()(event, lambdaContext());

    expect(summary).toMatchObject({ records: 3, labeled: 3, failed: 0, retry: 0 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 3);
    // Under 5 MB the function sends the bytes it read and hashed, not the key.
    expect(aws.rekognition).toHaveReceivedCommandWith(DetectLabelsCommand, {
      Image: { Bytes: new Uint8Array(rocket) },
      MinConfidence: 70,
      MaxLabels: 10,
    });
    expect(aws.item('beta_results', 'rekognition-input/beta/images/cat.png')).toStrictEqual({
      filename: { S: 'rekognition-input/beta/images/cat.png' },
      timestamp: { S: '2026-11-24T12:00:00Z' },
      environment: { S: 'beta' },
      branch: { S: 'feature/cats' },
      labels: { S: '[{"Name":"Cat","Confidence":99.88},{"Name":"Pet","Confidence":95.12}]' },
      label_names: { L: [{ S: 'Cat' }, { S: 'Pet' }] },
      expires_at: { N: String(NOON / 1000 + 168 * 3600) },
      status: { S: 'labeled' },
      sha256: { S: sha256Hex(cat) },
      min_confidence: { N: '70' },
      max_labels: { N: '10' },
      model_version: { S: '3.0' },
      source: { S: 'lambda' },
      commit: { S: 'abc123' },
      repository: { S: 'pixel-learning/course-images' },
      run_id: { S: '42' },
      pull_request: { N: '7' },
      bucket: { S: BUCKET },
      etag: { S: aws.etagOf(cat) },
      observed_at: { N: String(NOON) },
    });
    // Each environment's record lands in its own table only.
    expect(aws.item('prod_results', 'rekognition-input/prod/images/cat.png')?.environment).toEqual({
      S: 'prod',
    });
    expect(aws.item('beta_results', 'rekognition-input/prod/images/cat.png')).toBeUndefined();
  });

  it.each([
    ['a space', 'rekognition-input/beta/my cat.png', 'rekognition-input/beta/my+cat.png'],
    ['a plus', 'rekognition-input/beta/c++.png', 'rekognition-input/beta/c%2B%2B.png'],
    [
      'unicode',
      'rekognition-input/beta/café/猫.png',
      'rekognition-input/beta/caf%C3%A9/%E7%8C%AB.png',
    ],
    ['a percent sign', 'rekognition-input/beta/100%.png', 'rekognition-input/beta/100%25.png'],
  ])('decodes a key with %s as S3 encodes it', async (_name, key, encoded) => {
    const record = upload(key, cat, actionMetadata(cat));
    expect(record.s3.object.key).toBe(encoded);
    await handler()(s3Event(record), lambdaContext());
    expect(aws.s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: BUCKET, Key: key });
    expect(aws.item('beta_results', key)?.status).toEqual({ S: 'labeled' });
  });

  it('skips, with a log entry, a key outside the prefix and an environment it has no table for; nothing defaults to beta', async () => {
    const prodOnly = handler({ AWS_REGION: 'us-east-1', DDB_TABLE_PROD: 'prod_results' });
    const event = s3Event(
      upload('uploads/cat.png', cat, actionMetadata(cat)),
      upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat)),
      upload('rekognition-input/staging/cat.png', cat, actionMetadata(cat)),
    );
    const summary = await prodOnly(event, lambdaContext());
    expect(summary).toMatchObject({ records: 3, skipped: 3, labeled: 0 });
    expect(aws.s3).not.toHaveReceivedAnyCommand();
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    expect(logFor('uploads/cat.png')).toMatchObject({
      level: 'INFO',
      status: 'skipped',
      reason: 'the key is outside the prefix rekognition-input/',
    });
    expect(logFor('rekognition-input/beta/cat.png')).toMatchObject({
      status: 'skipped',
      environment: 'beta',
      reason: expect.stringContaining('DDB_TABLE_BETA is not set'),
    });
  });

  it('skips a non-image and a folder marker, but writes a failed item for a .jpg that is not an image', async () => {
    const text = Buffer.from('these are my lesson notes, not a picture');
    const event = s3Event(
      upload('rekognition-input/beta/notes.txt', text),
      upload('rekognition-input/beta/folder/', Buffer.alloc(0)),
      upload('rekognition-input/beta/notes.jpg', text, actionMetadata(text)),
    );
    const summary = await handler()(event, lambdaContext());
    expect(summary).toMatchObject({ skipped: 2, failed: 1, retry: 0 });
    expect(logFor('rekognition-input/beta/notes.txt')?.reason).toMatch(/not an image/);
    expect(logFor('rekognition-input/beta/folder/')?.reason).toMatch(/folder marker/);
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    const failed = aws.item('beta_results', 'rekognition-input/beta/notes.jpg');
    expect(failed?.status).toEqual({ S: 'failed' });
    expect(failed?.error?.S).toMatch(/^rekognition-input\/beta\/notes\.jpg: .*JPEG and PNG/);
    expect(failed?.sha256).toEqual({ S: sha256Hex(text) });
  });

  it('makes no Rekognition call and no write for a re-delivered event', async () => {
    const event = s3Event(upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat)));
    const handle = handler();
    await handle(event, lambdaContext());
    const first = aws.item('beta_results', 'rekognition-input/beta/cat.png');
    const summary = await handle(event, lambdaContext());

    expect(summary).toMatchObject({ unchanged: 1, labeled: 0 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    expect(aws.dynamodb).toHaveReceivedCommandTimes(PutItemCommand, 1);
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')).toBe(first);
  });

  it('slides the expiry of the stored item on a re-delivery late in its TTL, and only then', async () => {
    const event = s3Event(upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat)));
    await handler()(event, lambdaContext());
    const written = Number(
      aws.item('beta_results', 'rekognition-input/beta/cat.png')!.expires_at!.N,
    );
    expect(written).toBe(NOON / 1000 + 168 * 3600);
    // Early in the TTL: more than half is left, so no write.
    const soon = fakeClock({ start: NOON + 10 * 3600_000, random: 0.5 });
    await handler(ENV, { clock: soon })(event, lambdaContext());
    expect(aws.dynamodb).toHaveReceivedCommandTimes(UpdateItemCommand, 0);
    // 150 h later: 18 h left, so the item lives 168 h from now.
    const late = fakeClock({ start: NOON + 150 * 3600_000, random: 0.5 });
    const summary = await handler(ENV, { clock: late })(event, lambdaContext());
    expect(summary).toMatchObject({ unchanged: 1 });
    expect(aws.dynamodb).toHaveReceivedCommandWith(UpdateItemCommand, {
      TableName: 'beta_results',
      Key: { filename: { S: 'rekognition-input/beta/cat.png' } },
      UpdateExpression: 'SET expires_at = :at',
    });
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')!.expires_at).toEqual({
      N: String((NOON + 150 * 3600_000) / 1000 + 168 * 3600),
    });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
  });

  it('writes no expires_at with TTL_HOURS=0, and removes one a re-delivery finds', async () => {
    const event = s3Event(upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat)));
    await handler()(event, lambdaContext());
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')!.expires_at).toBeDefined();
    await handler({ ...ENV, TTL_HOURS: '0' })(event, lambdaContext());
    expect(aws.dynamodb).toHaveReceivedCommandWith(UpdateItemCommand, {
      UpdateExpression: 'REMOVE expires_at',
    });
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')!.expires_at).toBeUndefined();
    const fresh = s3Event(upload('rekognition-input/beta/new.png', cat, actionMetadata(cat)));
    await handler({ ...ENV, TTL_HOURS: '0' })(fresh, lambdaContext());
    expect(aws.item('beta_results', 'rekognition-input/beta/new.png')!.expires_at).toBeUndefined();
  });

  it('reuses the labels of the same bytes under another key (a rename): no Rekognition call', async () => {
    const handle = handler();
    await handle(
      s3Event(upload('rekognition-input/beta/old/cat.png', cat, actionMetadata(cat))),
      lambdaContext(),
    );
    aws.rekognition.resetHistory();
    const summary = await handle(
      s3Event(
        upload(
          'rekognition-input/beta/new/cat.png',
          cat,
          actionMetadata(cat, { commit: 'def456' }),
        ),
      ),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 0);
    const donor = aws.item('beta_results', 'rekognition-input/beta/old/cat.png')!;
    const item = aws.item('beta_results', 'rekognition-input/beta/new/cat.png')!;
    expect(item).toMatchObject({
      source: { S: 'reused' },
      reused_from: { S: 'rekognition-input/beta/old/cat.png' },
      commit: { S: 'def456' },
      labels: donor.labels,
      sha256: { S: sha256Hex(cat) },
    });
    expect(logFor('rekognition-input/beta/new/cat.png')).toMatchObject({
      reason: 'labels reused from rekognition-input/beta/old/cat.png (the same bytes)',
    });
    // Other settings, or another table (environment), are never a donor.
    const prod = await handle(
      s3Event(upload('rekognition-input/prod/cat.png', cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(prod).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    const stricter = await handler({ ...ENV, MIN_CONFIDENCE: '90' })(
      s3Event(upload('rekognition-input/beta/third/cat.png', cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(stricter).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
    expect(aws.item('beta_results', 'rekognition-input/beta/third/cat.png')!.source).toEqual({
      S: 'lambda',
    });
  });

  it('never reuses the item of another environment that shares the table', async () => {
    const shared = { AWS_REGION: 'us-east-1', DDB_TABLE_BETA: 'shared', DDB_TABLE_PROD: 'shared' };
    aws.createTable('shared');
    const handle = handler(shared);
    await handle(
      s3Event(upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat))),
      lambdaContext(),
    );
    await handle(
      s3Event(upload('rekognition-input/prod/cat.png', cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
    expect(aws.item('shared', 'rekognition-input/prod/cat.png')!.source).toEqual({ S: 'lambda' });
  });

  it('recognises a re-delivery by ETag when the object carries no sha256', async () => {
    const event = s3Event(upload('rekognition-input/beta/cat.png', cat));
    const handle = handler();
    await handle(event, lambdaContext());
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')?.sha256).toEqual({
      S: sha256Hex(cat),
    });
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')?.branch).toEqual({
      S: 'beta',
    });
    await handle(event, lambdaContext());
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    expect(aws.dynamodb).toHaveReceivedCommandTimes(PutItemCommand, 1);
  });

  it('labels again when the settings changed since the stored item', async () => {
    const event = s3Event(upload('rekognition-input/beta/cat.png', cat, actionMetadata(cat)));
    await handler()(event, lambdaContext());
    await handler({ ...ENV, MIN_CONFIDENCE: '90' })(event, lambdaContext());
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 2);
    expect(aws.item('beta_results', 'rekognition-input/beta/cat.png')?.min_confidence).toEqual({
      N: '90',
    });
  });

  it('handles the other records when one is throttled, then fails the invocation so Lambda retries; the retry is idempotent', async () => {
    const keys = ['a.png', 'b.png', 'c.png'].map((name) => `rekognition-input/beta/${name}`);
    // Distinct bytes (a PNG ignores what follows IEND), so each call names its object.
    const images = keys.map((_, i) => Buffer.concat([cat, Buffer.from([i])]));
    const event = s3Event(
      ...keys.map((key, i) => upload(key, images[i]!, actionMetadata(images[i]!))),
    );
    aws.detectErrors.set(keys[1]!, awsError('ThrottlingException', 400));
    const handle = handler();

    await expect(handle(event, lambdaContext(20_000))).rejects.toThrow(
      /1 of 3 record\(s\) must be retried: rekognition-input\/beta\/b\.png: rekognition:DetectLabels failed: ThrottlingException/,
    );
    expect(aws.item('beta_results', keys[0]!)?.status).toEqual({ S: 'labeled' });
    expect(aws.item('beta_results', keys[1]!)).toBeUndefined();
    expect(aws.item('beta_results', keys[2]!)?.status).toEqual({ S: 'labeled' });
    expect(logFor(keys[1]!)).toMatchObject({
      level: 'ERROR',
      status: 'retry',
      errorKind: 'throttle',
    });

    aws.detectErrors.clear();
    const summary = await handle(event, lambdaContext(20_000));
    expect(summary).toMatchObject({ labeled: 1, unchanged: 2 });
    // 2 + (throttled attempts on b) + 1: a, c once; b until labeled.
    expect(aws.dynamodb).toHaveReceivedCommandTimes(PutItemCommand, 3);
  });

  it('retries a throttled request within the invocation until shortly before Lambda times out', async () => {
    const key = 'rekognition-input/beta/cat.png';
    aws.detectErrors.set(key, awsError('ThrottlingException', 400));
    const clock = fakeClock({ start: NOON, random: 0.5 });
    const handle = handler(ENV, {
      clock,
      log: createLogger((line) => lines.push(line), clock.now),
    });
    await expect(
      handle(s3Event(upload(key, cat, actionMetadata(cat))), lambdaContext(30_000)),
    ).rejects.toThrow(/must be retried/);
    const attempts = aws.rekognition.commandCalls(DetectLabelsCommand).length;
    expect(attempts).toBeGreaterThan(3);
    // Retrying stops 5 s before the 30 s Lambda would be killed.
    expect(clock.now() - NOON).toBeLessThanOrEqual(25_000);
  });

  it('writes a failed item, and does not ask for a retry, when Rekognition rejects the image itself', async () => {
    const key = 'rekognition-input/beta/cat.png';
    aws.detectErrors.set(key, awsError('InvalidImageFormatException', 400));
    const summary = await handler()(
      s3Event(upload(key, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ failed: 1, retry: 0 });
    expect(aws.item('beta_results', key)?.error?.S).toMatch(
      /Rekognition rejected .*InvalidImageFormatException/,
    );
  });

  it('asks for a retry on AccessDenied, naming the permission, so the event ends in the on-failure destination', async () => {
    const key = 'rekognition-input/beta/cat.png';
    aws.detectErrors.set(key, awsError('AccessDeniedException', 400));
    await expect(
      handler()(s3Event(upload(key, cat, actionMetadata(cat))), lambdaContext()),
    ).rejects.toThrow(
      /AccessDenied: rekognition:DetectLabels on arn:aws:s3:::pixel-learning-images\/rekognition-input\/beta\/cat\.png was denied/,
    );
    expect(aws.item('beta_results', key)).toBeUndefined();
  });

  it('words a missing table for the operator: the log line names DDB_TABLE_<ENV>, not an action input', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const env = { ...ENV, DDB_TABLE_BETA: 'beta_results_typo' };
    await expect(
      handler(env)(s3Event(upload(key, cat, actionMetadata(cat))), lambdaContext()),
    ).rejects.toThrow(/must be retried/);
    const line = logFor(key)!;
    expect(line).toMatchObject({ level: 'ERROR', status: 'retry', table: 'beta_results_typo' });
    expect(line.reason).toBe(
      'table beta_results_typo does not exist in us-east-1 (dynamodb:PutItem: ResourceNotFoundException happened). ' +
        "Check DDB_TABLE_BETA in the function's environment variables: the table must exist in us-east-1.",
    );
    expect(JSON.stringify(logs())).not.toMatch(
      /`table`|`aws-region`|inputs|configure-aws-credentials/,
    );
  });

  it("words a denial for the operator: the function's execution role, not the workflow's", async () => {
    const key = 'rekognition-input/beta/cat.png';
    aws.detectErrors.set(key, awsError('AccessDeniedException', 400));
    await expect(
      handler()(s3Event(upload(key, cat, actionMetadata(cat))), lambdaContext()),
    ).rejects.toThrow(
      "Allow rekognition:DetectLabels on that resource in the function's execution role.",
    );
    expect(JSON.stringify(logs())).not.toContain('README');
  });

  it('keeps credentials quoted by an AWS error out of its log lines and the failed item', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const signature = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024';
    const quoted = Object.assign(
      new Error(
        'Request rejected: Credential=AKIAIOSFODNN7EXAMPLE/20261124/us-east-1/rekognition/aws4_request, ' +
          `SignedHeaders=host, Signature=${signature}`,
      ),
      { name: 'InvalidParameterException', $metadata: { httpStatusCode: 400 } },
    );
    aws.detectErrors.set(key, quoted);
    await handler()(s3Event(upload(key, cat, actionMetadata(cat))), lambdaContext());
    const stored = aws.item('beta_results', key)?.error?.S ?? '';
    expect(stored).toContain(
      'Credential=AKIA[REDACTED]/20261124/us-east-1/rekognition/aws4_request',
    );
    expect(stored).toContain('Signature=[REDACTED]');
    for (const text of [stored, lines.join('\n')]) {
      expect(text).not.toContain('IOSFODNN7EXAMPLE');
      expect(text).not.toContain(signature);
    }
  });

  it('redacts credential-shaped text in every log field', () => {
    const written: string[] = [];
    const log = createLogger(
      (line) => written.push(line),
      () => NOON,
    ).with({
      requestId: 'ASIAIOSFODNN7EXAMPLE',
    });
    log.error('failed: X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE%2Ftoken&x=1', {
      reason: 'Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
      count: 3,
    });
    expect(JSON.parse(written[0]!)).toMatchObject({
      message: 'failed: X-Amz-Security-Token=[REDACTED]&x=1',
      requestId: 'ASIA[REDACTED]',
      reason: 'Signature=[REDACTED]',
      count: 3,
    });
  });

  it('writes a failed item for an object that no longer exists', async () => {
    const record = upload('rekognition-input/beta/gone.png', cat, actionMetadata(cat));
    aws.deleteObject(BUCKET, 'rekognition-input/beta/gone.png');
    const summary = await handler()(s3Event(record), lambdaContext());
    expect(summary).toMatchObject({ failed: 1, retry: 0 });
    expect(aws.item('beta_results', 'rekognition-input/beta/gone.png')).toMatchObject({
      status: { S: 'failed' },
      error: { S: expect.stringMatching(/no longer exists in bucket pixel-learning-images/) },
    });
    // About no bytes: no sha256 at all, since an index key (sha256-index) cannot be empty.
    expect(aws.item('beta_results', 'rekognition-input/beta/gone.png')!.sha256).toBeUndefined();
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
  });

  it('refuses an image over 15 MB or under 80 px before paying for a call', async () => {
    const tiny = Buffer.alloc(2048);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(tiny);
    tiny.writeUInt32BE(13, 8);
    tiny.write('IHDR', 12, 'latin1');
    tiny.writeUInt32BE(40, 16);
    tiny.writeUInt32BE(40, 20);
    const key = 'rekognition-input/beta/tiny.png';
    await handler()(s3Event(upload(key, tiny, actionMetadata(tiny))), lambdaContext());
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    expect(aws.item('beta_results', key)?.error?.S).toMatch(/40x40 px.*between 80 and 10,000 px/);
  });

  it('leaves objects the action labeled in direct mode alone', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const summary = await handler()(
      s3Event(upload(key, cat, actionMetadata(cat, { mode: 'direct' }))),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ skipped: 1 });
    expect(aws.rekognition).not.toHaveReceivedAnyCommand();
    expect(aws.dynamodb).not.toHaveReceivedAnyCommand();
  });

  it('skips a stale event whose object was replaced, and labels only the latest event of a key in a batch', async () => {
    const key = 'rekognition-input/beta/cat.png';
    const old = objectCreated({
      key,
      bucket: BUCKET,
      eTag: aws.etagOf(rocket),
      sequencer: '0055AED6DCD90281E5',
    });
    const latest = upload(key, cat, actionMetadata(cat));
    latest.s3.object.sequencer = '0055AED6DCD90281E6';
    const summary = await handler()(s3Event(latest, old), lambdaContext());
    expect(summary).toMatchObject({ records: 2, labeled: 1, skipped: 1 });

    const stale = await handler()(s3Event(old), lambdaContext());
    expect(stale).toMatchObject({ skipped: 1 });
    expect(logs().at(-2)?.reason).toMatch(/replaced after this event/);
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
  });

  it('logs one JSON line per object with key, environment, table, labels count and duration', async () => {
    const key = 'rekognition-input/beta/cat.png';
    await handler()(
      s3Event(upload(key, cat, actionMetadata(cat))),
      lambdaContext(60_000, 'req-77'),
    );
    for (const line of lines) expect(line).not.toContain('\n');
    expect(logFor(key)).toEqual({
      timestamp: '2026-11-24T12:00:00.000Z',
      level: 'INFO',
      message: 'object labeled',
      requestId: 'req-77',
      key,
      environment: 'beta',
      table: 'beta_results',
      status: 'labeled',
      labelsCount: 2,
      durationMs: expect.any(Number),
    });
    expect(logs().at(-1)).toMatchObject({ message: 'event handled', records: 1, labeled: 1 });
  });

  it('skips records that are not object creations or not from S3, and a key that is not URL-encoded', async () => {
    const summary = await handler()(
      s3Event(
        objectCreated({ key: 'rekognition-input/beta/cat.png', eventName: 'ObjectRemoved:Delete' }),
        objectCreated({ key: 'x', rawKey: 'rekognition-input/beta/100%zz.png' }),
        { ...objectCreated({ key: 'y' }), eventSource: 'aws:sqs' },
      ),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ records: 3, skipped: 3 });
    expect(
      logs()
        .map((l) => l.reason)
        .filter(Boolean),
    ).toEqual([
      'event ObjectRemoved:Delete is not an object creation',
      'the key "rekognition-input/beta/100%zz.png" is not URL-encoded',
      'not an S3 notification record',
    ]);
  });
});

describe('the handler with MODERATION=on', () => {
  const MODERATED = { ...ENV, MODERATION: 'on', MODERATION_MIN_CONFIDENCE: '40' };
  const KEY = 'rekognition-input/beta/images/cat.png';
  const weapons = [
    { Name: 'Weapons', ParentName: 'Violence', TaxonomyLevel: 2, Confidence: 91.234 },
    { Name: 'Violence', ParentName: '', TaxonomyLevel: 1, Confidence: 91.234 },
  ];

  it('calls DetectModerationLabels on the same bytes and stores what it said, not a verdict', async () => {
    aws.setModerationLabels(weapons);
    const summary = await handler(MODERATED)(
      s3Event(upload(KEY, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandWith(DetectModerationLabelsCommand, {
      Image: { Bytes: new Uint8Array(cat) },
      MinConfidence: 40,
    });
    const item = aws.item('beta_results', KEY)!;
    expect(JSON.parse(item.moderation_labels!.S!)).toEqual([
      { Name: 'Violence', ParentName: '', TaxonomyLevel: 1, Confidence: 91.23 },
      { Name: 'Weapons', ParentName: 'Violence', TaxonomyLevel: 2, Confidence: 91.23 },
    ]);
    expect(item.moderation_names).toEqual({ L: [{ S: 'Violence' }, { S: 'Weapons' }] });
    expect(item.moderation_min_confidence).toEqual({ N: '40' });
    expect(item.moderation_model_version).toEqual({ S: '7.0' });
    expect(item.labels?.S).toContain('"Cat"');
  });

  it('moderates an item labeled before moderation was on, without labeling it again', async () => {
    await handler()(s3Event(upload(KEY, cat, actionMetadata(cat))), lambdaContext());
    expect(aws.item('beta_results', KEY)!.moderation_labels).toBeUndefined();
    aws.rekognition.resetHistory();
    const summary = await handler(MODERATED)(
      s3Event(upload(KEY, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 0);
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectModerationLabelsCommand, 1);
    expect(aws.item('beta_results', KEY)!.labels?.S).toContain('"Cat"');
    expect(aws.item('beta_results', KEY)!.moderation_labels?.S).toBe('[]');
    // And a redelivery of the same event is now answered by the item.
    aws.rekognition.resetHistory();
    const again = await handler(MODERATED)(
      s3Event(upload(KEY, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(again).toMatchObject({ unchanged: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectModerationLabelsCommand, 0);
  });

  it('refuses a bad moderation setting at cold start, naming the variable', () => {
    expect(() => handler({ ...ENV, MODERATION: 'yes' })).toThrow(
      /MODERATION is "yes"; expected on or off/,
    );
  });

  it('relabels with new settings without paying again for the moderation stored for these bytes', async () => {
    aws.setModerationLabels(weapons);
    await handler(MODERATED)(s3Event(upload(KEY, cat, actionMetadata(cat))), lambdaContext());
    aws.rekognition.resetHistory();
    const relabel = { ...MODERATED, MIN_CONFIDENCE: '90' };
    const summary = await handler(relabel)(
      s3Event(upload(KEY, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(summary).toMatchObject({ labeled: 1 });
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectLabelsCommand, 1);
    expect(aws.rekognition).toHaveReceivedCommandTimes(DetectModerationLabelsCommand, 0);
    const item = aws.item('beta_results', KEY)!;
    expect(item.min_confidence).toEqual({ N: '90' });
    expect(JSON.parse(item.moderation_labels!.S!)).toHaveLength(2);
  });

  it('keeps the paid labels when moderation fails, and asks for a retry instead of a failed item', async () => {
    aws.rekognition
      .on(DetectModerationLabelsCommand)
      .rejects(awsError('InvalidParameterException', 400));
    await expect(
      handler(MODERATED)(s3Event(upload(KEY, cat, actionMetadata(cat))), lambdaContext()),
    ).rejects.toThrow(/must be retried: .*labeled, not moderated/);
    const item = aws.item('beta_results', KEY)!;
    expect(item.status).toEqual({ S: 'labeled' });
    expect(item.labels?.S).toContain('"Cat"');
    expect(item.moderation_labels).toBeUndefined();
  });

  it('sends MODERATION_ADAPTER_ARN as ProjectVersion', async () => {
    const arn =
      'arn:aws:rekognition:us-east-1:123456789012:project/school/version/v1/1700000000000';
    await handler({ ...MODERATED, MODERATION_ADAPTER_ARN: arn })(
      s3Event(upload(KEY, cat, actionMetadata(cat))),
      lambdaContext(),
    );
    expect(aws.rekognition).toHaveReceivedCommandWith(DetectModerationLabelsCommand, {
      ProjectVersion: arn,
    });
    expect(aws.item('beta_results', KEY)!.moderation_adapter).toEqual({ S: arn });
  });
});
