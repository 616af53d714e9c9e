import { open } from 'node:fs/promises';
import { bufferCapacity } from '../shared/buffer-capacity.js';
import { ownedBuffer } from '../shared/owned-buffer.js';

/**
 * The size of the buffer a file of `expectedSize` bytes is read into: one byte more, which
 * shows a file that grew as changed, in a size class (buffer-capacity.ts).
 */
export function fileBufferCapacity(expectedSize: number): number {
  return bufferCapacity(expectedSize + 1);
}

/**
 * The whole file, read into a buffer of fileBufferCapacity(expectedSize); the Buffer returned
 * is the part that was read.
 */
export async function readImageBytes(path: string, expectedSize: number): Promise<Buffer> {
  const capacity = fileBufferCapacity(expectedSize);
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
