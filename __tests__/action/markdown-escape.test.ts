import { describe, expect, it } from 'vitest';
import {
  escapeAttribute,
  escapeHtml,
  escapeUrlPath,
  truncateText,
} from '../../src/action/markdown-escape.js';

describe('escapeHtml', () => {
  it('blanks bidi overrides so a name cannot read as another (Trojan Source)', () => {
    expect(escapeHtml('cat\u202Egnp.exe')).toBe('cat gnp.exe');
    expect(escapeHtml('a\u2066b\u2069c')).toBe('a b c');
  });

  it('blanks zero-width characters, which hide inside a name', () => {
    expect(escapeHtml('a\u200bb\u200cc\u200dd\u2060e\ufefff')).toBe('a b c d e f');
  });

  it.each([...'&<>"\'`*_[]|\\~#!(){}:@'])('encodes %s as a numeric entity', (char) => {
    expect(escapeHtml(char)).toBe(`&#${char.charCodeAt(0)};`);
  });

  it('neutralises an HTML injection in a file name', () => {
    const escaped = escapeHtml('<img src=x onerror=alert(1)>.png');
    expect(escaped).toBe('&#60;img src=x onerror=alert&#40;1&#41;&#62;.png');
  });

  it('neutralises Markdown emphasis, links, mentions and code', () => {
    const escaped = escapeHtml('**bold** [link](http://x) @org/team `code` _it_ ~~del~~ #12');
    expect(escaped).not.toMatch(/[*[\]()@`_~]/);
    expect(escaped).not.toContain('http://');
    expect(escaped).toContain(' &#35;12');
  });

  it('defangs autolinks by encoding the colon', () => {
    expect(escapeHtml('https://evil.example/x')).toBe('https&#58;//evil.example/x');
  });

  it('replaces line breaks and other control characters with a space', () => {
    expect(escapeHtml('a\nb\r\nc\td\u2028e\u2029f\u0000g\u007fh\u0085i')).toBe(
      'a b  c d e f g h i',
    );
  });

  it('escapes in one pass, so existing entities stay literal text', () => {
    expect(escapeHtml('&#60;')).toBe('&#38;&#35;60;');
  });

  it('leaves ordinary text, including non-ASCII, alone', () => {
    expect(escapeHtml('photos/café 🚀-1.png')).toBe('photos/café 🚀-1.png');
  });
});

describe('escapeUrlPath', () => {
  it('encodes each segment and keeps the slashes', () => {
    expect(escapeUrlPath('a b/c#d.png')).toBe('a%20b/c%23d.png');
  });

  it('encodes percent, query and non-ASCII characters', () => {
    expect(escapeUrlPath('100%/?x/ü.png')).toBe('100%25/%3Fx/%C3%BC.png');
  });

  it('does not throw on a lone surrogate', () => {
    expect(escapeUrlPath('bad\ud800name.png')).toBe('bad%EF%BF%BDname.png');
  });
});

describe('truncateText', () => {
  it('keeps text that fits', () => {
    expect(truncateText('abcd', 4)).toBe('abcd');
    expect(truncateText('', 0)).toBe('');
  });

  it('cuts to max characters including the ellipsis', () => {
    expect(truncateText('abcdef', 4)).toBe('abc…');
  });

  it('counts astral characters once and never splits a surrogate pair', () => {
    expect(truncateText('🚀🚀🚀', 3)).toBe('🚀🚀🚀');
    expect(truncateText('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
  });

  it('handles tiny limits', () => {
    expect(truncateText('abc', 1)).toBe('…');
    expect(truncateText('abc', 0)).toBe('');
  });
});

describe('escapeAttribute', () => {
  it('keeps a URL readable but cannot end the attribute or open a tag', () => {
    expect(escapeAttribute('https://github.com/a/b')).toBe('https://github.com/a/b');
    expect(escapeAttribute('x" onmouseover="y\'<b>&')).toBe(
      'x&#34; onmouseover=&#34;y&#39;&#60;b&#62;&#38;',
    );
  });
});
