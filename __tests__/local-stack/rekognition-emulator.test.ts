import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import {
  DetectLabelsCommand,
  DetectModerationLabelsCommand,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rekognitionClient, s3Client } from '../../local-stack/admin.js';
import type { FixtureEntry } from '../../local-stack/labels.js';
import { makePng } from '../../local-stack/png.js';
import { spawnLocalStack, type SpawnedStack } from '../helpers/stack.js';
import { expectAwsError } from './expect-aws-error.js';

const IMAGES = new URL('../../__fixtures__/images/', import.meta.url);
const SAMPLES = ['astronaut.png', 'chelsea.png', 'coffee.png', 'rocket.jpg'];
const BUCKET = 'emulator-images';
const fixtures = JSON.parse(
  readFileSync(new URL('../../local-stack/fixtures/labels.json', import.meta.url), 'utf8'),
) as Record<string, FixtureEntry>;

function sample(name: string): Buffer {
  return readFileSync(new URL(name, IMAGES));
}

function fixtureFor(bytes: Buffer): FixtureEntry {
  const entry = fixtures[createHash('sha256').update(bytes).digest('hex')];
  if (!entry) throw new Error('no fixture');
  return entry;
}

describe('Rekognition emulator through the real SDK', () => {
  let stack: SpawnedStack;
  let rekognition: RekognitionClient;
  let s3: S3Client;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--bucket', BUCKET]);
    rekognition = rekognitionClient(stack, { maxAttempts: 1 });
    s3 = s3Client(stack);
  });

  afterAll(async () => {
    rekognition?.destroy();
    s3?.destroy();
    await stack?.stop();
  });

  it.each(SAMPLES)('labels %s from its fixture, filtered at 55 and sorted', async (file) => {
    const bytes = sample(file);
    const expected = fixtureFor(bytes)
      .labels.filter((l) => l.Confidence >= 55)
      .sort((a, b) => b.Confidence - a.Confidence || a.Name.localeCompare(b.Name));
    const out = await rekognition.send(new DetectLabelsCommand({ Image: { Bytes: bytes } }));
    expect(out.LabelModelVersion).toBe('3.0');
    expect(out.Labels?.map((l) => [l.Name, l.Confidence])).toEqual(
      expected.map((l) => [l.Name, l.Confidence]),
    );
    const first = out.Labels![0]!;
    expect(first.Instances).toEqual([]);
    expect(Array.isArray(first.Parents)).toBe(true);
    expect(first.Categories?.length).toBeGreaterThan(0);
  });

  it('knows what is in the sample photos', async () => {
    const names = async (file: string) =>
      (
        await rekognition.send(new DetectLabelsCommand({ Image: { Bytes: sample(file) } }))
      ).Labels!.map((l) => l.Name);
    expect(await names('chelsea.png')).toContain('Cat');
    expect(await names('coffee.png')).toContain('Coffee Cup');
    expect(await names('astronaut.png')).toContain('Astronaut');
    expect(await names('rocket.jpg')).toContain('Rocket');
  });

  it('honours MinConfidence and MaxLabels', async () => {
    const bytes = sample('coffee.png');
    const out = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: bytes }, MinConfidence: 90, MaxLabels: 3 }),
    );
    expect(out.Labels).toHaveLength(3);
    expect(out.Labels!.every((l) => l.Confidence! >= 90)).toBe(true);
    const all = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: bytes }, MinConfidence: 0 }),
    );
    expect(all.Labels).toHaveLength(fixtureFor(bytes).labels.length);
    const none = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: bytes }, MaxLabels: 0 }),
    );
    expect(none.Labels).toEqual([]);
  });

  it('reads S3Object images from s3rver (streamed upload)', async () => {
    const path = new URL('rocket.jpg', IMAGES);
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'photos/rocket.jpg',
        Body: createReadStream(path),
        ContentLength: statSync(path).size,
        ContentType: 'image/jpeg',
      }),
    );
    const viaS3 = await rekognition.send(
      new DetectLabelsCommand({
        Image: { S3Object: { Bucket: BUCKET, Name: 'photos/rocket.jpg' } },
      }),
    );
    const viaBytes = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: sample('rocket.jpg') } }),
    );
    expect(viaS3.Labels).toEqual(viaBytes.Labels);
  });

  it('answers InvalidS3ObjectException for a missing object or bucket', async () => {
    const missingKey = await expectAwsError(
      rekognition.send(
        new DetectLabelsCommand({ Image: { S3Object: { Bucket: BUCKET, Name: 'nope.png' } } }),
      ),
      'InvalidS3ObjectException',
      400,
    );
    expect(missingKey.message).toBe(
      'Unable to get object metadata from S3. Check object key, region and/or access permissions.',
    );
    await expectAwsError(
      rekognition.send(
        new DetectLabelsCommand({
          Image: { S3Object: { Bucket: 'no-such-bucket', Name: 'a.png' } },
        }),
      ),
      'InvalidS3ObjectException',
      400,
    );
  });

  it('rejects GIFs and random bytes with InvalidImageFormatException', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), randomBytes(200)]);
    const error = await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: gif } })),
      'InvalidImageFormatException',
      400,
    );
    expect(error.message).toBe('Request has invalid image format');
    await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: randomBytes(4096) } })),
      'InvalidImageFormatException',
      400,
    );
  });

  it('rejects images under 80 px or over 10000 px with InvalidParameterException', async () => {
    const small = await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: makePng(40, 40) } })),
      'InvalidParameterException',
      400,
    );
    expect(small.message).toBe('Request has Invalid Parameters');
    await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: makePng(79, 400) } })),
      'InvalidParameterException',
      400,
    );
    const wide = await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: makePng(10_001, 80) } })),
      'InvalidParameterException',
      400,
    );
    expect(wide.message).toMatch(/10001 x 80 exceed maximum dimension size of 10000 pixels/);
    const ok = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: makePng(80, 80) } }),
    );
    expect(ok.Labels).toBeDefined();
  });

  it('rejects more than 5 MB of inline bytes but takes them from S3 (up to 15 MB)', async () => {
    const big = makePng(1400, 1300, { noise: true, seed: 3 });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    await expectAwsError(
      rekognition.send(new DetectLabelsCommand({ Image: { Bytes: big } })),
      'ImageTooLargeException',
      400,
    );
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'big.png', Body: big }));
    const viaS3 = await rekognition.send(
      new DetectLabelsCommand({ Image: { S3Object: { Bucket: BUCKET, Name: 'big.png' } } }),
    );
    expect(viaS3.Labels).toBeDefined();
  });

  it('rejects S3 objects over 15 MB with ImageTooLargeException', async () => {
    const huge = makePng(2400, 2200, { noise: true, seed: 4 });
    expect(huge.length).toBeGreaterThan(15 * 1024 * 1024);
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'huge.png', Body: huge }));
    await expectAwsError(
      rekognition.send(
        new DetectLabelsCommand({ Image: { S3Object: { Bucket: BUCKET, Name: 'huge.png' } } }),
      ),
      'ImageTooLargeException',
      400,
    );
  });

  it('validates Image, MaxLabels and MinConfidence', async () => {
    const bytes = sample('chelsea.png');
    const bad = [
      { Image: { Bytes: bytes, S3Object: { Bucket: BUCKET, Name: 'x.png' } } },
      { Image: {} },
      { Image: { Bytes: bytes }, MaxLabels: 1001 },
      { Image: { Bytes: bytes }, MaxLabels: -1 },
      { Image: { Bytes: bytes }, MaxLabels: 2.5 },
      { Image: { Bytes: bytes }, MinConfidence: 100.5 },
      { Image: { Bytes: bytes }, MinConfidence: -1 },
    ];
    for (const input of bad) {
      await expectAwsError(
        rekognition.send(new DetectLabelsCommand(input)),
        'InvalidParameterException',
        400,
      );
    }
  });

  it('gives any other image the same fallback labels every time', async () => {
    const image = makePng(320, 200, { noise: true, seed: 99 });
    const a = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: image }, MinConfidence: 0 }),
    );
    const b = await rekognition.send(
      new DetectLabelsCommand({ Image: { Bytes: Buffer.from(image) }, MinConfidence: 0 }),
    );
    expect(a.Labels).toEqual(b.Labels);
    expect(a.Labels!.length).toBeGreaterThanOrEqual(5);
    expect(a.Labels!.length).toBeLessThanOrEqual(15);
    const confidences = a.Labels!.map((l) => l.Confidence!);
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
    expect(Math.min(...confidences)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...confidences)).toBeLessThanOrEqual(99.9);
  });

  it('answers DetectModerationLabels, empty for the samples', async () => {
    for (const file of SAMPLES) {
      const out = await rekognition.send(
        new DetectModerationLabelsCommand({ Image: { Bytes: sample(file) } }),
      );
      expect(out.ModerationModelVersion).toBe('7.0');
      expect(out.ModerationLabels).toEqual([]);
    }
  });

  it('stamps the first request and the last reply in the stats, cleared by reset', async () => {
    await stack.emulatorAdmin.reset();
    expect(await stack.emulatorAdmin.stats()).toMatchObject({
      firstRequestAt: null,
      lastReplyAt: null,
    });
    await stack.emulatorAdmin.config({ latencyMs: 50 });
    const before = performance.timeOrigin + performance.now();
    await rekognition.send(new DetectLabelsCommand({ Image: { Bytes: sample('coffee.png') } }));
    await rekognition.send(new DetectLabelsCommand({ Image: { Bytes: sample('rocket.jpg') } }));
    const after = performance.timeOrigin + performance.now();
    const stats = await stack.emulatorAdmin.stats();
    // Epoch milliseconds from another process's clock: comparable with ours within a few ms.
    expect(stats.firstRequestAt).toBeGreaterThanOrEqual(before - 5);
    expect(stats.lastReplyAt).toBeLessThanOrEqual(after + 5);
    // Two calls of at least 50 ms each, one after the other.
    expect(stats.lastReplyAt! - stats.firstRequestAt!).toBeGreaterThanOrEqual(95);
    await stack.emulatorAdmin.reset();
    expect((await stack.emulatorAdmin.stats()).firstRequestAt).toBeNull();
  });

  it('reports the CPU time its process used since the last reset', async () => {
    await stack.emulatorAdmin.reset();
    const idle = (await stack.emulatorAdmin.stats()).processCpuMs;
    expect(idle).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < 5; i++) {
      const image = makePng(1200, 900, { noise: true, seed: 300 + i });
      await rekognition.send(new DetectLabelsCommand({ Image: { Bytes: image } }));
    }
    const busy = (await stack.emulatorAdmin.stats()).processCpuMs;
    // Parsing, hashing and checking 5 x 3 MB of PNG takes measurable CPU.
    expect(busy).toBeGreaterThan(idle);
    await stack.emulatorAdmin.reset();
    expect((await stack.emulatorAdmin.stats()).processCpuMs).toBeLessThan(busy);
  });
});
