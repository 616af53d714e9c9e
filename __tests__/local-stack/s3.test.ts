import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listObjects, s3Client } from '../../local-stack/admin.js';
import { spawnLocalStack, type SpawnedStack } from '../helpers/stack.js';

const BUCKET = 'stack-s3-bucket';
const photo = new URL('../../__fixtures__/images/chelsea.png', import.meta.url);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('S3 on s3rver', () => {
  let stack: SpawnedStack;
  let s3: S3Client;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--bucket', BUCKET, '--table', 'env-table']);
    s3 = s3Client(stack);
  });

  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
  });

  it('stores a streamed upload byte for byte', async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'streamed/chelsea.png',
        Body: createReadStream(photo),
        ContentLength: statSync(photo).size,
      }),
    );
    const got = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'streamed/chelsea.png' }),
    );
    expect(sha256(await got.Body!.transformToByteArray())).toBe(sha256(readFileSync(photo)));
  });

  it('paginates ListObjectsV2 (MaxKeys 2 over 5 objects)', async () => {
    for (let i = 0; i < 5; i++) {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `paged/${i}.txt`, Body: `${i}` }));
    }
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: BUCKET,
          Prefix: 'paged/',
          MaxKeys: 2,
          ContinuationToken: token,
        }),
      );
      pages++;
      keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
    } while (token);
    expect(pages).toBe(3);
    expect(keys).toEqual([0, 1, 2, 3, 4].map((i) => `paged/${i}.txt`));
    expect((await listObjects(stack, BUCKET, 'paged/')).map((o) => o.key)).toEqual(keys);
  });

  it('works without forcePathStyle because the endpoint host is an IP', async () => {
    const plain = new S3Client({
      endpoint: stack.endpoints.s3,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    try {
      await plain.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'vhost-check', Body: 'ok' }));
      const got = await plain.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'vhost-check' }));
      expect(await got.Body!.transformToString()).toBe('ok');
    } finally {
      plain.destroy();
    }
  });

  it('drives SDK clients configured only from stack.env, as the action is', async () => {
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, stack.env);
    const clients: { destroy(): void }[] = [];
    try {
      const s3FromEnv = new S3Client({
        region: process.env.AWS_REGION,
      });
      const dbFromEnv = new DynamoDBClient({});
      const rekFromEnv = new RekognitionClient({});
      clients.push(s3FromEnv, dbFromEnv, rekFromEnv);
      await s3FromEnv.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: 'env/chelsea.png',
          Body: createReadStream(photo),
          ContentLength: statSync(photo).size,
        }),
      );
      const labels = await rekFromEnv.send(
        new DetectLabelsCommand({
          Image: { S3Object: { Bucket: BUCKET, Name: 'env/chelsea.png' } },
        }),
      );
      expect(labels.Labels?.[0]?.Name).toBe('Animal');
      const tables = await dbFromEnv.send(new ListTablesCommand({}));
      expect(tables.TableNames).toContain('env-table');
    } finally {
      for (const c of clients) c.destroy();
      process.env = saved;
    }
  });
});
