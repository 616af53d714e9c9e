import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  DetectFacesCommand,
  DetectLabelsCommand,
  DetectModerationLabelsCommand,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBucket, rekognitionClient, s3Client } from '../../local-stack/admin.js';
import { makePng } from '../../local-stack/png.js';
import { spawnLocalStack, type SpawnedStack } from '../helpers/stack.js';
import { expectAwsError } from './expect-aws-error.js';

const coffee = readFileSync(new URL('../../__fixtures__/images/coffee.png', import.meta.url));
const coffeeSha = createHash('sha256').update(coffee).digest('hex');
const detect = () => new DetectLabelsCommand({ Image: { Bytes: coffee } });
// A small image keeps a burst of concurrent calls within a few milliseconds, so the token
// bucket barely refills while it arrives.
const small = makePng(100, 100);
const detectSmall = () => new DetectLabelsCommand({ Image: { Bytes: small } });

describe('emulator fault injection and stats', () => {
  let stack: SpawnedStack;
  let rekognition: RekognitionClient;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--seed', '42']);
    rekognition = rekognitionClient(stack, { maxAttempts: 1 });
  });

  afterAll(async () => {
    rekognition?.destroy();
    await stack?.stop();
  });

  beforeEach(async () => {
    await stack.emulatorAdmin.reset();
  });

  it('starts with the CLI flags and reports them on GET /__emulator/config', async () => {
    const res = await fetch(`${stack.endpoints.rekognition}/__emulator/config`);
    expect(await res.json()).toMatchObject({ seed: 42, tps: null, failureRate: 0 });
  });

  it('throttles a burst of 30 calls at tps 10 with ThrottlingException (400)', async () => {
    await stack.emulatorAdmin.config({ tps: 10 });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => rekognition.send(detectSmall())),
    );
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // 20 without refill; a slow machine may refill a token or three while the burst arrives.
    expect(rejected.length).toBeGreaterThanOrEqual(15);
    expect(rejected.length).toBeLessThanOrEqual(20);
    for (const { reason } of rejected) {
      expect(reason.name).toBe('ThrottlingException');
      expect(reason.message).toBe('Rate exceeded');
      expect(reason.$metadata.httpStatusCode).toBe(400);
    }
    const stats = await stack.emulatorAdmin.stats();
    expect(stats.requests).toBe(30);
    expect(stats.throttled).toBe(rejected.length);
    expect(stats.succeeded).toBe(30 - rejected.length);
  });

  it('lets calls through again once the bucket refills', async () => {
    await stack.emulatorAdmin.config({ tps: 20 });
    const burst = await Promise.allSettled(
      Array.from({ length: 40 }, () => rekognition.send(detectSmall())),
    );
    expect(burst.some((r) => r.status === 'rejected')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250)); // ~5 tokens
    await expect(rekognition.send(detectSmall())).resolves.toBeDefined();
  });

  it('fails every call at failureRate 1 with InternalServerError (500), which the SDK retries', async () => {
    await stack.emulatorAdmin.config({ failureRate: 1 });
    await expectAwsError(rekognition.send(detect()), 'InternalServerError', 500);
    const retrying = rekognitionClient(stack, { maxAttempts: 3 });
    try {
      const error = await expectAwsError(retrying.send(detect()), 'InternalServerError', 500);
      expect(error.$metadata.attempts).toBe(3);
    } finally {
      retrying.destroy();
    }
    const stats = await stack.emulatorAdmin.stats();
    expect(stats.failed5xx).toBe(4);
  });

  it('fails the same calls for the same seed', async () => {
    const run = async () => {
      await stack.emulatorAdmin.config({ failureRate: 0.5, seed: 7 });
      const outcomes: boolean[] = [];
      for (let i = 0; i < 16; i++) {
        outcomes.push(
          await rekognition.send(detect()).then(
            () => true,
            () => false,
          ),
        );
      }
      return outcomes;
    };
    const first = await run();
    await stack.emulatorAdmin.reset();
    expect(await run()).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(2);
    expect(first.filter((ok) => !ok).length).toBeGreaterThan(2);
  });

  it('throttles a fraction of calls at throttleRate regardless of TPS', async () => {
    await stack.emulatorAdmin.config({ throttleRate: 1 });
    await expectAwsError(rekognition.send(detect()), 'ThrottlingException', 400);
  });

  it('adds latencyMs to every reply, errors included', async () => {
    await stack.emulatorAdmin.config({ latencyMs: 250 });
    let started = performance.now();
    await rekognition.send(detect());
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    started = performance.now();
    await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: Buffer.from('nope') } })),
      'InvalidImageFormatException',
      400,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('fails images whose S3 key or SHA-256 matches failNames', async () => {
    await stack.emulatorAdmin.config({
      failNames: [
        { match: coffeeSha.slice(0, 12), error: 'ProvisionedThroughputExceededException' },
        { match: 'broken', error: 'InternalServerError', message: 'kaput' },
      ],
    });
    await expectAwsError(rekognition.send(detect()), 'ProvisionedThroughputExceededException', 400);
    // Matching by key wins even before the object is looked up.
    const error = await expectAwsError(
      rekognition.send(
        new DetectLabelsCommand({
          Image: { S3Object: { Bucket: 'any-bucket', Name: 'a/broken.png' } },
        }),
      ),
      'InternalServerError',
      500,
    );
    expect(error.message).toBe('kaput');
  });

  it('matches failNames on the S3 key of an existing object', async () => {
    await createBucket(stack, 'fault-bucket');
    const s3 = s3Client(stack);
    await s3.send(new PutObjectCommand({ Bucket: 'fault-bucket', Key: 'ok.png', Body: coffee }));
    s3.destroy();
    const ref = { S3Object: { Bucket: 'fault-bucket', Name: 'ok.png' } };
    await expect(rekognition.send(new DetectLabelsCommand({ Image: ref }))).resolves.toBeDefined();
    await stack.emulatorAdmin.config({
      failNames: [{ match: 'ok.png', error: 'AccessDeniedException' }],
    });
    await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: ref })),
      'AccessDeniedException',
      400,
    );
  });

  it('answers AccessDeniedException to everything when accessDenied', async () => {
    await stack.emulatorAdmin.config({ accessDenied: true });
    await expectAwsError(rekognition.send(detect()), 'AccessDeniedException', 400);
    await expectAwsError(
      rekognition.send(new DetectModerationLabelsCommand({ Image: { Bytes: coffee } })),
      'AccessDeniedException',
      400,
    );
  });

  it('answers UnknownOperationException for operations it does not emulate', async () => {
    await expectAwsError(
      rekognition.send(new DetectFacesCommand({ Image: { Bytes: coffee } })),
      'UnknownOperationException',
      400,
    );
  });

  it('rejects unsigned requests like AWS, with the JSON 1.1 error shape', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(`${stack.endpoints.rekognition}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'RekognitionService.DetectLabels',
          ...headers,
        },
        body: JSON.stringify({ Image: { Bytes: coffee.toString('base64') } }),
      });
    const missing = await call({});
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(missing.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(await missing.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      Message: 'Missing Authentication Token',
      Code: 'MissingAuthenticationTokenException',
    });
    const bogus = await call({ authorization: 'Bearer abc' });
    expect(bogus.status).toBe(403);
    expect(bogus.headers.get('x-amzn-errortype')).toBe('UnrecognizedClientException');
  });

  it('counts requests by operation, outcome and concurrency', async () => {
    await stack.emulatorAdmin.config({ latencyMs: 400 });
    await Promise.all([
      ...Array.from({ length: 4 }, () => rekognition.send(detect())),
      rekognition.send(new DetectModerationLabelsCommand({ Image: { Bytes: coffee } })),
      rekognition
        .send(new DetectLabelsCommand({ Image: { Bytes: Buffer.from('junk') } }))
        .catch(() => {}),
    ]);
    const stats = await stack.emulatorAdmin.stats();
    expect(stats).toMatchObject({
      requests: 6,
      byOperation: { DetectLabels: 5, DetectModerationLabels: 1 },
      succeeded: 5,
      succeededByOperation: { DetectLabels: 4, DetectModerationLabels: 1 },
      failed4xx: 1,
      failed5xx: 0,
      throttled: 0,
      inFlight: 0,
    });
    expect(stats.maxInFlight).toBe(6);
  });

  it('resets stats and config', async () => {
    await stack.emulatorAdmin.config({ failureRate: 1 });
    await rekognition.send(detect()).catch(() => {});
    await stack.emulatorAdmin.reset();
    expect(await stack.emulatorAdmin.stats()).toMatchObject({ requests: 0, failed5xx: 0 });
    await expect(rekognition.send(detect())).resolves.toBeDefined();
  });

  it('holds the call of one image (by SHA-256) until released; others pass meanwhile', async () => {
    await stack.emulatorAdmin.config({ delays: [{ match: coffeeSha.slice(0, 16), hold: true }] });
    const heldCall = rekognition.send(detect());
    const [held] = await stack.emulatorAdmin.waitForHeld();
    expect(held).toMatchObject({ operation: 'DetectLabels', name: coffeeSha });
    await expect(rekognition.send(detectSmall())).resolves.toBeDefined();
    expect(await stack.emulatorAdmin.stats()).toMatchObject({
      inFlight: 1,
      delayed: 1,
      held: [{ id: held!.id }],
    });
    expect(await stack.emulatorAdmin.release({ id: held!.id })).toBe(1);
    expect((await heldCall).Labels?.length).toBeGreaterThan(0);
    expect(await stack.emulatorAdmin.stats()).toMatchObject({ inFlight: 0, held: [] });
  });

  it('delays the call of one S3 key by ms, and reset releases held calls', async () => {
    await createBucket(stack, 'delay-bucket');
    const s3 = s3Client(stack);
    await s3.send(new PutObjectCommand({ Bucket: 'delay-bucket', Key: 'slow.png', Body: coffee }));
    s3.destroy();
    await stack.emulatorAdmin.config({ delays: [{ match: 'slow.png', ms: 300 }] });
    const started = performance.now();
    await rekognition.send(
      new DetectLabelsCommand({
        Image: { S3Object: { Bucket: 'delay-bucket', Name: 'slow.png' } },
      }),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await stack.emulatorAdmin.config({ delays: [{ match: 'slow.png', hold: true }] });
    const heldCall = rekognition.send(
      new DetectLabelsCommand({
        Image: { S3Object: { Bucket: 'delay-bucket', Name: 'slow.png' } },
      }),
    );
    expect(await stack.emulatorAdmin.waitForHeld({ match: 'slow' })).toMatchObject([
      { name: 'slow.png' },
    ]);
    await stack.emulatorAdmin.reset();
    await expect(heldCall).resolves.toBeDefined();
  });

  it('validates delays: match and exactly one of ms or hold', async () => {
    await expect(stack.emulatorAdmin.config({ delays: [{ ms: 5 } as never] })).rejects.toThrow(
      /delays\[0\]\.match must be a non-empty string/,
    );
    await expect(stack.emulatorAdmin.config({ delays: [{ match: 'x' }] })).rejects.toThrow(
      /either ms/,
    );
    await expect(
      stack.emulatorAdmin.config({ delays: [{ match: 'x', ms: 1, hold: true }] }),
    ).rejects.toThrow(/either ms/);
  });

  it('rejects invalid admin config with 400 and keeps the old one', async () => {
    await expect(stack.emulatorAdmin.config({ failureRate: 2 })).rejects.toThrow(/failureRate/);
    await expect(
      stack.emulatorAdmin.config({ latency: 5 } as unknown as { latencyMs: number }),
    ).rejects.toThrow(/unknown config key .*latency/);
    await expect(rekognition.send(detect())).resolves.toBeDefined();
  });
});
