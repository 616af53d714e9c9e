import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../local-stack/png.js';
import {
  CHROMIUM_PATH,
  imageBaseMapper,
  parseCliArgs,
  renderSummary,
  sanitizeHtml,
  summaryBodyHtml,
  summaryHtml,
} from '../../scripts/summary-render.js';

const BLOB = 'https://github.com/o/r/blob/0123abc/';

describe('sanitizeHtml', () => {
  it('drops <script> and <style> with their content, and comments', () => {
    expect(
      sanitizeHtml('a<script>alert("<b>x</b>")</script>b<STYLE>p{}</STYLE>c<!-- hi -->d'),
    ).toBe('abcd');
    expect(sanitizeHtml('a<script src="x.js">')).toBe('a');
  });

  it('drops event handlers, style and class, keeping allowed attributes', () => {
    expect(
      sanitizeHtml('<img src="x.png" onerror="alert(1)" alt="cat" width="80" class="c">'),
    ).toBe('<img src="x.png" alt="cat" width="80">');
    expect(sanitizeHtml('<a href=\'https://x.test/\' onclick=go() style="color:red">x</a>')).toBe(
      '<a href="https://x.test/">x</a>',
    );
  });

  it('drops javascript: and other schemes however they are spelt', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'jav&#x61;script:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      expect(sanitizeHtml(`<a href="${href}">x</a>`), href).toBe('<a>x</a>');
    }
    expect(sanitizeHtml('<img src="data:image/png;base64,AAAA">')).toBe('<img>');
    expect(sanitizeHtml('<a href="mailto:a@b.test">m</a><a href="images/a:b.png">r</a>')).toBe(
      '<a href="mailto:a@b.test">m</a><a href="images/a:b.png">r</a>',
    );
  });

  it('keeps the tags a summary uses', () => {
    const html =
      '<h2>t</h2><p><strong>s</strong> <em>e</em> <code>c</code><br><sub>1</sub><sup>2</sup></p>' +
      '<table><thead><tr><th align="left">h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>' +
      '<details open><summary>more</summary><ul><li>a</li></ul><ol><li>b</li></ol></details>' +
      '<blockquote><pre>p</pre></blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('drops other tags but keeps their text, and escapes stray angle brackets', () => {
    expect(
      sanitizeHtml('<div class="x"><span>kept</span> <iframe src="x">gone</iframe></div>'),
    ).toBe('kept ');
    expect(sanitizeHtml('<form><input value="v">text</form>')).toBe('text');
    expect(sanitizeHtml('1 < 2 and <img src="x" broken')).toBe(
      '1 &lt; 2 and &lt;img src="x" broken',
    );
  });
});

describe('summaryHtml', () => {
  it('renders GFM tables and passes the summary HTML through', () => {
    const body = summaryBodyHtml(
      '## Images\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<details><summary>s</summary>x</details>\n',
    );
    expect(body).toContain('<h2>Images</h2>');
    expect(body).toContain('<th>a</th>');
    expect(body).toContain('<td>2</td>');
    expect(body).toContain('<details><summary>s</summary>x</details>');
  });

  it('maps thumbnails under imageBase to the local directory, dropping ?raw=true', () => {
    const map = imageBaseMapper({ url: BLOB, dir: '/work/space' });
    expect(map(`${BLOB}images/a%20b.png?raw=true`)).toBe('file:///work/space/images/a%20b.png');
    expect(map('https://example.test/x.png')).toBe('https://example.test/x.png');
    const page = summaryHtml(`<img src="${BLOB}images/x.png?raw=true" alt="x">`, {
      imageBase: { url: BLOB, dir: 'file:///tmp/ws' },
    });
    expect(page).toContain('<img src="file:///tmp/ws/images/x.png" alt="x">');
    expect(page).toContain('max-width: 1012px');
  });

  it('never lets a mapped src or the page run script', () => {
    const page = summaryHtml(
      '<img src="javascript:alert(1)" onerror="alert(1)"><script>x</script>',
      {
        imageBase: { url: BLOB, dir: '/tmp' },
      },
    );
    expect(page).not.toMatch(/javascript:|onerror|<script>/);
  });
});

describe('parseCliArgs', () => {
  it('reads the files and the image base', () => {
    expect(parseCliArgs(['s.md', 'o.png', '--image-base', `${BLOB}=/ws`])).toEqual({
      summary: 's.md',
      outPng: 'o.png',
      imageBase: { url: BLOB, dir: '/ws' },
    });
    expect(parseCliArgs(['s.md', 'o.png']).imageBase).toBeUndefined();
  });

  it('rejects a missing file or a malformed option', () => {
    expect(() => parseCliArgs(['s.md'])).toThrow(/usage/);
    expect(() => parseCliArgs(['s.md', 'o.png', '--image-base', BLOB])).toThrow(/URL=DIR/);
    expect(() => parseCliArgs(['s.md', 'o.png', '--width'])).toThrow(/unknown option/);
  });
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function thumbnail(path: string, alt: string): string {
  return `<img src="${BLOB}${path}?raw=true" alt="${alt}" width="48">`;
}

describe.skipIf(!existsSync(CHROMIUM_PATH))('renderSummary in Chromium', () => {
  let dir: string;
  let workspace: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'summary-render-test-'));
    workspace = join(dir, 'workspace');
    await mkdir(join(workspace, 'images'), { recursive: true });
    await writeFile(join(workspace, 'images', 'x.png'), makePng(24, 16));
    await writeFile(join(workspace, 'images', 'y.png'), makePng(10, 30));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the mapped thumbnails, reads the table and writes a PNG', async () => {
    const markdown = [
      '## Rekognition labels',
      '',
      '<table><thead><tr><th>Image</th><th>File</th><th>Labels</th></tr></thead><tbody>',
      `<tr><td>${thumbnail('images/x.png', 'x')}</td><td><a href="${BLOB}images/x.png">images/x.png</a></td><td>Cat 99.1%</td></tr>`,
      `<tr><td>${thumbnail('images/y.png', 'y')}</td><td>images/y.png</td><td>Dog 97.0%<details><summary>all 3 labels</summary>Dog, Pet, Animal</details></td></tr>`,
      '</tbody></table>',
      '',
    ].join('\n');
    const outPng = join(dir, 'out', 'summary.png');
    const imageBase = { url: BLOB, dir: pathToFileURL(workspace).href };
    const report = await renderSummary(markdown, { outPng, imageBase, width: 900 });

    expect(report.images).toEqual([
      { src: `${imageBase.dir}/images/x.png`, alt: 'x', loaded: true, width: 24, height: 16 },
      { src: `${imageBase.dir}/images/y.png`, alt: 'y', loaded: true, width: 10, height: 30 },
    ]);
    expect(report.tables).toEqual([{ rows: 2, columns: 3, headers: ['Image', 'File', 'Labels'] }]);
    expect(report.links).toEqual([`${BLOB}images/x.png`]);
    expect(report.details).toBe(1);
    expect(report.rawHtmlVisible).toBe(false);
    expect(report.textLength).toBeGreaterThan(40);

    const png = await readFile(outPng);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBe(900); // IHDR width: the viewport's
  });

  it('reports a missing image and a table row broken by an unescaped |', async () => {
    const markdown = [
      '| Image | File |',
      '| --- | --- |',
      `| ${thumbnail('images/missing.png', 'gone')} | images/missing.png |`,
      // The | inside alt splits the cell, so the <img starts as text: GitHub shows it raw.
      `| <img src="${BLOB}images/x.png?raw=true" alt="a|b"> | images/x.png |`,
      '',
    ].join('\n');
    const outPng = join(dir, 'broken.png');
    const report = await renderSummary(markdown, {
      outPng,
      imageBase: { url: BLOB, dir: workspace },
    });

    expect(report.images).toEqual([
      {
        src: `${pathToFileURL(workspace).href}/images/missing.png`,
        alt: 'gone',
        loaded: false,
        width: 0,
        height: 0,
      },
    ]);
    expect(report.tables).toEqual([{ rows: 2, columns: 2, headers: ['Image', 'File'] }]);
    expect(report.rawHtmlVisible).toBe(true);
    expect(existsSync(outPng)).toBe(true);
  });
});
