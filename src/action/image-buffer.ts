import { open } from 'node:fs/promises';
import { bufferCapacity } from '../shared/buffer-capacity.js';
import { ownedBuffer } from '../shared/owned-buffer.js';

/**
 * The whole file, read into a buffer of `bufferCapacity(expectedSize + 1)`; the Buffer returned
 * is the part that was read. The one byte more than expected shows a file that grew as changed.
 */
export async function readImageBytes(path: string, expectedSize: number): Promise<Buffer> {
  const capacity = bufferCapacity(expectedSize + 1);
  const buffer = ownedBuffer(capacity);
  const handle = await open(path, 'r');
  try {
    let length = 0;
    while (length < capacity) {
      const { bytesRead } = await handle.read(buffer, length, capacity - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
