import { createHash } from 'node:crypto';
import type { AwsOperation } from '../shared/aws-errors.js';
import { callAws } from '../shared/call-aws.js';
import type { SentBytes } from '../shared/detect-labels.js';
import { ImageFailure } from '../shared/image-failure.js';
import { bodyCapacity } from '../shared/native-base64.js';
import { freeBuffer } from '../shared/owned-buffer.js';
import { readingFile } from './file-read.js';
import { fileBufferCapacity, readImageBytes } from './image-buffer.js';
import type { MemoryReclaimer } from './memory-reclaim.js';
import type { ActionServices } from './run-plan.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** What the pre-check learned of a file before anything was paid for. */
export interface CheckedFile {
  size: number;
  contentType: string;
  sha256: string;
}

/**
 * What a request made from an image of `size` bytes holds in memory until it is sent, as the
 * byte budget counts it: the buffer the file is read into and, for a Rekognition request, the
 * base64 JSON body made from it (native-base64.ts), both at the sizes they are allocated with.
 * Counting the file alone let a burst of DetectLabels requests hold 2.5 times the budget: at the
 * start of a run, before the pacer knew the quota, 16 MiB of files became 41 MiB of buffers, and
 * the C allocator kept the heap they grew (measured, 20,000 images with a bucket: its heap stayed
 * 17 MiB larger for the rest of the run than in a run without the burst).
 */
export function heldBytes(size: number, body: RequestBody): number {
  const file = fileBufferCapacity(size);
  return body === 'raw' ? file : file + bodyCapacity(BODY_JSON_BYTES, size);
}

/** What a request makes of an image's bytes: sends them as they are, or as base64 JSON. */
export type RequestBody = 'raw' | 'base64';

/** The rest of a DetectLabels or DetectModerationLabels body: settings, a few hundred bytes. */
const BODY_JSON_BYTES = 1024;

/**
 * Runs `use` with the file's bytes, read once and checked against the SHA-256 taken at the
 * start, so what is uploaded or sent is exactly what the item will say it labeled. A step
 * before this one may rewrite the file while the action runs; then the image fails alone.
 * `body` says what the request makes of the bytes: `raw` sends the buffer itself (an upload),
 * `base64` a JSON body made from it (Rekognition). What the request holds (heldBytes) counts
 * against the run's byte budget until `use` ends or calls `sent` (its request has sent them and
 * no longer holds them, although the reply may be seconds away); then `reclaimer`, if given, is
 * told they are gone.
 */
export async function withVerifiedBytes<T>(
  file: WorkspaceMatch,
  expected: Pick<CheckedFile, 'size' | 'sha256'>,
  services: ActionServices,
  body: RequestBody,
  use: (bytes: Buffer, sent: () => void) => Promise<T>,
  reclaimer?: MemoryReclaimer,
): Promise<T> {
  let gone = false;
  const letGo = () => {
    if (gone) return;
    gone = true;
    reclaimer?.released(expected.size);
  };
  const share = heldBytes(expected.size, body);
  try {
    return await services.caller.imageBytes.run(share, async (giveBack) => {
      const bytes = await readingFile(file, () => readImageBytes(file.absolutePath, expected.size));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (bytes.length !== expected.size || sha256 !== expected.sha256) {
        throw new ImageFailure(
          `${file.path} changed while it was being labeled: its bytes no longer match the ` +
            `SHA-256 taken when the run started (${expected.sha256.slice(0, 12)}…). Nothing was ` +
            'labeled or stored for it; re-run the step once the workspace is settled.',
          'other',
        );
      }
      // Sent: the request, or the body made from the bytes, has been taken by the connection,
      // and a retry reads the file again, so the memory can go now. Held through a variable the
      // callback clears, or the request would keep the (empty) buffer until its reply.
      let held: Buffer | undefined = bytes;
      return use(bytes, () => {
        if (held) freeBuffer(held);
        held = undefined;
        giveBack();
        letGo();
      });
    });
  } finally {
    letGo();
  }
}

/**
 * One Rekognition request on the verified bytes themselves, read inside the request's slot for
 * each attempt; `onRead` runs once they are read (the moment the item says they were observed).
 */
export function sendVerifiedBytes<T>(
  file: WorkspaceMatch,
  checked: CheckedFile,
  operation: AwsOperation,
  services: ActionServices,
  send: (image: SentBytes) => Promise<T>,
  onRead: () => void = () => {},
): Promise<T> {
  return callAws(services, operation, () =>
    withVerifiedBytes(
      file,
      checked,
      services,
      'base64',
      (bytes, sent) => {
        onRead();
        return send({ bytes, onSent: sent });
      },
      // A Rekognition body is base64 JSON in V8's heap, what the reclaimer is for; an upload
      // sends the buffer itself (measured: counting uploads too cost 2.4 s of CPU in 500 images
      // for 6 MB less peak RSS).
      services.reclaimer,
    ),
  );
}
