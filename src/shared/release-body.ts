import { Readable, type Writable } from 'node:stream';
import { freeBuffer } from './owned-buffer.js';

/** Bodies smaller than this are left as they are: a stream is not worth it for a few KB. */
export const RELEASE_MIN_BYTES = 64 * 1024;

const UNSIGNED = Symbol('rekognition-label.unsignedRequest');
const ON_SENT = Symbol('rekognition-label.onBodySent');

/**
 * Asks to be told when the request made from `input` has handed its whole body to the
 * connection, so the caller may count what it was made from (the image bytes) as gone although
 * the reply may be seconds away. `drop` removes the bytes from an input: it is applied to
 * `input` and to the copy the request's middleware worked on (some clients, S3's, copy the
 * input, and the copy holds the bytes too); then `sent` is called. Neither is called when the
 * request fails before its body was read.
 */
export function onBodySent<T extends object>(
  input: T,
  drop: (input: T) => void,
  sent: () => void,
): T {
  const callback = (seen: T) => {
    drop(input);
    if (seen !== input) drop(seen);
    sent();
  };
  // Enumerable, so the copies the SDK makes of the input carry it (serializers read only the
  // operation's own members, never symbols).
  Object.defineProperty(input, ON_SENT, { value: callback, enumerable: true });
  return input;
}

interface RequestLike {
  body?: unknown;
}

interface StackLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's own stack type is generic over each client's input and output
  addRelativeTo(middleware: any, options: any): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  add(middleware: any, options: any): void;
}

type Args = { request?: unknown; input?: unknown };
type Next = (args: Args) => Promise<unknown>;
type Context = Record<symbol, unknown>;

/**
 * A body that gives up its bytes as soon as the HTTP request has read them. A DetectLabels
 * request carries the image as base64 JSON, about 1.4 times the file; the SDK keeps that
 * body referenced by the request until the response arrives, so at a service latency of
 * 2 s and 50 requests a second, 100 bodies sit in memory that were sent long ago.
 */
export class OneShotBody extends Readable {
  private piped = false;

  /**
   * `done` is called once the body is gone. Piped, as the SDK's HTTP handler does, that is when
   * the destination has finished: every byte handed to the operating system, so that what
   * waits in a socket for a slow reader (a slow uplink) still counts as held. Read otherwise,
   * it is when it ends.
   */
  constructor(
    private chunk: string | Uint8Array | undefined,
    private readonly done?: () => void,
  ) {
    super();
    if (done) this.once('end', () => this.piped || done());
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    this.piped = true;
    const body = this.chunk;
    (destination as unknown as Writable).once('finish', () => {
      // Every write has completed, so nothing reads the bytes any more: a buffer made to be
      // sent (owned-buffer.ts) gives its memory back now rather than at the next collection.
      if (body instanceof Uint8Array) freeBuffer(body);
      this.done?.();
    });
    return super.pipe(destination, options);
  }

  override _read(): void {
    const chunk = this.chunk;
    this.chunk = undefined;
    if (chunk !== undefined) this.push(chunk);
    this.push(null);
  }
}

function sentCallback(input: unknown): ((seen: unknown) => void) | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const callback = (input as Record<symbol, unknown>)[ON_SENT];
  return typeof callback === 'function' ? (callback as (seen: unknown) => void) : undefined;
}

function sendable(body: unknown): body is string | Uint8Array {
  return typeof body === 'string' || body instanceof Uint8Array;
}

function size(body: string | Uint8Array): number {
  return typeof body === 'string' ? body.length : body.byteLength;
}

/**
 * Makes the client send large bodies from a `OneShotBody`, once they are signed (the signer
 * hashes the body, so it must still be there). Signing clones the request, and the middleware
 * frames before it keep the unsigned one until the response: the signed one gets the stream,
 * the unsigned one loses its body.
 * Content-Length is already set, so nothing changes on the wire. Only for clients whose
 * retries are not the SDK's (maxAttempts 1): a stream cannot be sent twice, and AwsCaller
 * retries by sending the command again.
 */
export function releaseBodiesOnceSent(stack: StackLike): void {
  // Every request object the frames before signing were given: the serializer's, and any
  // copy a build step made of it (S3's do), each kept by a frame until the response.
  const remember = (next: Next, context: Context) => (args: Args) => {
    const seen = (context[UNSIGNED] ??= new Set<RequestLike>()) as Set<RequestLike>;
    if (args.request) seen.add(args.request as RequestLike);
    return next(args);
  };
  stack.add(remember, { step: 'serialize', priority: 'low', name: 'rememberSerializedRequest' });
  stack.add(remember, { step: 'build', priority: 'low', name: 'rememberBuiltRequest' });
  stack.addRelativeTo(remember, {
    name: 'rememberUnsignedRequest',
    relation: 'before',
    toMiddleware: 'httpSigningMiddleware',
  });
  stack.addRelativeTo(
    (next: Next, context: Context) => (args: Args) => {
      const signed = args.request as RequestLike | undefined;
      const unsigned = (context[UNSIGNED] as Set<RequestLike> | undefined) ?? new Set();
      delete context[UNSIGNED];
      const onSent = sentCallback(args.input);
      // A body someone waits on is always streamed; otherwise only a large one is worth it.
      if (signed && sendable(signed.body) && (onSent || size(signed.body) >= RELEASE_MIN_BYTES)) {
        const body = new OneShotBody(signed.body, onSent && (() => onSent(args.input)));
        signed.body = body;
        // Not the stream: on an error the SDK's retry step sees a streaming request and
        // prints a warning to the console. Nothing reads these bodies again (maxAttempts 1).
        for (const request of unsigned) if (request !== signed) request.body = undefined;
      }
      return next(args);
    },
    {
      name: 'releaseBodyOnceSent',
      relation: 'after',
      toMiddleware: 'httpSigningMiddleware',
    },
  );
}
