import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { S3Client } from '@aws-sdk/client-s3';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeForAction } from '../../src/action/aws-error-text.js';
import { labelAll } from '../helpers/label-all.js';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { releaseBodiesOnceSent } from '../../src/shared/release-body.js';
import { heldBytes } from '../../src/action/image-bytes.js';
import { base64Length } from '../../src/shared/native-base64.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { testPlan } from '../helpers/plan.js';

// The action's own path from file to request, with real SDK clients whose HTTP handler is a
// function: while Rekognition's reply is pending, the image's bytes must be neither counted in
// the byte budget nor reachable. (The mocks of the other tests replace `send`, so no body is
// ever built there.)

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'bytes-held-'));
  await mkdir(join(workspace, 'images'));
  await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'chelsea.png'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface HttpRequestLike {
  body?: unknown;
  headers: Record<string, string>;
}

const reply = (body: string, headers: Record<string, string> = {}) => ({
  response: {
    statusCode: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', ...headers },
    body: Readable.from([Buffer.from(body)]),
  },
});

const LABELS = '{"Labels":[{"Name":"Cat","Confidence":99}],"LabelModelVersion":"3.0"}';
const ETAG = { etag: '"0123456789abcdef0123456789abcdef"' };

/**
 * Clients that answer in-process, with the action's body release on both. The `slow` one waits
 * for `release` once it has read a request's body, and records the image bytes it was given.
 */
function answeringClients(
  slow: 'rekognition' | 's3',
  onRequest: (service: 'rekognition' | 's3') => void = () => {},
) {
  let bodyRead!: () => void;
  const read = new Promise<void>((resolve) => (bodyRead = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const bytesSeen: WeakRef<Uint8Array>[] = [];
  const common = {
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  };
  const handler = (service: 'rekognition' | 's3', answer: () => ReturnType<typeof reply>) => ({
    handle: async (request: HttpRequestLike) => {
      onRequest(service);
      if (request.body instanceof Readable) await text(request.body);
      if (service === slow) {
        bodyRead();
        await released;
      }
      return answer();
    },
  });
  const rekognition = new RekognitionClient({
    ...common,
    requestHandler: handler('rekognition', () => reply(LABELS)),
  });
  const s3 = new S3Client({ ...common, requestHandler: handler('s3', () => reply('', ETAG)) });
  const record = (bytesOf: (input: unknown) => unknown) =>
    ((next: (args: { input: unknown }) => Promise<unknown>) => (args: { input: unknown }) => {
      const bytes = bytesOf(args.input);
      if (bytes instanceof Uint8Array) bytesSeen.push(new WeakRef(bytes));
      return next(args);
    }) as never;
  const step = { step: 'initialize', name: 'recordImageBytes' } as const;
  if (slow === 'rekognition') {
    rekognition.middlewareStack.add(
      record((input) => (input as { Image?: { Bytes?: Uint8Array } }).Image?.Bytes),
      step,
    );
  } else {
    s3.middlewareStack.add(
      record((input) => (input as { Body?: unknown }).Body),
      step,
    );
  }
  releaseBodiesOnceSent(rekognition.middlewareStack);
  releaseBodiesOnceSent(s3.middlewareStack);
  const dynamodb = new DynamoDBClient(common);
  return { clients: { rekognition, s3, dynamodb }, read, release, bytesSeen };
}

/** Labels one image while `slow` holds its reply; checks its bytes are gone meanwhile. */
async function bytesGoneWhilePending(slow: 'rekognition' | 's3', bucket: string) {
  const clock = fakeClock({ start: Date.UTC(2026, 10, 27, 12), random: 0.5 });
  const { clients, read, release, bytesSeen } = answeringClients(slow);
  const caller = new AwsCaller(4, clock, clock.now() + 60_000);
  const services = { clients, caller, clock, describe: describeForAction };
  const labeling = labelAll(
    [{ path: 'images/chelsea.png', absolutePath: join(workspace, 'images/chelsea.png') }],
    testPlan(workspace, { bucket }),
    services,
    { concurrency: 1 },
  );
  await read;
  await new Promise<void>((resolve) => setImmediate(resolve));
  expect(bytesSeen).toHaveLength(1);
  expect(caller.imageBytes.inUse).toBe(0);
  // Freed when sent, before any collection: the memory under the bytes is already gone.
  expect(bytesSeen[0]!.deref()?.byteLength ?? 0).toBe(0);
  // A WeakRef read keeps its target until the current job ends.
  await new Promise<void>((resolve) => setImmediate(resolve));
  collectGarbage();
  expect(bytesSeen[0]!.deref()).toBeUndefined();
  release();
  const { results } = await labeling;
  expect(results[0]).toMatchObject({ status: 'labeled', labels: [{ name: 'Cat' }] });
}

describe('image bytes while the reply is pending', () => {
  it('of an upload are released and unreachable once sent, though S3 has not answered', () =>
    bytesGoneWhilePending('s3', 'course-images'));

  for (const bucket of ['', 'course-images']) {
    it(`are released and unreachable ${bucket ? 'with a bucket' : 'in bytes mode'}`, () =>
      bytesGoneWhilePending('rekognition', bucket));
  }
});

describe('the byte budget while a request is being sent', () => {
  const SIZE = 240_512; // chelsea.png

  it('counts the base64 body a Rekognition request makes, and only the buffer of an upload', async () => {
    const clock = fakeClock({ start: Date.UTC(2026, 10, 27, 12), random: 0.5 });
    const held: Partial<Record<'rekognition' | 's3', number>> = {};
    // Read as each request reaches the connection, before its body is: what it holds then.
    const { clients, read, release } = answeringClients('rekognition', (service) => {
      held[service] = caller.imageBytes.inUse;
    });
    const caller = new AwsCaller(4, clock, clock.now() + 60_000);
    const services = { clients, caller, clock, describe: describeForAction };
    const labeling = labelAll(
      [{ path: 'images/chelsea.png', absolutePath: join(workspace, 'images/chelsea.png') }],
      testPlan(workspace, { bucket: 'course-images' }),
      services,
      { concurrency: 1 },
    );
    await read;
    release();
    const { results } = await labeling;
    expect(results[0]).toMatchObject({ status: 'labeled' });
    expect(held.s3).toBe(heldBytes(SIZE, 'raw'));
    expect(held.rekognition).toBe(heldBytes(SIZE, 'base64'));
    expect(caller.imageBytes.maxInUse).toBe(heldBytes(SIZE, 'base64'));
  });

  it('sizes what a request holds as the buffers it allocates', () => {
    // The file's buffer has a byte more than the file (to see it grow), in a size class.
    expect(heldBytes(SIZE, 'raw')).toBeGreaterThan(SIZE);
    expect(heldBytes(SIZE, 'raw')).toBeLessThanOrEqual(SIZE * 1.25);
    // Plus the JSON body: the file in base64 (4/3 of it) and the settings around it.
    const body = heldBytes(SIZE, 'base64') - heldBytes(SIZE, 'raw');
    expect(body).toBeGreaterThanOrEqual(base64Length(SIZE) + 1024);
    expect(body).toBeLessThanOrEqual((base64Length(SIZE) + 1024) * 1.25);
    expect(heldBytes(10, 'raw')).toBe(11);
  });
});
