import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable, Writable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { describe, expect, it, vi } from 'vitest';
import { detectLabels } from '../../src/shared/detect-labels.js';
import { ownedBuffer } from '../../src/shared/owned-buffer.js';
import {
  OneShotBody,
  RELEASE_MIN_BYTES,
  releaseBodiesOnceSent,
} from '../../src/shared/release-body.js';

interface SentRequest {
  body?: unknown;
  headers: Record<string, string>;
}

/** A JSON reply as the HTTP handler returns it. */
const reply = (statusCode: number, json: string) => ({
  response: {
    statusCode,
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: Readable.from([Buffer.from(json)]),
  },
});

/** A Rekognition client whose HTTP handler is `handle`, with the SDK's retries off. */
function clientAnswering(handle: (request: SentRequest) => Promise<ReturnType<typeof reply>>) {
  return new RekognitionClient({
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    requestHandler: { handle },
  });
}

/** A client whose HTTP handler records what it was given, and the request before signing. */
function recordingClient(release: boolean) {
  const seen: { signed?: SentRequest; unsigned?: SentRequest; bodyText?: string } = {};
  const client = clientAnswering(async (request) => {
    seen.signed = request;
    seen.bodyText =
      request.body instanceof Readable ? await text(request.body) : String(request.body);
    return reply(200, '{"Labels":[]}');
  });
  client.middlewareStack.add(
    (next) => (args) => {
      seen.unsigned = args.request as SentRequest;
      return next(args);
    },
    { step: 'build', name: 'recordUnsigned' },
  );
  if (release) releaseBodiesOnceSent(client.middlewareStack);
  return { client, seen };
}

const image = (bytes: number) => Buffer.alloc(bytes, 7);

describe('releaseBodiesOnceSent', () => {
  it('sends a large body from a stream, and the unsigned request no longer holds it', async () => {
    const { client, seen } = recordingClient(true);
    const bytes = image(RELEASE_MIN_BYTES);
    await client.send(new DetectLabelsCommand({ Image: { Bytes: bytes } }));
    expect(seen.signed!.body).toBeInstanceOf(OneShotBody);
    expect(seen.unsigned!.body).toBeUndefined();
    expect(seen.signed).not.toBe(seen.unsigned);
    // The bytes on the wire are the JSON the signer hashed, with the length already declared.
    const body = JSON.parse(seen.bodyText!) as { Image: { Bytes: string } };
    expect(Buffer.from(body.Image.Bytes, 'base64').equals(bytes)).toBe(true);
    expect(Number(seen.signed!.headers['content-length'])).toBe(Buffer.byteLength(seen.bodyText!));
    expect(seen.signed!.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 /);
    // The payload hash the signer took is the hash of what the stream sends.
    expect(seen.signed!.headers['x-amz-content-sha256']).toBe(
      createHash('sha256').update(seen.bodyText!).digest('hex'),
    );
  });

  it('signs exactly what it would have signed without the stream', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T00:00:00Z'), toFake: ['Date'] });
    try {
      const authorizations: string[] = [];
      for (const release of [false, true]) {
        const { client, seen } = recordingClient(release);
        client.middlewareStack.addRelativeTo(
          ((next: (args: { request: SentRequest }) => Promise<unknown>) =>
            (args: { request: SentRequest }) => {
              delete args.request.headers['amz-sdk-invocation-id'];
              return next(args);
            }) as never,
          { name: 'sameInvocation', relation: 'before', toMiddleware: 'httpSigningMiddleware' },
        );
        const bytes = image(RELEASE_MIN_BYTES * 2);
        await client.send(new DetectLabelsCommand({ Image: { Bytes: bytes } }));
        authorizations.push(seen.signed!.headers['authorization']!);
      }
      expect(authorizations[1]).toBe(authorizations[0]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('prints nothing when a streamed request is answered with an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const client = clientAnswering(async (request) => {
        await text(request.body as Readable);
        return reply(400, '{"__type":"InvalidImageFormatException","message":"bad"}');
      });
      releaseBodiesOnceSent(client.middlewareStack);
      await expect(
        client.send(new DetectLabelsCommand({ Image: { Bytes: image(RELEASE_MIN_BYTES) } })),
      ).rejects.toMatchObject({ name: 'InvalidImageFormatException' });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('leaves a small body as it is', async () => {
    const { client, seen } = recordingClient(true);
    await client.send(new DetectLabelsCommand({ Image: { Bytes: image(1024) } }));
    expect(seen.signed!.body).not.toBeInstanceOf(Readable);
    expect(String(seen.bodyText)).toContain('"Image"');
  });

  it('says it is gone, when piped, only once its destination has taken every byte', async () => {
    let told = 0;
    const body = new OneShotBody(Buffer.alloc(1000, 1), () => told++);
    let written!: () => void;
    // Like a socket that has the chunk in its queue but has not written it out yet.
    const destination = new Writable({
      highWaterMark: 1 << 30,
      write: (_chunk, _encoding, callback) => (written = callback),
    });
    const ended = once(body, 'end');
    body.pipe(destination);
    await ended;
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(told).toBe(0);
    written();
    await once(destination, 'finish');
    expect(told).toBe(1);
  });

  it('frees a buffer made to be sent once every write completed, and no other buffer', async () => {
    const owned = ownedBuffer(100_000).fill(7);
    const other = Buffer.alloc(100_000, 7);
    const received: number[] = [];
    const writes: (() => void)[] = [];
    const sink = () =>
      new Writable({
        highWaterMark: 1 << 30,
        write: (chunk: Buffer, _encoding, callback) => {
          // What a socket's pending write reads: the bytes as they are when it completes.
          writes.push(() => {
            received.push(chunk.reduce((sum, byte) => sum + byte, 0));
            callback();
          });
        },
      });
    const [first, second] = [sink(), sink()];
    new OneShotBody(owned).pipe(first);
    new OneShotBody(other).pipe(second);
    await new Promise<void>((resolve) => setImmediate(resolve));
    // Queued, not yet written: the memory must still be there.
    expect(owned.byteLength).toBe(100_000);
    writes.forEach((complete) => complete());
    await Promise.all([once(first, 'finish'), once(second, 'finish')]);
    expect(received).toEqual([700_000, 700_000]);
    expect(owned.byteLength).toBe(0);
    expect(other.byteLength).toBe(100_000);
  });

  it('frees a large body sent over a real socket only after the slow reader took every byte', async () => {
    // 32 MiB is more than loopback's socket buffers, so writes stay pending while the server
    // does not read; freed too early, the server would receive other bytes than these.
    const size = 32 * 1024 * 1024;
    const body = ownedBuffer(size);
    for (let i = 0; i < size; i += 4096) body[i] = (i / 4096) % 251;
    const expected = createHash('sha256').update(body).digest('hex');
    let resume!: () => void;
    const gate = new Promise<void>((resolve) => (resume = resolve));
    const server = createServer(async (request, response) => {
      request.pause();
      await gate;
      const hash = createHash('sha256');
      for await (const chunk of request) hash.update(chunk as Buffer);
      response.end(hash.digest('hex'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'PUT',
        headers: { 'content-length': size },
      });
      const answered = once(request, 'response');
      new OneShotBody(body).pipe(request);
      // Until the socket holds written-but-unsent bytes, that the server will only read later.
      const queued = () => (request.socket?.writableLength ?? 0) > 0;
      for (let turn = 0; turn < 10_000 && !queued(); turn++) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(queued()).toBe(true);
      expect(body.byteLength).toBe(size);
      resume();
      const [response] = (await answered) as [IncomingMessage];
      expect(await text(response)).toBe(expected);
      expect(body.byteLength).toBe(0);
    } finally {
      server.close();
    }
  });

  it('does not free a buffer read by something else than a pipe: the reader may keep it', async () => {
    const owned = ownedBuffer(10).fill(1);
    const chunks: Buffer[] = [];
    for await (const chunk of new OneShotBody(owned)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(Buffer.alloc(10, 1));
    expect(owned.byteLength).toBe(10);
  });

  it('says it is gone when it ends, when something else than a pipe reads it', async () => {
    let told = 0;
    const body = new OneShotBody('x'.repeat(10), () => told++);
    await text(body);
    expect(told).toBe(1);
  });

  it('gives up its bytes once read, so a sent body is not kept until the response', async () => {
    const stream = new OneShotBody('x'.repeat(10));
    expect(await text(stream)).toBe('x'.repeat(10));
    expect((stream as unknown as { chunk?: string }).chunk).toBeUndefined();
  });
});

/** A full collection, for tests only: the action itself never changes V8's flags. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('detectLabels with onSent', () => {
  it('no longer holds the image bytes while the reply is pending', async () => {
    let replied!: () => void;
    const answered = new Promise<void>((resolve) => (replied = resolve));
    let bodyRead!: () => void;
    const read = new Promise<void>((resolve) => (bodyRead = resolve));
    const client = clientAnswering(async (request) => {
      await text(request.body as Readable);
      bodyRead();
      await answered;
      return reply(200, '{"Labels":[{"Name":"Cat","Confidence":90}]}');
    });
    releaseBodiesOnceSent(client.middlewareStack);
    let sent = 0;
    const start = () => {
      const bytes = image(RELEASE_MIN_BYTES * 4);
      const ref = new WeakRef(bytes);
      const labeling = detectLabels(
        client,
        { bytes, onSent: () => sent++ },
        { minConfidence: 55, maxLabels: 10 },
      );
      return { ref, labeling };
    };
    const { ref, labeling } = start();
    await read;
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(sent).toBe(1);
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    replied();
    await expect(labeling).resolves.toMatchObject({ labels: [{ name: 'Cat' }] });
  });
});
