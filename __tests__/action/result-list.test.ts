import { describe, expect, it } from 'vitest';
import type { ImageResult } from '../../src/action/image-result.js';
import {
  MemoryResults,
  countResults,
  inPathOrder,
  indicesWhere,
} from '../../src/action/result-list.js';

const entry = (path: string, extra: Partial<ImageResult> = {}): ImageResult => ({
  path,
  key: `p/beta/${path}`,
  environment: 'beta',
  status: 'labeled',
  labels: [],
  ...extra,
});

describe('result lists', () => {
  it('reads in the byte order of the UTF-8 paths, not of UTF-16 code units', () => {
    const list = new MemoryResults([
      entry('b.png'),
      entry('\u{1F600}.png'),
      entry('\uFF01.png'),
      entry('a.png'),
    ]);
    const sorted = inPathOrder(list);
    expect(Array.from({ length: sorted.length }, (_, i) => sorted.get(i).path)).toEqual([
      'a.png',
      'b.png',
      '\uFF01.png',
      '\u{1F600}.png',
    ]);
    expect(inPathOrder(list).facts(0).path).toBe('a.png');
  });

  it('counts each status, and cached only for labeled entries', () => {
    const list = new MemoryResults([
      entry('a', { cached: true }),
      entry('b'),
      entry('c', { status: 'failed', cached: true, error: 'stored failure' }),
      entry('d', { status: 'uploaded' }),
      entry('e', { status: 'skipped' }),
    ]);
    expect(countResults(list)).toEqual({
      labeled: 2,
      cached: 1,
      uploaded: 1,
      failed: 1,
      skipped: 1,
      checked: 0,
      blocked: 0,
      flagged: 0,
      approved: 0,
      notModerated: 0,
    });
    expect(indicesWhere(list, (f) => f.status !== 'labeled')).toEqual([2, 3, 4]);
  });

  it('refuses to read an entry never put', () => {
    const list = new MemoryResults();
    list.put(1, entry('b'));
    expect(list.length).toBe(2);
    expect(() => list.get(0)).toThrow('no result at 0');
  });
});
