import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
