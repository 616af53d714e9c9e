/**
 * Escaping for text that lands in the job summary, which GitHub renders as Markdown that may
 * contain raw HTML. File names, label names and error messages are untrusted, so they must read as
 * plain text in both languages at once.
 */

/**
 * Characters that mean something to HTML or to GitHub-flavoured Markdown. `:` stops autolinks
 * (`https://…`, `www.` needs a following link to matter), `@` stops @mentions, `#` stops issue
 * references. Numeric entities are decoded by the browser in text and attribute values alike.
 */
const ENCODED = new Set('&<>"\'`*_[]|\\~#!(){}:@');

// Line breaks (and tabs, for tidiness) would end a table row or an HTML block; C1 controls include
// NEL. Bidi overrides and isolates could make a file name read as another ("Trojan Source"), and
// zero-width characters hide inside one. A space keeps the surrounding words apart.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff&<>"'`*_[\]|\\~#!(){}:@]/g;

const ELLIPSIS = '…';

/** Makes untrusted text inert in GitHub Markdown and HTML (text or quoted attribute). */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, (char) => (ENCODED.has(char) ? `&#${char.charCodeAt(0)};` : ' '));
}

/**
 * For an attribute value built from a URL whose parts were percent-encoded: only the characters
 * that could end the attribute or start a tag need entities, and `:` must stay readable.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Percent-encodes each segment of a POSIX path so it can be appended to a URL. */
export function escapeUrlPath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      // encodeURIComponent leaves !'()* alone; they mean something to Markdown.
      encodeURIComponent(toWellFormed(segment)).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** Shortens `text` to at most `max` code points, the last being an ellipsis when cut. */
export function truncateText(text: string, max: number): string {
  // Code units never undercount code points, so short strings skip the split.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max < 1) return '';
  return chars.slice(0, Math.floor(max) - 1).join('') + ELLIPSIS;
}

// encodeURIComponent throws on a lone surrogate; a mangled file name must not crash the summary.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
