import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/action/summary.js';
import type { ImageResult } from '../../src/action/image-result.js';
import type { Label } from '../../src/shared/label.js';
import type { RunReport } from '../../src/action/run-report.js';
import { MemoryResults } from '../../src/action/result-list.js';

function result(overrides: Partial<ImageResult> = {}): ImageResult {
  const path = overrides.path ?? 'images/cat.png';
  return {
    path,
    key: `labels/prod/${path}`,
    environment: 'prod',
    status: 'labeled',
    labels: [{ name: 'Cat', confidence: 98.12 }],
    ...overrides,
  };
}

function report(results: ImageResult[], overrides: Partial<RunReport> = {}): RunReport {
  return {
    mode: 'direct',
    environment: 'prod',
    region: 'eu-west-1',
    bucket: 'my-bucket',
    table: 'my-table',
    repository: 'octo/repo',
    serverUrl: 'https://github.com',
    commit: 'abc123',
    results: new MemoryResults(results),
    ...overrides,
  };
}

function labels(count: number): Label[] {
  return Array.from({ length: count }, (_, i) => ({ name: `Label${i}`, confidence: 99.87 - i }));
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const rowLines = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('<tr><td>'));
const rowPaths = (markdown: string) =>
  rowLines(markdown).map((l) => /^<tr><td>(?:<a [^>]*>)?([^<]*)/.exec(l)?.[1]);

describe('renderSummary escaping', () => {
  const hostile = report(
    [
      result({ path: '<img src=x onerror=alert(1)>.png' }),
      result({
        path: 'pipe|and\nnewline.png',
        status: 'failed',
        error: 'bad |\n| row',
        labels: [],
      }),
      result({ path: '**bold**.png' }),
      result({ path: '[link](http://x).png' }),
      result({ path: '@org/team.png' }),
      result({
        path: '`tick`.png',
        labels: [{ name: '<script>alert(1)</script>', confidence: 90 }],
      }),
      result({
        path: 'late.png',
        status: 'uploaded',
        labels: [],
        note: 'no result <img src=x> in table `t`|x @org **b** [l](http://x)\nnext',
      }),
    ],
    { environment: '@prod', bucket: '<b>', table: '`t`' },
  );
  const { markdown } = renderSummary(hostile);

  it('lets no HTML from user data through', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script');
    expect(markdown).not.toContain('<b>');
  });

  it('lets no Markdown syntax from user data through', () => {
    // The table is HTML, so no `|` is ours; with no results file, no backtick is ours either.
    expect(markdown).not.toContain('|');
    expect(markdown).not.toContain('`');
    expect(markdown).not.toContain('@');
    expect(markdown).not.toContain('**bold**');
    expect(markdown).not.toContain('[link]');
    // Our own links (serverUrl) sit in href attributes; user text must never autolink.
    expect(markdown.replace(/href="[^"]*"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('keeps every row on one line', () => {
    const rows = rowLines(markdown);
    expect(rows).toHaveLength(hostile.results.length);
    for (const row of rows) expect(row).toMatch(/<\/tr>$/);
    expect(markdown.split('\n').filter((l) => l.includes('<td>'))).toHaveLength(rows.length);
  });
});

describe('renderSummary layout', () => {
  it('starts with the heading and a context line, using a dash for empty values', () => {
    const { markdown } = renderSummary(report([result()], { bucket: '', table: '' }));
    expect(markdown.startsWith('## Rekognition labels\n\n')).toBe(true);
    expect(markdown).toContain(
      '**Mode:** <code>direct</code> · **Environment:** <code>prod</code> · ' +
        '**Region:** <code>eu-west-1</code> · **Bucket:** — · **Table:** —\n',
    );
  });

  it('links each file to its blob at the commit', () => {
    const { markdown } = renderSummary(
      report([result({ path: 'photos/my cat#1.png' })], { serverUrl: 'https://ghe.example/' }),
    );
    expect(markdown).toContain(
      '<a href="https://ghe.example/octo/repo/blob/abc123/photos/my%20cat%231.png">' +
        'photos/my cat&#35;1.png</a>',
    );
  });

  it('shows a plain path when the link parts are missing or not http(s)', () => {
    for (const overrides of [{ commit: '' }, { serverUrl: 'javascript:alert(1)//' }]) {
      const { markdown } = renderSummary(report([result({ path: 'a.png' })], overrides));
      expect(markdown).not.toContain('<a ');
      expect(markdown).toContain('<tr><td>a.png</td>');
    }
  });

  it('marks statuses, with cached labels told apart', () => {
    const { markdown } = renderSummary(
      report([
        result({ path: 'a.png' }),
        result({ path: 'b.png', cached: true }),
        result({ path: 'c.png', status: 'uploaded', labels: [] }),
        result({ path: 'd.png', status: 'skipped', labels: [] }),
        result({ path: 'e.png', status: 'failed', labels: [] }),
      ]),
    );
    const statusOf = (path: string) =>
      rowLines(markdown)
        .find((l) => l.includes(`>${path}<`))
        ?.split('<td>')[2];
    expect(statusOf('a.png')).toBe('✅ labeled</td>');
    expect(statusOf('b.png')).toBe('🗂️ labeled (cached)</td>');
    expect(statusOf('c.png')).toBe('⬆️ uploaded</td>');
    expect(statusOf('d.png')).toBe('⏭️ skipped</td>');
    expect(statusOf('e.png')).toBe('❌ failed</td>');
  });

  it('shows top labels inline and all labels in a details block only beyond topLabels', () => {
    const five = renderSummary(report([result({ labels: labels(5) })])).markdown;
    expect(five).toContain(
      '<td>Label0 99.9%, Label1 98.9%, Label2 97.9%, Label3 96.9%, Label4 95.9%</td>',
    );
    expect(five).not.toContain('<details>');

    const six = renderSummary(report([result({ labels: labels(6) })])).markdown;
    expect(six).toContain(
      'Label4 95.9%<details><summary>all 6 labels</summary>Label0 99.87%, Label1 98.87%, ' +
        'Label2 97.87%, Label3 96.87%, Label4 95.87%, Label5 94.87%</details></td>',
    );

    const custom = renderSummary(report([result({ labels: labels(3) })]), { topLabels: 2 });
    expect(custom.markdown).toContain('<td>Label0 99.9%, Label1 98.9%<details><summary>all 3');
  });

  it('counts totals', () => {
    const { markdown } = renderSummary(
      report([
        result({ path: 'a.png' }),
        result({ path: 'b.png', cached: true }),
        result({ path: 'c.png', cached: true }),
        result({ path: 'd.png', status: 'uploaded' }),
        result({ path: 'e.png', status: 'failed' }),
        result({ path: 'f.png', status: 'failed' }),
        result({ path: 'g.png', status: 'skipped' }),
      ]),
    );
    expect(markdown).toContain(
      '\n**7 images:** 3 labeled (2 from cache), 1 uploaded, 2 failed, 1 skipped.\n',
    );
  });

  it('puts failed rows first, then skipped, then the rest, each by path', () => {
    const { markdown } = renderSummary(
      report([
        result({ path: 'b.png', status: 'uploaded' }),
        result({ path: 'z.png', status: 'failed' }),
        result({ path: 'a.png' }),
        result({ path: 'y.png', status: 'skipped' }),
        result({ path: 'c.png', status: 'failed' }),
      ]),
    );
    expect(rowPaths(markdown)).toEqual(['c.png', 'z.png', 'y.png', 'a.png', 'b.png']);
  });

  it('truncates long errors to 500 characters', () => {
    const { markdown } = renderSummary(
      report([result({ status: 'failed', error: 'x'.repeat(1000) })]),
    );
    expect(markdown).toContain(`<td>❌ failed<br><sub>${'x'.repeat(499)}…</sub></td>`);
    expect(markdown).not.toContain('x'.repeat(500));
  });

  it('points at the step outputs, not at a path on the runner no reviewer can open', () => {
    const withFile = renderSummary(report([result()], { resultsFile: '/tmp/out_1.json' }));
    expect(withFile.markdown).toContain(
      "\nEvery image's labels are in this step's `results` output (cut to fit 512 KiB) and, complete, in the JSON file its `results-file` output names: an `actions/upload-artifact` step",
    );
    expect(withFile.markdown).not.toContain('/tmp/out');
    expect(renderSummary(report([result()])).markdown).not.toContain('`results-file` output names');
  });

  it('ends with one newline and has no trailing whitespace', () => {
    const { markdown } = renderSummary(report([result()], { resultsFile: 'r.json' }));
    expect(markdown).toMatch(/[^\n]\n$/);
    expect(markdown).not.toMatch(/[ \t]$/m);
  });

  it('says so when there are no images', () => {
    const summary = renderSummary(report([]));
    expect(summary).toMatchObject({ truncated: false, rowsShown: 0 });
    expect(summary.markdown).toContain('No images matched.');
    expect(summary.markdown).not.toContain('<table>');
  });
});

describe('renderSummary size budget', () => {
  it('stays under 1 MB for 20,000 images and keeps the failed ones', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      result({
        path: `images/${'ä'.repeat(100)}-${String(i).padStart(5, '0')}.png`,
        status: i % 100 === 0 ? 'failed' : 'labeled',
        error: i % 100 === 0 ? `Rekognition said no to image ${i}` : undefined,
        labels: labels(30),
      }),
    );
    const summary = renderSummary(report(results, { resultsFile: 'results.json' }));

    expect(bytes(summary.markdown)).toBeLessThanOrEqual(1_000_000);
    expect(summary.truncated).toBe(true);
    expect(summary.rowsShown).toBeGreaterThan(200);
    expect(summary.rowsShown).toBeLessThan(20_000);
    expect(rowLines(summary.markdown)).toHaveLength(summary.rowsShown);
    expect(summary.markdown).toContain(
      `⚠️ Summary truncated: showing ${summary.rowsShown} of 20000 images (GitHub limits a job ` +
        'summary to 1 MiB). The complete results are in the `results-file` output.',
    );
    expect(summary.markdown.match(/❌ failed/g)).toHaveLength(200);
  });

  it('says what the results output holds when it had to be cut', () => {
    const note =
      'The results output holds 43 of 5,030 images (all 30 failed ones first, then the rest in path order; outputs are limited to 512 KiB); read results-file for all of them.';
    const summary = renderSummary(
      report([result()], { resultsFile: 'results.json', resultsCut: note }),
    );
    expect(summary.markdown).toContain(
      '⚠️ The results output holds 43 of 5,030 images &#40;all 30 failed ones first, then the rest in path order; outputs are limited to 512 KiB&#41;; read results-file for all of them.',
    );
  });

  it('does not truncate a small report', () => {
    const summary = renderSummary(report([result(), result({ path: 'b.png' })]));
    expect(summary).toMatchObject({ truncated: false, rowsShown: 2 });
    expect(summary.markdown).not.toContain('truncated');
  });

  it('uses the budget exactly: a summary of N bytes fits in N, not in N - 1', () => {
    const small = report([result(), result({ path: 'b.png', status: 'failed' })]);
    const size = bytes(renderSummary(small).markdown);

    expect(renderSummary(small, { maxBytes: size })).toMatchObject({
      truncated: false,
      rowsShown: 2,
    });
    const tighter = renderSummary(small, { maxBytes: size - 1 });
    expect(tighter.truncated).toBe(true);
    expect(bytes(tighter.markdown)).toBeLessThanOrEqual(size - 1);
  });

  it('shortens a single huge row to fit a tiny budget', () => {
    const huge = report([
      result({ path: `${'界'.repeat(2000)}.png`, labels: labels(200), error: 'e'.repeat(500) }),
    ]);
    const summary = renderSummary(huge, { maxBytes: 3000 });

    expect(bytes(summary.markdown)).toBeLessThanOrEqual(3000);
    expect(summary).toMatchObject({ truncated: true, rowsShown: 1 });
    expect(rowLines(summary.markdown)[0]).toContain('界'.repeat(119) + '…');
    expect(summary.markdown).toContain('showing 1 of 1 images');
  });

  it('never exceeds maxBytes, however small', () => {
    const huge = report(
      [result({ path: `${'界'.repeat(2000)}.png`, labels: labels(200) }), result()],
      { resultsFile: 'r'.repeat(500) },
    );
    for (let maxBytes = 0; maxBytes <= 4000; maxBytes += 13) {
      const summary = renderSummary(huge, { maxBytes });
      expect(bytes(summary.markdown), `maxBytes ${maxBytes}`).toBeLessThanOrEqual(maxBytes);
      expect(summary.truncated).toBe(true);
    }
  });
});

describe('renderSummary with wait-for-results', () => {
  const waitReport = { seconds: 30, waited: 3, arrived: 2, timedOut: 1, unreadable: 0 };
  const note =
    'no result from the Lambda within 30 s (wait-for-results); it may still arrive in table prod_results';
  const waitedResults = [
    result({ path: 'a.png' }),
    result({ path: 'b.png', status: 'uploaded', labels: [], note }),
    result({
      path: 'c.png',
      status: 'failed',
      labels: [],
      error: 'The Lambda could not label it: bad',
    }),
    result({ path: 'd.png', status: 'uploaded', labels: [] }),
  ];
  const waited = report(waitedResults, { mode: 'upload-only', wait: waitReport });

  it('has no column that is empty on labeled rows: details go under the status', () => {
    expect(renderSummary(report([result()])).markdown).toContain(
      '<thead><tr><th>File</th><th>Status</th><th>Top labels</th></tr></thead>',
    );
  });

  it('shows a labeled-by-Lambda row like a direct-mode row', () => {
    const { markdown } = renderSummary(waited);
    const direct = renderSummary(report([result({ path: 'a.png' })])).markdown;
    const row = (md: string) => rowLines(md).find((l) => l.includes('>a.png<'));
    expect(row(markdown)).toBe(row(direct));
    expect(row(markdown)).toContain('<td>✅ labeled</td><td>Cat 98.1%</td></tr>');
  });

  it('shows the note under the status, escaped', () => {
    const { markdown } = renderSummary(waited);
    expect(rowLines(markdown).find((l) => l.includes('>b.png<'))).toContain(
      '<td>⬆️ uploaded<br><sub>no result from the Lambda within 30 s &#40;wait-for-results&#41;; ' +
        'it may still arrive in table prod&#95;results</sub></td><td></td></tr>',
    );
  });

  it('truncates a long note like an error', () => {
    const { markdown } = renderSummary(
      report([result({ status: 'uploaded', labels: [], note: 'n'.repeat(1000) })]),
    );
    expect(markdown).toContain(`<br><sub>${'n'.repeat(499)}…</sub></td>`);
    expect(markdown).not.toContain('n'.repeat(500));
  });

  it('puts uploaded rows with a note after failed and skipped rows, before the rest', () => {
    const { markdown } = renderSummary(
      report([
        ...waitedResults,
        result({ path: 'e.png', status: 'skipped', labels: [], error: 'refused' }),
      ]),
    );
    expect(rowPaths(markdown)).toEqual(['c.png', 'e.png', 'b.png', 'a.png', 'd.png']);
  });

  it('counts timed-out images in the totals and says where the labels came from', () => {
    const { markdown } = renderSummary(waited);
    expect(markdown).toContain(
      '\n**4 images:** 1 labeled (0 from cache), 2 uploaded (1 timed out), 1 failed, 0 skipped.\n\n' +
        "Labels of uploaded images come from the Lambda's items in the table " +
        '(waited up to 30 s: 2 of 3 arrived, 1 timed out).\n\n<table>',
    );
  });

  it('mentions unreadable items, and leaves the totals alone when none timed out', () => {
    const { markdown } = renderSummary(
      report([result()], {
        wait: { seconds: 5, waited: 2, arrived: 1, timedOut: 0, unreadable: 1 },
      }),
    );
    expect(markdown).toContain('0 uploaded, 0 failed');
    expect(markdown).toContain('(waited up to 5 s: 1 of 2 arrived, 1 could not be read).');
  });

  it('says nothing about waiting when the run did not wait', () => {
    const { markdown } = renderSummary(report([result({ status: 'uploaded', labels: [] })]));
    expect(markdown).not.toContain('Lambda');
    expect(markdown).not.toContain('timed out');
  });

  it('keeps the byte budget with notes', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      result({
        path: `images/${i}.png`,
        status: 'uploaded',
        labels: [],
        note: `${note} ${'界'.repeat(200)}`,
      }),
    );
    const summary = renderSummary(report(many, { wait: { ...waitReport, waited: 5_000 } }), {
      maxBytes: 200_000,
    });
    expect(bytes(summary.markdown)).toBeLessThanOrEqual(200_000);
    expect(summary.truncated).toBe(true);
  });
});

describe('renderSummary thumbnails and changes', () => {
  const moderated = (verdict: 'block' | 'clear') => ({
    verdict,
    labels: [],
    modelVersion: '7.0',
    findings: [],
  });

  it('draws a thumbnail from blob ?raw=true beside images a reviewer may look at', () => {
    const rows = [
      result({ path: 'ok.png', moderation: moderated('clear') }),
      result({ path: 'blocked.png', moderation: moderated('block') }),
      result({ path: 'bad.png', status: 'failed', labels: [], error: 'not an image' }),
      result({ path: 'fork.png', status: 'checked', labels: [], note: 'no credentials' }),
    ];
    const imgs = (markdown: string) =>
      [...markdown.matchAll(/<img src="([^"]+)" width="64" alt="">/g)].map((m) => m[1]).sort();
    // With moderation on, only a verdict that is known and not block is shown.
    const moderatedRun = renderSummary(
      report(rows, { thumbnails: true, moderation: { policySource: 'the built-in policy' } }),
    ).markdown;
    expect(imgs(moderatedRun)).toEqual([
      'https://github.com/octo/repo/blob/abc123/ok.png?raw=true',
    ]);
    expect(moderatedRun).toContain('⏸️ not labeled<br><sub>no credentials</sub>');
    const plain = renderSummary(report(rows, { thumbnails: true })).markdown;
    expect(imgs(plain)).toEqual([
      'https://github.com/octo/repo/blob/abc123/fork.png?raw=true',
      'https://github.com/octo/repo/blob/abc123/ok.png?raw=true',
    ]);
  });

  it('draws none when thumbnails are off, or without a commit to link to', () => {
    expect(renderSummary(report([result()])).markdown).not.toContain('<img');
    expect(
      renderSummary(report([result()], { thumbnails: true, commit: '' })).markdown,
    ).not.toContain('<img');
  });

  it('says which images were taken on a pull request', () => {
    const { markdown } = renderSummary(
      report([result()], {
        changes: { description: "only the changed images, from pull request #4's files" },
      }),
    );
    expect(markdown).toContain(
      'Images: only the changed images, from pull request &#35;4&#39;s files.\n',
    );
  });
});
