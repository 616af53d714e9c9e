import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { signedWithHash } from '../../src/action/s3-upload.js';

interface SentRequest {
  headers: Record<string, string>;
}

/** An S3 client whose HTTP handler keeps the signed request and answers 200. */
function recordingS3() {
  const sent: SentRequest[] = [];
  const client = new S3Client({
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async (request: SentRequest) => {
        sent.push(request);
        return {
          response: { statusCode: 200, headers: { etag: '"e"' }, body: Readable.from([]) },
        };
      },
    },
  });
  return { client, sent };
}

const put = (body: Buffer) =>
  new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: body, ContentLength: body.length });
const hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('signedWithHash (uploads signed with the verified hash)', () => {
  it('signs the hash it is given as the payload hash, without hashing the body again', async () => {
    const { client, sent } = recordingS3();
    const body = Buffer.alloc(100_000, 3);
    // Another hash than the body's: the header carries the given one, so the signer did not
    // compute its own. (In use they are the same: the bytes were verified against it.)
    const given = hex(Buffer.from('other bytes'));
    await client.send(signedWithHash(put(body), given));
    const headers = sent[0]!.headers;
    expect(headers['x-amz-content-sha256']).toBe(given);
    expect(headers.authorization).toMatch(/x-amz-content-sha256/);
  });

  it('matches what the signer computes on its own for the same bytes', async () => {
    const body = Buffer.alloc(70_000, 9);
    const plain = recordingS3();
    await plain.client.send(put(body));
    const hashed = recordingS3();
    await hashed.client.send(signedWithHash(put(body), hex(body)));
    expect(hashed.sent[0]!.headers['x-amz-content-sha256']).toBe(
      plain.sent[0]!.headers['x-amz-content-sha256'],
    );
  });
});
