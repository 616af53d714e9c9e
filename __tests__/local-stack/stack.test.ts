import { DetectLabelsCommand } from '@aws-sdk/client-rekognition';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBucket, rekognitionClient, s3Client } from '../../local-stack/admin.js';
import { makePng } from '../../local-stack/png.js';
import { startLocalStack, type LocalStack } from '../../local-stack/stack.js';

describe('startLocalStack in process', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ emulator: { latencyMs: 0, seed: 5 }, region: 'eu-west-1' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('exposes loopback endpoints and the env the SDK needs', () => {
    for (const url of Object.values(stack.endpoints))
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.env).toMatchObject({
      AWS_ENDPOINT_URL_S3: stack.endpoints.s3,
      AWS_ENDPOINT_URL_DYNAMODB: stack.endpoints.dynamodb,
      AWS_ENDPOINT_URL_REKOGNITION: stack.endpoints.rekognition,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'eu-west-1',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    });
  });

  it('controls the emulator in process', async () => {
    expect(stack.emulator.config()).toMatchObject({ seed: 5, failureRate: 0 });
    stack.emulator.config({ failureRate: 1 });
    const client = rekognitionClient(stack, { maxAttempts: 1 });
    try {
      const call = () =>
        client.send(new DetectLabelsCommand({ Image: { Bytes: makePng(100, 100) } }));
      await expect(call()).rejects.toMatchObject({ name: 'InternalServerError' });
      expect(stack.emulator.stats()).toMatchObject({ requests: 1, failed5xx: 1 });
      stack.emulator.reset();
      expect(stack.emulator.stats().requests).toBe(0);
      await expect(call()).resolves.toMatchObject({ LabelModelVersion: '3.0' });
    } finally {
      client.destroy();
    }
  });

  it('emits s3rver notification events on object writes', async () => {
    await createBucket(stack, 'events-bucket');
    const events: S3rver.S3Event[] = [];
    stack.s3rver.on('event', (event) => events.push(event));
    const s3 = s3Client(stack);
    try {
      await s3.send(new PutObjectCommand({ Bucket: 'events-bucket', Key: 'a.png', Body: 'x' }));
    } finally {
      s3.destroy();
    }
    expect(events[0]?.Records[0]).toMatchObject({
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'events-bucket' }, object: { key: 'a.png' } },
    });
  });

  it('frees every port on stop', async () => {
    const other = await startLocalStack();
    await other.stop();
    for (const url of Object.values(other.endpoints)) {
      await expect(fetch(url)).rejects.toThrow();
    }
  });
});
