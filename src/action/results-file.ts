import { open } from 'node:fs/promises';
import type { ResultList } from './result-list.js';

/**
 * Bytes of JSON gathered before a write: each string stays under the size V8 allocates
 * straight into the old generation (128 KB), where it would wait for a full collection.
 */
const WRITE_CHARS = 64 * 1024;

/**
 * Writes `results` as a JSON array with one entry per line, each entry's compact JSON as the
 * list already holds it (result-spool.ts): nothing is parsed or formatted again. A run of
 * 20,000 images is about 20 MB of JSON: parsed and re-formatted in 256-entry slices, writing it
 * grew the heap by 17 MB at the end of such a run, and peak RSS with it.
 */
export async function writeResultsFile(path: string, results: ResultList) {
  const file = await open(path, 'w');
  try {
    let chunk = '[\n';
    for (let i = 0; i < results.length; i++) {
      chunk += results.json(i) + (i + 1 < results.length ? ',\n' : '\n');
      if (chunk.length >= WRITE_CHARS) {
        await file.writeFile(chunk);
        chunk = '';
      }
    }
    await file.writeFile(chunk + ']\n');
  } finally {
    await file.close();
  }
}
