/** Locale-independent string order, so sorting is the same on every runner. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of the strings' UTF-8 bytes (which is code point order), without encoding them:
 * sorting 20,000 paths by `Buffer.compare` made 20,000 buffers. UTF-16 code units sort as code
 * points except that surrogates (U+D800-DFFF, which encode U+10000 and up) must come after
 * U+E000-FFFF; the shift below (ICU's) moves them there.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
