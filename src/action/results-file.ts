import { open } from 'node:fs/promises';
import type { ImageResult } from './image-result.js';

/** Entries written at a time: a few hundred KB, not the whole run's JSON at once. */
const ENTRIES_PER_WRITE = 256;

/**
 * Writes `results` as `JSON.stringify(results, null, 2)` followed by a newline, the same bytes,
 * in slices. A run of 20,000 images is about 30 MB of JSON: built whole, the string and its
 * encoded copy were the largest thing the action held (peak RSS grew 30 MB from 2,000 images
 * to 20,000 because of it).
 */
export async function writeResultsFile(path: string, results: readonly ImageResult[]) {
  const file = await open(path, 'w');
  try {
    if (results.length === 0) {
      await file.writeFile('[]\n');
      return;
    }
    await file.writeFile('[\n');
    for (let start = 0; start < results.length; start += ENTRIES_PER_WRITE) {
      const slice = results.slice(start, start + ENTRIES_PER_WRITE);
      // Nested one level, as in the whole array: JSON strings hold no raw newline to shift.
      const text = slice.map((r) => '  ' + JSON.stringify(r, null, 2).replace(/\n/g, '\n  '));
      const last = start + ENTRIES_PER_WRITE >= results.length;
      await file.writeFile(text.join(',\n') + (last ? '\n]\n' : ',\n'));
    }
  } finally {
    await file.close();
  }
}
