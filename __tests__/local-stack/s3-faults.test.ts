import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DetectLabelsCommand } from '@aws-sdk/client-rekognition';
import {
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type S3rver from 's3rver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBucket, rekognitionClient, s3Client } from '../../local-stack/admin.js';
import { userMetadataBytes } from '../../local-stack/s3-faults.js';
import { startLocalStack, type LocalStack } from '../../local-stack/stack.js';
import { spawnLocalStack, type S3FaultOptions, type SpawnedStack } from '../helpers/stack.js';
import { expectAwsError } from './expect-aws-error.js';

const BUCKET = 's3-fault-bucket';
const coffee = readFileSync(new URL('../../__fixtures__/images/coffee.png', import.meta.url));
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Metadata of exactly `bytes` bytes by S3's rule: key `note` (4 bytes, the x-amz-meta- prefix
 * not counted) plus a value of `bytes - 4` bytes.
 */
const asciiMetadata = (bytes: number) => ({ note: 'v'.repeat(bytes - 4) });

/**
 * Node's HTTP client writes header strings as latin1 (one byte per character) when the body is
 * a Buffer or a stream, so a string holding the UTF-8 bytes of a value puts exactly that UTF-8
 * on the wire, as the AWS CLI does. (With a string body Node writes the headers as UTF-8, and
 * characters above U+00FF are refused either way.)
 */
const utf8OnTheWire = (value: string) => Buffer.from(value, 'utf8').toString('latin1');

/** A client that never retries, so each injected error surfaces. */
const noRetryClient = (stack: { endpoints: { s3: string } }) =>
  new S3Client({
    endpoint: stack.endpoints.s3,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

const put = (Key: string, extra: Partial<PutObjectCommand['input']> = {}) =>
  new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'body', ...extra });

describe('S3 metadata limit and fault injection (CLI stack, real SDK)', () => {
  let stack: SpawnedStack;
  let s3: S3Client;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--bucket', BUCKET]);
    s3 = noRetryClient(stack);
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
  });

  beforeEach(async () => {
    await stack.s3Admin.reset();
  });

  it('accepts 2048 bytes of user metadata and refuses 2049 with MetadataTooLarge (400)', async () => {
    await s3.send(put('meta/2048', { Metadata: asciiMetadata(2048) }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'meta/2048' }));
    expect(head.Metadata?.note).toHaveLength(2044);
    const error = await expectAwsError(
      s3.send(put('meta/2049', { Metadata: asciiMetadata(2049) })),
      'MetadataTooLarge',
      400,
    );
    expect(error.message).toBe('Your metadata headers exceed the maximum allowed metadata size.');
    await expectAwsError(
      s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'meta/2049' })),
      'NotFound',
      404,
    );
    // Several keys: the sum counts, each key without its prefix.
    const split = { a: 'x'.repeat(1000), bb: 'y'.repeat(1000), ccc: 'z'.repeat(43) }; // 2049
    await expectAwsError(s3.send(put('meta/split', { Metadata: split })), 'MetadataTooLarge', 400);
    split.ccc = 'z'.repeat(42); // 2048
    await s3.send(put('meta/split', { Metadata: split }));
    expect(await stack.s3Admin.stats()).toMatchObject({ metadataTooLarge: 2, injectedFailures: 0 });
  });

  it('counts non-ASCII metadata in UTF-8 bytes', async () => {
    // key "note" (4) + 1022 x "é" (2 bytes each) = 2048 bytes, though only 1026 characters.
    const value = 'é'.repeat(1022);
    const Body = Buffer.from('body');
    await s3.send(put('meta/utf8-ok', { Body, Metadata: { note: utf8OnTheWire(value) } }));
    await expectAwsError(
      s3.send(put('meta/utf8-over', { Body, Metadata: { note: utf8OnTheWire(`${value}!`) } })),
      'MetadataTooLarge',
      400,
    );
    // "€" is 3 bytes in UTF-8: 4 + 681 x 3 = 2047, one ASCII byte more is 2048.
    const euro = utf8OnTheWire(`${'€'.repeat(681)}a`);
    await s3.send(put('meta/euro', { Body, Metadata: { note: euro } }));
    await expectAwsError(
      s3.send(put('meta/euro-over', { Body, Metadata: { note: `${euro}b` } })),
      'MetadataTooLarge',
      400,
    );
    expect(userMetadataBytes(['X-Amz-Meta-Note', euro, 'Content-Type', 'x'])).toBe(2048);
  });

  it('answers MetadataTooLarge as S3 does: XML with Size and MaxSizeAllowed', async () => {
    const res = await fetch(`${stack.endpoints.s3}/${BUCKET}/raw`, {
      method: 'PUT',
      headers: { 'x-amz-meta-big': 'x'.repeat(2100) },
      body: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/xml');
    expect(res.headers.get('x-amz-request-id')).toMatch(/^[0-9A-F]{16}$/);
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>MetadataTooLarge<\/Code><Message>Your metadata headers exceed the maximum allowed metadata size\.<\/Message><Size>2103<\/Size><MaxSizeAllowed>2048<\/MaxSizeAllowed><RequestId>[0-9A-F]{16}<\/RequestId><HostId>[^<]+<\/HostId><\/Error>$/,
    );
  });

  it('checks CopyObject with REPLACE and CreateMultipartUpload, not a plain copy', async () => {
    await s3.send(put('meta/source'));
    const big = asciiMetadata(2049);
    const copy = (directive: 'COPY' | 'REPLACE') =>
      s3.send(
        new CopyObjectCommand({
          Bucket: BUCKET,
          Key: `meta/copy-${directive}`,
          CopySource: `${BUCKET}/meta/source`,
          MetadataDirective: directive,
          Metadata: big,
        }),
      );
    await expectAwsError(copy('REPLACE'), 'MetadataTooLarge', 400);
    await copy('COPY'); // the request's metadata is ignored, as S3 does
    await expectAwsError(
      s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: 'meta/mpu', Metadata: big })),
      'MetadataTooLarge',
      400,
    );
  });

  it('fails the next `count` matching requests with S3 XML errors, then passes', async () => {
    await stack.s3Admin.config({
      failures: [{ method: 'PUT', match: 'flaky/', code: 'SlowDown', count: 2 }],
    });
    await expectAwsError(s3.send(put('flaky/a.png')), 'SlowDown', 503);
    await s3.send(put('steady/a.png'));
    await expectAwsError(s3.send(put('flaky/a.png')), 'SlowDown', 503);
    await s3.send(put('flaky/a.png'));
    expect(await stack.s3Admin.stats()).toMatchObject({
      requests: 4,
      byMethod: { PUT: 4 },
      injectedFailures: 2,
    });
  });

  it('names every error code as S3 does, and the SDK retries them', async () => {
    const cases = [
      ['InternalError', 500],
      ['SlowDown', 503],
      ['ServiceUnavailable', 503],
    ] as const;
    for (const [code, status] of cases) {
      await stack.s3Admin.config({ failures: [{ method: 'GET', code, count: 1 }] });
      await expectAwsError(
        s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'any' })),
        code,
        status,
      );
      await stack.s3Admin.config({ failures: [{ method: 'PUT', code, count: 2 }] });
      const retrying = s3Client(stack);
      try {
        const out = await retrying.send(put(`retried/${code}`));
        expect(out.$metadata.attempts).toBe(3);
      } finally {
        retrying.destroy();
      }
    }
    // HEAD replies carry no body, so the SDK can only go by the status.
    await stack.s3Admin.config({ failures: [{ method: 'HEAD', code: 'SlowDown', count: 1 }] });
    const head = await s3
      .send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'x' }))
      .catch((e: { $metadata: { httpStatusCode: number } }) => e);
    expect(head.$metadata.httpStatusCode).toBe(503);
  });

  it('holds a PUT until released; a second writer lands first', async () => {
    // count 1: only the first PUT of the key is held.
    await stack.s3Admin.config({
      delays: [{ method: 'PUT', match: 'race/photo.png', hold: true, count: 1 }],
    });
    const first = s3.send(put('race/photo.png', { Body: 'first' }));
    const [held] = await stack.s3Admin.waitForHeld({ match: 'race/' });
    expect(held).toMatchObject({ operation: 'PUT', name: `${BUCKET}/race/photo.png` });
    await expectAwsError(
      s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'race/photo.png' })),
      'NotFound',
      404,
    );
    await s3.send(put('race/photo.png', { Body: 'second' }));
    expect(await stack.s3Admin.release()).toBe(1);
    await first;
    const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'race/photo.png' }));
    expect(await got.Body!.transformToString()).toBe('first');
    expect(await stack.s3Admin.stats()).toMatchObject({ delayed: 1, held: [] });
  });

  it('drops a held PUT whose client gave up before sending its body: nothing is stored', async () => {
    await stack.s3Admin.config({ delays: [{ method: 'PUT', match: 'abandoned', hold: true }] });
    const controller = new AbortController();
    // 10 of the announced 100000 bytes, then nothing: the upload can never be complete.
    const body = new Readable({ read() {} });
    body.push(Buffer.alloc(10));
    const gaveUp = s3.send(put('abandoned.png', { Body: body, ContentLength: 100_000 }), {
      abortSignal: controller.signal,
    });
    await stack.s3Admin.waitForHeld();
    controller.abort();
    await expect(gaveUp).rejects.toMatchObject({ name: 'AbortError' });
    expect(await stack.s3Admin.release()).toBe(1);
    await expectAwsError(
      s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'abandoned.png' })),
      'NotFound',
      404,
    );
  });

  it('delays by ms, and fails for untilMs (a real 1.5 s window)', async () => {
    await stack.s3Admin.config({ delays: [{ method: 'GET', match: 'slow', ms: 300 }] });
    await s3.send(put('slow.txt'));
    const started = performance.now();
    await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'slow.txt' }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);

    await stack.s3Admin.config({ failures: [{ code: 'InternalError', untilMs: 1500 }] });
    const setAt = performance.now();
    await expectAwsError(s3.send(put('window.txt')), 'InternalError', 500);
    await new Promise((resolve) => setTimeout(resolve, 1500 - (performance.now() - setAt) + 20));
    await s3.send(put('window.txt'));
  });

  it('passes everything else through unchanged: large streams, ranges, conditionals, lists', async () => {
    // A non-matching rule keeps the middleware busy checking each request.
    await stack.s3Admin.config({ failures: [{ match: 'never-matches', code: 'InternalError' }] });
    const big = Buffer.alloc(5 * 1024 * 1024 + 123);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    await s3.send(
      put('stream/big.bin', {
        Body: Readable.from([big.subarray(0, 1e6), big.subarray(1e6)]),
        ContentLength: big.length,
      }),
    );
    const whole = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'stream/big.bin' }));
    expect(sha256(await whole.Body!.transformToByteArray())).toBe(sha256(big));
    const range = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'stream/big.bin', Range: 'bytes=4096-4099' }),
    );
    expect(range.$metadata.httpStatusCode).toBe(206);
    expect(Buffer.from(await range.Body!.transformToByteArray()).readUInt32BE(0)).toBe(4096);
    const notModified = await fetch(`${stack.endpoints.s3}/${BUCKET}/stream/big.bin`, {
      method: 'HEAD',
      headers: { 'if-none-match': whole.ETag! },
    });
    expect(notModified.status).toBe(304);
    const list = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'stream/' }));
    expect(list.Contents?.map((o) => o.Size)).toEqual([big.length]);
    // aws-chunked (the SDK's default CRC32 trailer) reaches s3rver as before.
    const chunked = new S3Client({
      endpoint: stack.endpoints.s3,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_SUPPORTED',
    });
    try {
      await chunked.send(
        put('stream/chunked.bin', { Body: Readable.from([Buffer.from('abc')]), ContentLength: 3 }),
      );
    } finally {
      chunked.destroy();
    }
    expect((await stack.s3Admin.stats()).injectedFailures).toBe(0);
  });

  it('leaves the Rekognition emulator reading S3Object images alone', async () => {
    await s3.send(put('images/coffee.png', { Body: coffee }));
    await stack.s3Admin.reset();
    await stack.s3Admin.config({ failures: [{ code: 'InternalError' }] });
    const rekognition = rekognitionClient(stack, { maxAttempts: 1 });
    try {
      const out = await rekognition.send(
        new DetectLabelsCommand({
          Image: { S3Object: { Bucket: BUCKET, Name: 'images/coffee.png' } },
        }),
      );
      expect(out.Labels?.length).toBeGreaterThan(0);
    } finally {
      rekognition.destroy();
    }
    expect((await stack.s3Admin.stats()).requests).toBe(0);
  });

  it('rejects invalid config with 400, keeps the old one, and serves admin routes only', async () => {
    const bad: [unknown, RegExp][] = [
      [{ metadataLimit: 'off' }, /metadataLimit must be a boolean/],
      [{ failures: [{ code: 'SlowDown', status: 500 }] }, /status must be 503 for SlowDown/],
      [{ failures: [{ code: 'NoSuchKey' }] }, /code must be one of/],
      [{ failures: [{ code: 'InternalError', method: 'PATCH' }] }, /method must be one of/],
      [{ delays: [{ hold: true, key: 'x' }] }, /unknown key .*key/],
      [{ faults: [] }, /unknown config key .*faults/],
    ];
    for (const [body, message] of bad) {
      await expect(stack.s3Admin.config(body as S3FaultOptions)).rejects.toThrow(message);
    }
    expect(await (await fetch(`${stack.endpoints.s3}/__s3/config`)).json()).toEqual({
      metadataLimit: true,
      failures: [],
      delays: [],
    });
    expect((await fetch(`${stack.endpoints.s3}/__s3/nothing`)).status).toBe(404);
    expect((await stack.s3Admin.stats()).requests).toBe(0);
  });
});

describe('S3 start config from the CLI', () => {
  let stack: SpawnedStack;

  beforeAll(async () => {
    const config = { failures: [{ method: 'DELETE', code: 'InternalError' }] };
    stack = await spawnLocalStack([
      '--bucket',
      BUCKET,
      '--s3-metadata-limit',
      'off',
      '--s3-config',
      JSON.stringify(config),
    ]);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('turns the metadata limit off with --s3-metadata-limit off; reset keeps it off', async () => {
    const s3 = s3Client(stack);
    try {
      await s3.send(put('big-meta', { Metadata: asciiMetadata(4000) }));
      await stack.s3Admin.config({ metadataLimit: true });
      await expectAwsError(
        s3.send(put('big-meta', { Metadata: asciiMetadata(4000) })),
        'MetadataTooLarge',
        400,
      );
      await stack.s3Admin.reset();
      await s3.send(put('big-meta', { Metadata: asciiMetadata(4000) }));
      const res = await fetch(`${stack.endpoints.s3}/__s3/config`);
      expect(await res.json()).toEqual({
        metadataLimit: false,
        failures: [{ method: 'DELETE', code: 'InternalError', status: 500 }],
        delays: [],
      });
    } finally {
      s3.destroy();
    }
  });
});

describe('S3 faults in process: s3rver events and an injected clock', () => {
  let stack: LocalStack;
  let now = 0;
  let s3: S3Client;
  const events: S3rver.S3Event[] = [];

  beforeAll(async () => {
    stack = await startLocalStack({ now: () => now });
    await createBucket(stack, BUCKET);
    stack.s3rver.on('event', (event) => events.push(event));
    s3 = s3Client(stack);
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
  });

  it('emits no event for a refused write, and the event after a held write is released', async () => {
    const keys = () => events.map((e) => e.Records[0]!.s3.object.key);
    await expectAwsError(
      s3.send(put('refused.png', { Metadata: asciiMetadata(3000) })),
      'MetadataTooLarge',
      400,
    );
    stack.s3.config({ failures: [{ method: 'PUT', code: 'InternalError', count: 1 }] });
    const noRetry = noRetryClient(stack);
    try {
      await expectAwsError(noRetry.send(put('failed.png')), 'InternalError', 500);
    } finally {
      noRetry.destroy();
    }
    expect(keys()).toEqual([]);
    stack.s3.config({ delays: [{ method: 'PUT', hold: true }] });
    const pending = s3.send(put('held.png'));
    await stack.s3.waitForHeld();
    expect(keys()).toEqual([]);
    stack.s3.release();
    await pending;
    expect(keys()).toEqual(['held.png']);
    stack.s3.reset();
  });

  it('fails for exactly untilMs of the injected clock', async () => {
    now = 100;
    stack.s3.config({ failures: [{ method: 'GET', code: 'ServiceUnavailable', untilMs: 1000 }] });
    const noRetry = noRetryClient(stack);
    try {
      const list = () => noRetry.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      now = 1099;
      await expectAwsError(list(), 'ServiceUnavailable', 503);
      now = 1100;
      await expect(list()).resolves.toBeDefined();
    } finally {
      noRetry.destroy();
    }
    stack.s3.reset();
  });
});
