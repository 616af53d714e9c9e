import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import { writeResultsFile } from '../../src/action/results-file.js';
import { MemoryResults } from '../../src/action/result-list.js';
import { ResultSpool } from '../../src/action/result-spool.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'results-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const result = (i: number): ImageResult => ({
  path: `images/é ${i} "quoted"\n.png`,
  key: `rekognition-input/beta/images/${i}.png`,
  environment: 'beta',
  status: i % 7 === 0 ? 'failed' : 'labeled',
  labels:
    i % 7 === 0
      ? []
      : [
          { name: 'Cat', confidence: 99.5 },
          { name: 'Pet', confidence: 90 },
        ],
  ...(i % 7 === 0 ? { error: 'line one\nline two' } : { sha256: 'ab'.repeat(32) }),
});

/** The file's format: a JSON array, one entry's compact JSON a line. */
const expected = (results: ImageResult[]) =>
  results.length === 0 ? '[\n]\n' : `[\n${results.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

describe('writeResultsFile', () => {
  it.each([0, 1, 2, 255, 1000, 3000])(
    'writes the array with one entry a line for %i entries, across its write chunks',
    async (n) => {
      const results = Array.from({ length: n }, (_, i) => result(i));
      const path = join(dir, `results-${n}.json`);
      await writeResultsFile(path, new MemoryResults(results));
      const text = await readFile(path, 'utf8');
      expect(text).toBe(expected(results));
      expect(JSON.parse(text)).toEqual(results);
      expect(text.split('\n')).toHaveLength(n + 3);
    },
  );

  it('writes the same bytes from results kept on disk, put in any order', async () => {
    const results = Array.from({ length: 1000 }, (_, i) => result(i));
    const spool = new ResultSpool(join(dir, 'spool.jsonl'), results.length);
    try {
      for (let i = results.length - 1; i >= 0; i--) spool.put(i, results[i]!);
      const path = join(dir, 'results-spooled.json');
      await writeResultsFile(path, spool);
      expect(await readFile(path, 'utf8')).toBe(expected(results));
    } finally {
      spool.close();
    }
  });

  it('keeps entries longer than its write buffer whole, multi-byte characters included', async () => {
    const long = (i: number, names: number): ImageResult => ({
      ...result(i),
      labels: Array.from({ length: names }, (_, n) => ({
        name: `Étiquette ${n} 猫`,
        confidence: 90,
      })),
    });
    // 100 KB and 300 KB entries between short ones: past 64 KiB, and past a grown buffer.
    const results = [result(1), long(2, 2000), result(3), long(4, 6000), result(5), long(6, 10)];
    const path = join(dir, 'results-long.json');
    await writeResultsFile(path, new MemoryResults(results));
    expect(await readFile(path, 'utf8')).toBe(expected(results));
  });

  it('writes through one reused buffer, not a new one for each write', async () => {
    const probe = await open(join(dir, 'probe'), 'w');
    const prototype = Object.getPrototypeOf(probe) as {
      write: (...args: unknown[]) => unknown;
      writeFile: (...args: unknown[]) => unknown;
    };
    await probe.close();
    const write = vi.spyOn(prototype, 'write');
    const writeFile = vi.spyOn(prototype, 'writeFile');
    const results = Array.from({ length: 3000 }, (_, i) => result(i));
    const path = join(dir, 'results-reused.json');
    await writeResultsFile(path, new MemoryResults(results));
    const bytes = Buffer.byteLength(expected(results));
    expect(writeFile).not.toHaveBeenCalled();
    // About 600 KB in 64 KiB writes, every one from the same buffer.
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(bytes / 65536));
    expect(write.mock.calls.length).toBeLessThanOrEqual(Math.ceil(bytes / 65536) + 2);
    expect(new Set(write.mock.calls.map((call) => call[0])).size).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(expected(results));
  });
});
