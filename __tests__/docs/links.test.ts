import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, anchors, brokenLinks, documentationFiles, proseLines, slug } from './markdown.js';

describe('links in the documentation', () => {
  it.each(documentationFiles())('%s: every relative link and #anchor has a target', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it('covers the README, every docs/*.md and the component READMEs', () => {
    const files = documentationFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/README.md');
    expect(files).toContain('docs/deploy.md');
    expect(files).toContain('local-stack/README.md');
    expect(files).toContain('bench/README.md');
  });
});

describe('the link check itself', () => {
  const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'code.ts'), '');
  writeFileSync(
    join(root, 'docs', 'guide.md'),
    ['# Guide', '', '## Set-up: the `bucket`', '', '## Set-up: the `bucket`', ''].join('\n'),
  );
  const check = (markdown: string) => {
    writeFileSync(join(root, 'README.md'), markdown);
    return brokenLinks('README.md', root);
  };

  it('accepts existing files, folders, headings and numbered duplicate headings', () => {
    const markdown = [
      '# Top',
      '',
      '[a](docs/guide.md) [b](docs/) [c](src) [d](#top) [e](https://example.com/x.md#nowhere)',
      '[f](docs/guide.md#set-up-the-bucket) [g](docs/guide.md#set-up-the-bucket-1)',
      '[h](<docs/guide.md> "title") ![i](src/code.ts)',
      '',
      '[ref]: docs/guide.md#guide',
    ].join('\n');
    expect(check(markdown)).toEqual([]);
  });

  it('reports a missing file, a missing anchor and an anchor into a non-Markdown file', () => {
    const markdown = [
      '# Top',
      '',
      'See [the guide](docs/gide.md), [setup](docs/guide.md#setup), [top](#bottom),',
      '[code](src/code.ts#L1), and [a third](docs/guide.md#set-up-the-bucket-2).',
      '',
      '[ref]: missing/',
    ].join('\n');
    expect(check(markdown)).toEqual([
      'README.md:3: docs/gide.md: docs/gide.md does not exist',
      'README.md:3: docs/guide.md#setup: no heading in docs/guide.md has the anchor #setup',
      'README.md:3: #bottom: no heading in README.md has the anchor #bottom',
      'README.md:4: src/code.ts#L1: an anchor into a file that is not Markdown',
      'README.md:4: docs/guide.md#set-up-the-bucket-2: no heading in docs/guide.md has the anchor #set-up-the-bucket-2',
      'README.md:6: missing/: missing does not exist',
    ]);
  });

  it('ignores links inside code blocks and code spans', () => {
    expect(check(['```md', '[x](nowhere.md)', '```', '`[y](nowhere.md)`'].join('\n'))).toEqual([]);
  });

  it("follows GitHub's slug rules", () => {
    expect(slug("Waiting for the Lambda's results")).toBe('waiting-for-the-lambdas-results');
    expect(slug('Deploy by hand: the exact IAM policies')).toBe(
      'deploy-by-hand-the-exact-iam-policies',
    );
    expect(slug('Environment, S3 keys and metadata')).toBe('environment-s3-keys-and-metadata');
    expect(slug('The `results` output_file [link](x.md)')).toBe('the-results-output_file-link');
    expect([...anchors('# A\n## A\n```\n# A\n```\n### A\n')]).toEqual(['a', 'a-1', 'a-2']);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('lists every input of action.yml with its default, and every output', () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const section = (name: string) =>
      new RegExp(`^${name}:\\n((?:(?: {2}.*)?\\n)*)`, 'm').exec(action)?.[1] ?? '';
    const keys = (name: string) =>
      [...section(name).matchAll(/^ {2}([\w-]+):/gm)].map((m) => m[1]!);
    const table = (header: string) =>
      new Map(
        [...readme.matchAll(new RegExp(`^## ${header}\\n[\\s\\S]*?(?=^## )`, 'gm'))]
          .flatMap(([text]) => [...text.matchAll(/^\| `([\w-]+)` +\| ([^|]+?) +\|/gm)])
          .map(([, key, second]) => [key!, second!]),
      );
    const inputs = table('Inputs');
    expect(keys('inputs').length).toBeGreaterThan(10);
    expect([...inputs.keys()]).toEqual(keys('inputs'));
    for (const input of keys('inputs')) {
      const declared = new RegExp(`^ {2}${input}:\\n(?: {4}.*\\n)*? {4}default: '(.*)'`, 'm');
      const value = declared.exec(action)?.[1];
      expect(inputs.get(input), input).toBe(`\`${value === '' ? "''" : value}\``);
    }
    expect(keys('outputs').length).toBeGreaterThan(5);
    expect([...table('Outputs').keys()]).toEqual(keys('outputs'));
  });

  it('fits on one page: at most 420 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(420);
  });

  it('opens with a Contents list that links every section to its heading', () => {
    const lines = proseLines(readme).map(({ line }) => line);
    const start = lines.indexOf('## Contents');
    expect(start, 'a "## Contents" heading').toBeGreaterThan(-1);
    const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
    const block = lines.slice(start + 1, end);
    for (const item of block.filter((line) => /^\s*[-*] /.test(line))) {
      expect(item, 'each entry is a link to a heading').toMatch(/^\s*[-*] \[[^\]]+\]\(#/);
    }
    const entries = block.flatMap((line) =>
      [...line.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!),
    );
    expect(entries.length).toBeGreaterThan(5);
    const defined = anchors(readme);
    for (const anchor of entries) expect(defined.has(anchor), `#${anchor}`).toBe(true);
    const sections = lines
      .filter((line) => /^## /.test(line) && line !== '## Contents')
      .map((line) => slug(line.slice(3)));
    expect(entries).toEqual(expect.arrayContaining(sections));
    expect(
      lines.find((line) => /^## /.test(line)),
      'the first section',
    ).toBe('## Contents');
  });
});
