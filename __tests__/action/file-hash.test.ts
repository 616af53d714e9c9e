import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASH_CHUNK_BYTES, sha256File } from '../../src/action/file-hash.js';

let dir: string;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-hash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sha256File', () => {
  it('hashes files of every size around the chunk boundary', async () => {
    const sizes = [
      0,
      1,
      HASH_CHUNK_BYTES - 1,
      HASH_CHUNK_BYTES,
      HASH_CHUNK_BYTES + 1,
      3 * HASH_CHUNK_BYTES + 7,
    ];
    for (const size of sizes) {
      const data = randomBytes(size);
      const path = join(dir, `size-${size}.bin`);
      await writeFile(path, data);
      expect(await sha256File(path), `${size} bytes`).toBe(sha256(data));
    }
  });

  it('gives each of many files hashed at once its own digest (chunks are reused, never shared)', async () => {
    const files = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const data = randomBytes(HASH_CHUNK_BYTES * 2 + i * 997);
        const path = join(dir, `many-${i}.bin`);
        await writeFile(path, data);
        return { path, digest: sha256(data) };
      }),
    );
    // Twice: the second round runs on the chunks the first one gave back.
    for (let round = 0; round < 2; round++) {
      const digests = await Promise.all(files.map((f) => sha256File(f.path)));
      expect(digests).toEqual(files.map((f) => f.digest));
    }
  });

  it('rejects with the file system error code, for the caller to word', async () => {
    await expect(sha256File(join(dir, 'missing.png'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(sha256File(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
