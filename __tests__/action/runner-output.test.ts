import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotate, annotationText, logResult, printable } from '../../src/action/runner-output.js';
import type { ImageResult } from '../../src/action/image-result.js';

let stdout: string[];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

// Bidi embeddings, overrides and isolates; zero-width space, non-joiner, joiner, word joiner, BOM.
const INVISIBLE = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d,
  0x2060, 0xfeff,
].map((code) => [`\\u${code.toString(16)}`, String.fromCharCode(code)] as const);

function failed(path: string, error: string): ImageResult {
  return { path, key: `p/beta/${path}`, environment: 'beta', status: 'failed', labels: [], error };
}

describe('printable', () => {
  it.each(INVISIBLE)('escapes the bidi or zero-width character %s', (escaped, char) => {
    expect(printable(`cat${char}gnp.png`)).toBe(`cat${escaped}gnp.png`);
  });

  it('still escapes line breaks and control characters', () => {
    expect(printable('a\nb\rc\u0000')).toBe('a\\nb\\rc\\u0000');
  });
});

describe('annotationText', () => {
  it('keeps line breaks (core encodes them) and escapes bidi and zero-width characters', () => {
    expect(annotationText('one\ntwo \u202ex\u200b\r')).toBe('one\ntwo \\u202ex\\u200b\\r');
  });
});

describe('log lines and annotations', () => {
  it('show a Trojan Source file name escaped in the log line and in the annotation', () => {
    const result = failed('images/cat\u202egnp.png', 'images/cat\u202egnp.png: it is a \u200bGIF');
    logResult(result);
    annotate([result], true);
    const log = stdout.join('');
    expect(log).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/);
    expect(log).toContain('✖ images/cat\\u202egnp.png: failed: images/cat\\u202egnp.png');
    expect(log).toContain(
      '::error title=rekognition-label,file=images/cat\\u202egnp.png::images/cat\\u202egnp.png: it is a \\u200bGIF',
    );
  });
});
