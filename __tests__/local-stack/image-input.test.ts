import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Bytes } from '../../local-stack/image-input.js';
import { createPrng as prng } from '../../local-stack/prng.js';

/**
 * The definition decodeBase64 stands for, kept here as the reference: the alphabet, at most two
 * `=`, and no final group of one character (it cannot hold a byte).
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2,3})?={0,2}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const STRAYS = ['=', ' ', '\n', '-', '_', '*', '.', '\u00e9', '\u0000', '\u0141', '\u0100'];

describe('decodeBase64 (the emulator reading Image.Bytes)', () => {
  it('accepts exactly what the base64 expression accepts, and decodes it as Node does', () => {
    const random = prng(11);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(random() * 14);
      let text = '';
      for (let j = 0; j < length; j++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      // Most cases get one or two strays somewhere, padding included.
      const strays = Math.floor(random() * 3);
      for (let k = 0; k < strays; k++) {
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + STRAYS[Math.floor(random() * STRAYS.length)] + text.slice(at);
      }
      const decoded = decodeBase64(text);
      expect(decoded !== undefined, JSON.stringify(text)).toBe(BASE64.test(text));
      if (decoded) {
        accepted++;
        expect(decoded.equals(Buffer.from(text, 'base64'))).toBe(true);
      }
    }
    // Both sides of the line were exercised.
    expect(accepted).toBeGreaterThan(4_000);
    expect(accepted).toBeLessThan(16_000);
  });

  it.each([
    ['QUJD', true],
    ['QQ==', true],
    ['QQ=', true],
    ['QQ', true],
    ['Q', false],
    ['QUJDQ', false],
    ['QUJD*', false],
    ['QU*JD', false],
    ['\u0141UJD', false],
    ['', true],
    ['QQ===', false],
    ['QU JD', false],
    ['QUJD\n', false],
    ['QU=JD', false],
    ['ndo=0w', false],
    ['-_-_', false],
    ['QUJD'.repeat(100_000) + '*', false],
    ['*' + 'QUJD'.repeat(100_000), false],
  ])('case %#: valid %s', (text, valid) => {
    expect(decodeBase64(text) !== undefined).toBe(valid);
  });

  it('round-trips a large random body', () => {
    const random = prng(3);
    const bytes = Buffer.from(
      Uint8Array.from({ length: 700_001 }, () => Math.floor(random() * 256)),
    );
    expect(decodeBase64(bytes.toString('base64'))?.equals(bytes)).toBe(true);
  });

  it('reads base64 from bytes as it reads it from a string', () => {
    const random = prng(5);
    for (let i = 0; i < 2_000; i++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let j = 0; j < length; j++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      if (random() < 0.5) text += STRAYS[Math.floor(random() * 7)];
      const fromBytes = decodeBase64Bytes(Buffer.from(text, 'latin1'));
      expect(fromBytes?.toString('hex'), JSON.stringify(text)).toBe(
        decodeBase64(text)?.toString('hex'),
      );
    }
  });
});
