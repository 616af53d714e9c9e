// Renders a job summary as GitHub shows it, in headless Chromium: the Markdown goes through
// `marked` (GFM) and a sanitizer that keeps what GitHub keeps, the page gets GitHub-like CSS,
// and the browser reports what a reader sees (images that loaded, tables, raw HTML shown as
// text) and saves a full-page screenshot.
//
//   node --import tsx scripts/summary-render.ts SUMMARY.md OUT.png [--image-base URL=DIR]
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { chromium } from 'playwright-core';

/** Debian's Chromium: playwright-core must never download a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps dialling Google's services, and the
 * closed network refuses those connections. Playwright makes a fresh --user-data-dir itself
 * (and refuses one passed in `args`).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Maps thumbnails' `https://github.com/{owner}/{repo}/blob/{sha}/` prefix to local files. */
export interface ImageBase {
  /** The URL prefix to replace, e.g. `https://github.com/o/r/blob/SHA/`. */
  url: string;
  /** The workspace that holds the same files: a directory path or a `file://` URL. */
  dir: string;
}

export interface SummaryHtmlOptions {
  imageBase?: ImageBase;
}

export interface RenderOptions extends SummaryHtmlOptions {
  outPng: string;
  /** Viewport width in CSS pixels; the screenshot is this wide. */
  width?: number;
  executablePath?: string;
}

export interface ImageReport {
  /** The URL the browser loaded: a `file://` one when `imageBase` mapped it. */
  src: string;
  alt: string;
  loaded: boolean;
  /** Natural size in pixels; 0 when the image did not load. */
  width: number;
  height: number;
}

export interface TableReport {
  /** Body rows: rows that are not header rows. */
  rows: number;
  columns: number;
  headers: string[];
}

export interface SummaryReport {
  images: ImageReport[];
  tables: TableReport[];
  links: string[];
  details: number;
  textLength: number;
  /** Markup shown as text: HTML that the Markdown broke, which GitHub would show too. */
  rawHtmlVisible: boolean;
}

// The subset of GitHub's sanitizer allow-list that job summaries use.
const ALLOWED_TAGS = new Set([
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
  'a',
  'details',
  'summary',
  'code',
  'pre',
  'strong',
  'em',
  'br',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'sub',
  'sup',
  'blockquote',
]);
const VOID_TAGS = new Set(['img', 'br']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'src', 'alt', 'width', 'height', 'title', 'align']);
// Their content is code or raw text, not something a reader sees, so it goes with the tag.
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'iframe',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
]);
const URL_SCHEMES: Record<string, Set<string>> = {
  href: new Set(['http', 'https', 'mailto']),
  src: new Set(['http', 'https']),
};

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export interface SanitizeOptions {
  /** Rewrites an allowed `src` (already decoded) before it is written out. */
  mapSrc?: (src: string) => string;
}

/**
 * Keeps the tags and attributes GitHub keeps, drops every other tag but keeps its text, and
 * drops `<script>`/`<style>` with their content, comments, event handlers and URLs with a
 * scheme other than http(s) (and mailto for links).
 */
export function sanitizeHtml(html: string, opts: SanitizeOptions = {}): string {
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    out += escapeText(html.slice(last, match.index));
    last = TOKEN.lastIndex;
    const [, slash, rawName, attributes] = match;
    if (rawName === undefined) continue; // a comment, doctype or processing instruction
    const name = rawName.toLowerCase();
    if (!slash && DROPPED_WITH_CONTENT.has(name)) {
      last = TOKEN.lastIndex = endOfElement(html, name, TOKEN.lastIndex);
    } else if (ALLOWED_TAGS.has(name) && !(slash && VOID_TAGS.has(name))) {
      out += slash ? `</${name}>` : `<${name}${sanitizeAttributes(name, attributes ?? '', opts)}>`;
    }
  }
  return out + escapeText(html.slice(last));
}

function endOfElement(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[^>]*>`, 'ig');
  close.lastIndex = from;
  return close.exec(html) ? close.lastIndex : html.length;
}

// A `<` left in text is not a tag: escaping it keeps the browser from finishing one.
function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sanitizeAttributes(tag: string, attributes: string, opts: SanitizeOptions): string {
  const seen = new Set<string>();
  let out = '';
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    const name = (match[1] ?? '').toLowerCase();
    // Browsers keep the first of duplicate attributes, so a later one must not win here.
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'open' && tag === 'details') out += ' open';
    if (!ALLOWED_ATTRIBUTES.has(name)) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    const schemes = URL_SCHEMES[name];
    if (schemes && !isSafeUrl(value, schemes)) continue;
    if (name === 'src' && opts.mapSrc) {
      out += ` src="${escapeAttribute(opts.mapSrc(decodeEntities(value)))}"`;
    } else {
      out += ` ${name}="${value.replace(/"/g, '&quot;')}"`;
    }
  }
  return out;
}

/**
 * Whatever precedes the first `:` (before any `/`, `?` or `#`) is the URL's scheme once the
 * browser has decoded entities and dropped control characters and spaces, which is how
 * `jav&#x61;script:` and `java\tscript:` get through naive checks.
 */
function isSafeUrl(value: string, schemes: Set<string>): boolean {
  const normalized = Array.from(decodeEntities(value))
    .filter((char) => char > ' ' && char !== '\u007f')
    .join('');
  const scheme = /^([^/?#]*?):/.exec(normalized)?.[1];
  return scheme === undefined || schemes.has(scheme.toLowerCase());
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  quest: '?',
  num: '#',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = /^#x/i.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The `src` rewrite for `imageBase`: GitHub's `?raw=true` means nothing to a file. */
export function imageBaseMapper(imageBase: ImageBase): (src: string) => string {
  const dir = /^file:/i.test(imageBase.dir)
    ? imageBase.dir
    : pathToFileURL(resolve(imageBase.dir)).href;
  const target = dir.endsWith('/') ? dir : `${dir}/`;
  const prefix = imageBase.url.endsWith('/') ? imageBase.url : `${imageBase.url}/`;
  return (src) => {
    if (!src.startsWith(prefix)) return src;
    const [path = ''] = src.slice(prefix.length).split(/[?#]/, 1);
    return target + path;
  };
}

/** The summary's Markdown as the body HTML GitHub would show, sanitized. */
export function summaryBodyHtml(markdown: string, opts: SummaryHtmlOptions = {}): string {
  // A fresh instance: marked's global options are shared with anything else that imports it.
  const html = new Marked({ gfm: true, breaks: false }).parse(markdown, { async: false });
  return sanitizeHtml(html, opts.imageBase ? { mapSrc: imageBaseMapper(opts.imageBase) } : {});
}

const PAGE_CSS = `
body { margin: 0; background: #fff; color: #1f2328; font-size: 14px; line-height: 1.5;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.markdown-body { box-sizing: border-box; max-width: 1012px; margin: 0 auto; padding: 24px 32px;
  word-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
p, blockquote, ul, ol, table, pre, details { margin: 0 0 16px; }
h1, h2, h3, h4, h5, h6 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
h3 { font-size: 1.25em; } h4 { font-size: 1em; } h5 { font-size: .875em; }
h6 { font-size: .85em; color: #59636e; }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
table { display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
img { max-width: 100%; box-sizing: content-box; background: #fff; }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas,
  "Liberation Mono", monospace; font-size: 85%; }
code { padding: .2em .4em; border-radius: 6px; background: #818b981f; }
pre { padding: 16px; overflow: auto; line-height: 1.45; border-radius: 6px; background: #f6f8fa; }
pre code { padding: 0; font-size: 100%; background: transparent; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
ul, ol { padding-left: 2em; }
summary { cursor: pointer; }
`;

// The page runs no script of its own, and loads images from files or (where the network is
// open) from the web, nothing else.
const PAGE_CSP = "default-src 'none'; img-src file: data: http: https:; style-src 'unsafe-inline'";

/** A whole page that looks like a run's summary: GitHub's fonts, tables and width. */
export function summaryHtml(markdown: string, opts: SummaryHtmlOptions = {}): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    `<title>Job summary</title><style>${PAGE_CSS}</style></head>`,
    `<body><article class="markdown-body">${summaryBodyHtml(markdown, opts)}</article></body></html>`,
    '',
  ].join('\n');
}

// Plain JavaScript in a string: a compiled TypeScript function can carry helpers (esbuild's
// __name) that do not exist in the page, and the project's types have no DOM.
const READ_PAGE = String.raw`(async () => {
  const root = document.querySelector('.markdown-body');
  const images = [...root.querySelectorAll('img')];
  await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
    img.addEventListener('load', done);
    img.addEventListener('error', done);
  })));
  const tables = [...root.querySelectorAll('table')].map((table) => {
    const rows = [...table.rows];
    const isHeader = (tr) => tr.parentElement.tagName === 'THEAD'
      || (tr.cells.length > 0 && [...tr.cells].every((cell) => cell.tagName === 'TH'));
    const head = rows.find(isHeader);
    return {
      rows: rows.filter((tr) => !isHeader(tr)).length,
      columns: Math.max(0, ...rows.map((tr) => tr.cells.length)),
      headers: head ? [...head.cells].map((cell) => cell.textContent.trim()) : [],
    };
  });
  // textContent, not innerText: text inside a closed <details> is one click from the reader.
  const text = root.textContent;
  return {
    images: images.map((img) => ({
      src: img.currentSrc || img.getAttribute('src') || '',
      alt: img.getAttribute('alt') || '',
      loaded: img.complete && img.naturalWidth > 0,
      width: img.naturalWidth,
      height: img.naturalHeight,
    })),
    tables,
    links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    details: root.querySelectorAll('details').length,
    textLength: root.innerText.length,
    rawHtmlVisible: /<\/?[a-z][a-z0-9]*(?=[\s/>]|$)/im.test(text)
      || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text),
  };
})()`;

/**
 * Renders `markdown` in headless Chromium as GitHub would show it, saves a full-page PNG
 * screenshot to `outPng`, and reports what the reader sees.
 */
export async function renderSummary(markdown: string, opts: RenderOptions): Promise<SummaryReport> {
  // file:// images load only into a file:// page, so the page is a file too.
  const dir = await mkdtemp(join(tmpdir(), 'summary-render-'));
  try {
    const pagePath = join(dir, 'summary.html');
    await writeFile(pagePath, summaryHtml(markdown, opts));
    const browser = await chromium.launch({
      executablePath: opts.executablePath ?? CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: opts.width ?? 1280, height: 720 } });
      // Offline, a web image would wait on DNS; failing it at once reports it as not loaded.
      await page.route(/^https?:\/\//, (route) => route.abort());
      await page.goto(pathToFileURL(pagePath).href, { waitUntil: 'load' });
      const report = (await page.evaluate(READ_PAGE)) as SummaryReport;
      await mkdir(dirname(resolve(opts.outPng)), { recursive: true });
      await page.screenshot({ path: opts.outPng, fullPage: true });
      return report;
    } finally {
      await browser.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface CliArgs {
  summary: string;
  outPng: string;
  imageBase?: ImageBase;
}

const USAGE = 'usage: summary-render.ts SUMMARY.md OUT.png [--image-base URL=DIR]';

/** Reads `SUMMARY.md OUT.png [--image-base URL=DIR]`. */
export function parseCliArgs(argv: string[]): CliArgs {
  const positionals: string[] = [];
  let imageBase: ImageBase | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--image-base' || arg.startsWith('--image-base=')) {
      const spec = arg === '--image-base' ? argv[++i] : arg.slice('--image-base='.length);
      // The URL prefix holds no `=`; a directory might.
      const at = spec?.indexOf('=') ?? -1;
      if (!spec || at <= 0 || at === spec.length - 1)
        throw new Error(`--image-base URL=DIR\n${USAGE}`);
      imageBase = { url: spec.slice(0, at), dir: spec.slice(at + 1) };
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else {
      positionals.push(arg);
    }
  }
  const [summary, outPng] = positionals;
  if (!summary || !outPng || positionals.length > 2) throw new Error(USAGE);
  return { summary, outPng, imageBase };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseCliArgs(process.argv.slice(2));
    const markdown = await readFile(args.summary, 'utf8');
    const report = await renderSummary(markdown, {
      outPng: args.outPng,
      imageBase: args.imageBase,
    });
    console.log(JSON.stringify(report, null, 2));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
