/**
 * Rekognition's JSON protocol carries an image as base64. The SDK's serializer encodes it in a
 * JavaScript loop into a buffer it doubles as it grows: measured, 0.85 s of CPU per 500 images
 * of 600 KB, and the garbage of the doubling on top. Node's own encoder does the same work many
 * times faster. So the serializer is given an empty image, and its output gets the bytes,
 * encoded by Node, in a buffer of its size class. What goes on the wire is the same JSON.
 */

import { bufferCapacity } from './buffer-capacity.js';
import { ownedBuffer } from './owned-buffer.js';

const IMAGE_BYTES = Symbol('rekognition-label.imageBytes');
/** What the serializer writes for an empty blob. No other member of these inputs is `Bytes`,
 * and a quote inside a string value is escaped, so the sequence occurs once at most. */
const EMPTY_BYTES = Buffer.from('"Bytes":""');
const OPENING = Buffer.from('"Bytes":"').length;
/** A multiple of 3, so the chunks' base64 joins into one (no padding in the middle). */
const CHUNK = 48 * 1024;

interface ImageInput {
  Image?: { Bytes?: Uint8Array };
}

interface StackLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's own stack type is generic over each client's input and output
  addRelativeTo(middleware: any, options: any): void;
}

type Args = { request?: { body?: unknown }; input?: unknown };
type Next = (args: Args) => Promise<unknown>;
type Context = Record<symbol, unknown>;

/** Base64 of `bytes` written into `out` at `offset`, 48 KB at a time (no large string). */
export function writeBase64(bytes: Uint8Array, out: Buffer, offset: number): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = offset;
  for (let start = 0; start < view.length; start += CHUNK) {
    at += out.write(view.toString('base64', start, start + CHUNK), at, 'latin1');
  }
  return at - offset;
}

export function base64Length(byteLength: number): number {
  return Math.ceil(byteLength / 3) * 4;
}

/**
 * The size of the buffer a body of `jsonBytes` around an image of `byteLength` bytes is built in:
 * a size class, not the exact size (see buffer-capacity.ts).
 */
export function bodyCapacity(jsonBytes: number, byteLength: number): number {
  return bufferCapacity(jsonBytes + base64Length(byteLength));
}

/** `body` with the empty image replaced by `bytes` in base64; undefined if it has no empty image. */
export function withImageBytes(body: Uint8Array, bytes: Uint8Array): Buffer | undefined {
  const json = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const at = json.indexOf(EMPTY_BYTES);
  if (at < 0 || json.indexOf(EMPTY_BYTES, at + 1) >= 0) return undefined;
  const split = at + OPENING;
  const length = json.length + base64Length(bytes.byteLength);
  const out = ownedBuffer(bodyCapacity(json.length, bytes.byteLength)).subarray(0, length);
  json.copy(out, 0, 0, split);
  const written = writeBase64(bytes, out, split);
  json.copy(out, split + written, split);
  return out;
}

function imageOf(input: unknown): { Bytes?: Uint8Array } | undefined {
  const image = (input as ImageInput | undefined)?.Image;
  return typeof image === 'object' && image !== null ? image : undefined;
}

/**
 * Has the client encode `Image.Bytes` with Node's base64 (see the top of this file). Before the
 * serializer, the input is copied with an empty image and the bytes go to the request's
 * context; right after it, they are spliced into the body, before anything measures, signs or
 * sends it. The caller's input object is left as it was (release-body.ts drops its bytes).
 */
export function encodeImagesNatively(stack: StackLike): void {
  stack.addRelativeTo(
    (next: Next, context: Context) => (args: Args) => {
      const image = imageOf(args.input);
      const bytes = image?.Bytes;
      if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) return next(args);
      context[IMAGE_BYTES] = bytes;
      const input = { ...(args.input as object), Image: { ...image, Bytes: new Uint8Array(0) } };
      return next({ ...args, input });
    },
    { name: 'emptyImageForSerializer', relation: 'before', toMiddleware: 'serializerMiddleware' },
  );
  stack.addRelativeTo(
    (next: Next, context: Context) => (args: Args) => {
      const bytes = context[IMAGE_BYTES] as Uint8Array | undefined;
      delete context[IMAGE_BYTES];
      const request = args.request;
      if (bytes && request && request.body instanceof Uint8Array) {
        const body = withImageBytes(request.body, bytes);
        // Never sends a request without its image: the serializer's output was not as expected.
        if (!body) throw new Error('Internal error: the serialized request has no image to fill.');
        request.body = body;
      }
      return next(args);
    },
    { name: 'imageBytesIntoBody', relation: 'after', toMiddleware: 'serializerMiddleware' },
  );
}
