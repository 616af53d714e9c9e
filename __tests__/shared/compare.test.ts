import { describe, expect, it } from 'vitest';
import { compareUtf8 } from '../../src/shared/compare.js';
import { createPrng } from '../../local-stack/prng.js';

/** Code points from the ranges where UTF-16 and UTF-8 orders disagree, and plain ASCII. */
const POOLS = [
  [0x61, 0x7a],
  [0x2f, 0x2f],
  [0xe000, 0xffff],
  [0x10000, 0x10ffff],
  [0x800, 0xd7ff],
] as const;

function randomPath(random: () => number): string {
  const length = Math.floor(random() * 6);
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = POOLS[Math.floor(random() * POOLS.length)]!;
    text += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
  }
  return text;
}

describe('compareUtf8', () => {
  it('orders strings as their UTF-8 bytes do (20,000 random pairs)', () => {
    const random = createPrng(11);
    for (let i = 0; i < 20_000; i++) {
      const a = randomPath(random);
      // Half the pairs share a prefix, so the difference is often past the first unit.
      const b =
        random() < 0.5
          ? a.slice(0, Math.floor(random() * (a.length + 1))) + randomPath(random)
          : randomPath(random);
      const expected = Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(Math.sign(compareUtf8(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(
        expected,
      );
    }
  });

  it('puts a character above U+FFFF after U+E000-FFFF, unlike UTF-16 order', () => {
    const astral = '\u{1F600}';
    const high = '\uFF01';
    expect(astral < high).toBe(true); // code units: D83D < FF01
    expect(compareUtf8(astral, high)).toBeGreaterThan(0);
    expect(compareUtf8('a/b', 'a/b')).toBe(0);
    expect(compareUtf8('a', 'a/b')).toBeLessThan(0);
  });
});
