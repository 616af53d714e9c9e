import { createHash } from 'node:crypto';
import type { AwsOperation } from '../shared/aws-errors.js';
import { callAws } from '../shared/call-aws.js';
import type { SentBytes } from '../shared/detect-labels.js';
import { ImageFailure } from '../shared/image-failure.js';
import { freeBuffer } from '../shared/owned-buffer.js';
import { readingFile } from './file-read.js';
import { readImageBytes } from './image-buffer.js';
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
 * Runs `use` with the file's bytes, read once and checked against the SHA-256 taken at the
 * start, so what is uploaded or sent is exactly what the item will say it labeled. A step
 * before this one may rewrite the file while the action runs; then the image fails alone.
 * The bytes count against the run's byte budget until `use` ends or calls `sent` (its request
 * has sent them and no longer holds them, although the reply may be seconds away); then
 * `reclaimer`, if given, is told they are gone.
 */
export async function withVerifiedBytes<T>(
  file: WorkspaceMatch,
  expected: Pick<CheckedFile, 'size' | 'sha256'>,
  services: ActionServices,
  use: (bytes: Buffer, sent: () => void) => Promise<T>,
  reclaimer?: MemoryReclaimer,
): Promise<T> {
  let gone = false;
  const letGo = () => {
    if (gone) return;
    gone = true;
    reclaimer?.released(expected.size);
  };
  try {
    return await services.caller.imageBytes.run(expected.size, async (giveBack) => {
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
