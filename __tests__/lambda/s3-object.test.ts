import { GetObjectCommand } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { objectReader, readObject } from '../../src/lambda/s3-object.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { fakeAws } from './fake-aws.js';
import { sha256Hex } from './hash.js';
import { describeNeutral } from '../../src/shared/aws-errors.js';

const KiB = 1024;
let aws: ReturnType<typeof fakeAws>;
beforeEach(() => {
  aws = fakeAws();
});
afterEach(() => aws.restore());

function services() {
  const clock = fakeClock();
  const caller = new AwsCaller(4, clock, clock.now() + 1000);
  return { clients: aws.clients, caller, clock, describe: describeNeutral };
}

describe('reading an object in S3', () => {
  const body = randomBytes(200 * KiB);
  const ref = { bucket: 'b', key: 'k.png' };

  it('serves reads across chunk boundaries from 64 KiB ranged GETs, each fetched once', async () => {
    aws.putObject('b', 'k.png', { body });
    const read = objectReader(services(), ref, body.length);
    expect(await read(0, 64)).toEqual(body.subarray(0, 64));
    expect(await read(60 * KiB, 10 * KiB)).toEqual(body.subarray(60 * KiB, 70 * KiB));
    expect(await read(10, 20)).toEqual(body.subarray(10, 30));
    expect(await read(body.length - 5, 100)).toEqual(body.subarray(body.length - 5));
    expect(await read(body.length, 10)).toHaveLength(0);
    const ranges = aws.s3.commandCalls(GetObjectCommand).map((call) => call.args[0].input.Range);
    expect(ranges).toEqual(['bytes=0-65535', 'bytes=65536-131071', 'bytes=196608-204799']);
  });

  it('hashes the whole object, keeping the bytes only when asked, with the ETag of what it read', async () => {
    aws.putObject('b', 'k.png', { body });
    const hashed = await readObject(services(), ref, false);
    expect(hashed).toEqual({ etag: aws.etagOf(body), sha256: sha256Hex(body) });
    const kept = await readObject(services(), ref, true);
    expect(kept.bytes!.equals(body)).toBe(true);
    expect(kept.sha256).toBe(sha256Hex(body));
  });

  it('reads the pinned version on a versioned bucket', async () => {
    aws.putObject('b', 'k.png', { body });
    await readObject(services(), { ...ref, versionId: 'v1' }, false);
    expect(aws.s3).toHaveReceivedCommandWith(GetObjectCommand, { Key: 'k.png', VersionId: 'v1' });
  });
});
