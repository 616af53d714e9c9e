import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Read size of the hash: a few reads for most photos, and no stream per file. */
export const HASH_CHUNK_BYTES = 256 * 1024;
/** Chunks kept for the next files: about as many as pre-checks run at once. */
const MAX_SPARE_CHUNKS = 16;
const spareChunks: Buffer[] = [];

/**
 * SHA-256 of a file, read in chunks so a 15 MB image never sits in memory whole. The chunks
 * are reused from file to file: a read stream allocated a 64 KiB buffer per read, garbage the
 * collector then had to find (every image is hashed before anything else happens to it).
 */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  const chunk = spareChunks.pop() ?? Buffer.allocUnsafeSlow(HASH_CHUNK_BYTES);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, HASH_CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      // update() has consumed the bytes when it returns, so the chunk can be read into again.
      hash.update(chunk.subarray(0, bytesRead));
    }
  } finally {
    if (spareChunks.length < MAX_SPARE_CHUNKS) spareChunks.push(chunk);
    await handle.close();
  }
  return hash.digest('hex');
}
