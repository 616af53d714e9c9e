import { bufferCapacity } from '../../src/shared/buffer-capacity.js';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { describe, expect, it, vi } from 'vitest';
import {
  base64Length,
  encodeImagesNatively,
  withImageBytes,
  writeBase64,
} from '../../src/shared/native-base64.js';
import { RELEASE_MIN_BYTES, releaseBodiesOnceSent } from '../../src/shared/release-body.js';

interface SentRequest {
  body?: unknown;
  headers: Record<string, string>;
}

/** The SDK's body is a Uint8Array that warns when used as a string: read its bytes. */
const latin1 = (body: Uint8Array) =>
  Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');

/** A client that records the request its HTTP handler was given, and the body as sent. */
function recordingClient(native: boolean) {
  const seen: { request?: SentRequest; body?: string } = {};
  const client = new RekognitionClient({
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async (request: SentRequest) => {
        seen.request = request;
        seen.body =
          request.body instanceof Readable
            ? await text(request.body)
            : latin1(request.body as Uint8Array);
        return {
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: Readable.from([Buffer.from('{"Labels":[]}')]),
          },
        };
      },
    },
  });
  if (native) encodeImagesNatively(client.middlewareStack);
  return { client, seen };
}

describe('writeBase64', () => {
  it("writes what Buffer's base64 gives, at every length around the chunk size", () => {
    const lengths = [0, 1, 2, 3, 4, 5, 100, 49151, 49152, 49153, 98303, 98304, 98305, 300_001];
    for (const length of lengths) {
      const bytes = randomBytes(length);
      const out = Buffer.alloc(base64Length(length) + 4, '#');
      const written = writeBase64(bytes, out, 2);
      expect(written).toBe(base64Length(length));
      expect(out.toString('latin1')).toBe(`##${bytes.toString('base64')}##`);
    }
  });

  it('reads only the view it is given, not the rest of its buffer', () => {
    const whole = randomBytes(1000);
    const view = whole.subarray(10, 20);
    const out = Buffer.alloc(base64Length(10));
    writeBase64(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), out, 0);
    expect(out.toString('latin1')).toBe(view.toString('base64'));
  });
});

describe('withImageBytes', () => {
  const json = (bytes: string) => Buffer.from(`{"Image":{"Bytes":"${bytes}"},"MaxLabels":10}`);

  it('puts the image where the empty one was, the rest unchanged', () => {
    const bytes = randomBytes(70_000);
    const body = withImageBytes(json(''), bytes)!;
    expect(body.toString('latin1')).toBe(json(bytes.toString('base64')).toString('latin1'));
    // Allocated in its size class (buffer-capacity.ts), so freed bodies are reused by the C
    // allocator instead of leaving holes of thousands of different sizes.
    expect(body.buffer.byteLength).toBe(bufferCapacity(body.length));
    expect(body.buffer.byteLength).toBeGreaterThan(body.length);
  });

  it('refuses a body without the empty image, or with two', () => {
    expect(withImageBytes(json('AQID'), randomBytes(3))).toBeUndefined();
    expect(withImageBytes(Buffer.from('{"Bytes":"","Bytes":""}'), randomBytes(3))).toBeUndefined();
  });

  it('is not fooled by the same text inside a string value (quotes there are escaped)', () => {
    const body = Buffer.from(`{"Name":${JSON.stringify('"Bytes":""')},"Image":{"Bytes":""}}`);
    const filled = JSON.parse(withImageBytes(body, Buffer.from([1, 2, 3]))!.toString()) as {
      Name: string;
      Image: { Bytes: string };
    };
    expect(filled).toEqual({ Name: '"Bytes":""', Image: { Bytes: 'AQID' } });
  });
});

describe('encodeImagesNatively', () => {
  it('sends, measures and signs the same JSON as the SDK alone', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T00:00:00Z'), toFake: ['Date'] });
    try {
      const sent: { request: SentRequest; body: string }[] = [];
      const bytes = randomBytes(200_001);
      for (const native of [false, true]) {
        const { client, seen } = recordingClient(native);
        client.middlewareStack.addRelativeTo(
          ((next: (args: { request: SentRequest }) => Promise<unknown>) =>
            (args: { request: SentRequest }) => {
              delete args.request.headers['amz-sdk-invocation-id'];
              return next(args);
            }) as never,
          { name: 'sameInvocation', relation: 'before', toMiddleware: 'httpSigningMiddleware' },
        );
        const input = { Image: { Bytes: bytes }, MaxLabels: 1000, MinConfidence: 55 };
        await client.send(new DetectLabelsCommand(input));
        // The caller's input is left as it was.
        expect(input.Image.Bytes).toBe(bytes);
        sent.push({ request: seen.request!, body: seen.body! });
      }
      const [sdk, ours] = sent;
      expect(ours!.body).toBe(sdk!.body);
      expect(JSON.parse(ours!.body)).toEqual({
        Image: { Bytes: bytes.toString('base64') },
        MaxLabels: 1000,
        MinConfidence: 55,
      });
      expect(ours!.request.headers['content-length']).toBe(String(ours!.body.length));
      expect(ours!.request.headers['authorization']).toBe(sdk!.request.headers['authorization']);
      expect(ours!.request.headers['x-amz-content-sha256']).toBe(
        createHash('sha256').update(ours!.body, 'latin1').digest('hex'),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves a request without image bytes (an S3 object) to the SDK', async () => {
    const { client, seen } = recordingClient(true);
    const S3Object = { Bucket: 'b', Name: 'a "Bytes":"" key' };
    await client.send(new DetectLabelsCommand({ Image: { S3Object } }));
    expect(JSON.parse(seen.body!)).toEqual({ Image: { S3Object } });
  });

  it('works with the bodies released once sent: the stream carries the spliced JSON', async () => {
    const { client, seen } = recordingClient(true);
    releaseBodiesOnceSent(client.middlewareStack);
    const bytes = randomBytes(RELEASE_MIN_BYTES * 2);
    await client.send(new DetectLabelsCommand({ Image: { Bytes: bytes } }));
    expect(seen.request!.body).toBeInstanceOf(Readable);
    expect(JSON.parse(seen.body!)).toEqual({ Image: { Bytes: bytes.toString('base64') } });
  });
});
