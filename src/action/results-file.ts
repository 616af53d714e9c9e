import { open } from 'node:fs/promises';
import type { ResultList } from './result-list.js';

/** Entries written at a time: a few hundred KB, not the whole run's JSON at once. */
const ENTRIES_PER_WRITE = 256;

/**
 * Writes `results` as `JSON.stringify(results, null, 2)` followed by a newline, the same bytes,
 * in slices, reading the entries a slice at a time. A run of 20,000 images is about 30 MB of
 * JSON: built whole, the string and its encoded copy were the largest thing the action held.
 */
export async function writeResultsFile(path: string, results: ResultList) {
  const file = await open(path, 'w');
  try {
    if (results.length === 0) {
      await file.writeFile('[]\n');
      return;
    }
    await file.writeFile('[\n');
    for (let start = 0; start < results.length; start += ENTRIES_PER_WRITE) {
      const end = Math.min(start + ENTRIES_PER_WRITE, results.length);
      const slice = Array.from({ length: end - start }, (_, i) => results.get(start + i));
      // Nested one level, as in the whole array: JSON strings hold no raw newline to shift.
      const text = slice.map((r) => '  ' + JSON.stringify(r, null, 2).replace(/\n/g, '\n  '));
      const last = start + ENTRIES_PER_WRITE >= results.length;
      await file.writeFile(text.join(',\n') + (last ? '\n]\n' : ',\n'));
    }
  } finally {
    await file.close();
  }
}
