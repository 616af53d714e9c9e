import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImageBytes } from '../../src/action/image-buffer.js';
import { bufferCapacity } from '../../src/shared/buffer-capacity.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'image-buffer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31) & 255));

describe('bufferCapacity', () => {
  it('gives each size room for it, at most a quarter more, from a few dozen sizes', () => {
    const capacities = new Set<number>();
    for (let n = 1; n <= 16 * 1024 * 1024; n = Math.ceil(n * 1.013) + 1) {
      const capacity = bufferCapacity(n);
      expect(capacity).toBeGreaterThanOrEqual(n);
      expect(capacity).toBeLessThanOrEqual(Math.ceil(n * 1.25));
      if (n > 16 * 1024) capacities.add(capacity);
    }
    // 16 KB to 16 MB is 10 doublings, 4 sizes each.
    expect(capacities.size).toBeLessThanOrEqual(41);
    expect(bufferCapacity(16 * 1024)).toBe(16 * 1024);
    expect(bufferCapacity(100_000)).toBe(114_688); // 64 KB + 3 x 16 KB
  });
});

describe('readImageBytes', () => {
  it.each([0, 1, 20_000, 65_535, 65_536, 1_000_000])(
    'reads a file of %i bytes whole, into a buffer of its capacity',
    async (n) => {
      const path = join(dir, 'image');
      await writeFile(path, bytesOf(n));
      const bytes = await readImageBytes(path, n);
      expect(bytes.equals(bytesOf(n))).toBe(true);
      expect(bytes.buffer.byteLength).toBe(bufferCapacity(n + 1));
    },
  );

  it('reads more than expected from a file that grew, and less from one that shrank', async () => {
    const path = join(dir, 'image');
    await writeFile(path, bytesOf(300_000));
    expect((await readImageBytes(path, 299_999)).length).toBe(300_000);
    expect((await readImageBytes(path, 1000)).length).toBeGreaterThan(1000);
    expect((await readImageBytes(path, 400_000)).length).toBe(300_000);
  });

  it('passes on the error of a file that is gone', async () => {
    await expect(readImageBytes(join(dir, 'missing'), 10)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
