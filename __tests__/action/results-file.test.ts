import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import { writeResultsFile } from '../../src/action/results-file.js';

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

describe('writeResultsFile', () => {
  it.each([0, 1, 255, 256, 257, 1000])(
    'writes the same bytes as JSON.stringify(results, null, 2) for %i entries',
    async (n) => {
      const results = Array.from({ length: n }, (_, i) => result(i));
      const path = join(dir, `results-${n}.json`);
      await writeResultsFile(path, results);
      expect(await readFile(path, 'utf8')).toBe(JSON.stringify(results, null, 2) + '\n');
    },
  );
});
