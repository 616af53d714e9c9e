import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkLicenses,
  disallowedIds,
  findLicenseFiles,
  main,
  parseLicenseFile,
  parseSpdx,
} from '../../scripts/check-licenses.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ALLOWED: string[] = JSON.parse(
  readFileSync(join(ROOT, '.github/licenses-allowed.json'), 'utf8'),
).allowed;

const MIT_TEXT = `The MIT License (MIT)

Copyright (c) Someone

Permission is hereby granted, free of charge, to any person obtaining a copy.
`;

/** A file as ncc writes it: sorted names, texts with blank lines, an id without a text. */
const NCC_FILE = [
  '@scope/with-text',
  'Apache-2.0',
  '                                 Apache License',
  '',
  '   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION',
  '',
  '   END OF TERMS AND CONDITIONS',
  '',
  '',
  '@scope/without-text',
  'Apache-2.0',
  '',
  'balanced-match',
  'MIT',
  '(MIT)',
  '',
  'Original code Copyright Julian Gruber',
  '',
  'dual',
  '(MIT OR Apache-2.0)',
  MIT_TEXT,
  'minimatch',
  'BlueOak-1.0.0',
  '# Blue Oak Model License',
  '',
  'Version 1.0.0',
  '',
].join('\n');

const GPL_FILE = `${NCC_FILE}\nreadline-gpl\nGPL-3.0\n                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n`;

describe('parseLicenseFile', () => {
  it('reads the packages and their licence lines, whatever blank lines the texts hold', () => {
    expect(parseLicenseFile(NCC_FILE)).toEqual([
      { name: '@scope/with-text', license: 'Apache-2.0' },
      { name: '@scope/without-text', license: 'Apache-2.0' },
      { name: 'balanced-match', license: 'MIT' },
      { name: 'dual', license: '(MIT OR Apache-2.0)' },
      { name: 'minimatch', license: 'BlueOak-1.0.0' },
    ]);
    expect(parseLicenseFile(NCC_FILE.replace(/\n/g, '\r\n'))).toHaveLength(5);
  });

  it('reads a package without a licence line as having none', () => {
    expect(parseLicenseFile('a\nMIT\n\nb\n\nc\nISC\n')).toEqual([
      { name: 'a', license: 'MIT' },
      { name: 'b', license: null },
      { name: 'c', license: 'ISC' },
    ]);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['blank lines only', '\n\n', /empty/],
    ['a file that starts with text', 'Permission is hereby granted\nMIT\n', /line 1 is not/],
    ['a file that starts with a blank line', '\na\nMIT\n', /line 1 is not/],
    ['names out of order', 'b\nMIT\n\na\nMIT\n', /"a" comes after "b"/],
  ])('refuses %s', (_, text, error) => {
    expect(() => parseLicenseFile(text)).toThrow(error);
  });
});

describe('SPDX expressions against the allow list', () => {
  it.each([
    'MIT',
    'mit',
    '(MIT)',
    '(MIT OR Apache-2.0)',
    'MIT OR GPL-3.0-only',
    '(MIT AND BSD-3-Clause)',
    'Apache-2.0 WITH LLVM-exception',
    'Apache-2.0+',
    '(GPL-2.0-only OR (MIT AND ISC))',
    'mit or gpl-3.0-only',
  ])('allows %s', (expression) => {
    expect(disallowedIds(expression, ALLOWED)).toEqual([]);
  });

  it.each([
    ['GPL-3.0', ['GPL-3.0']],
    ['(MIT AND GPL-3.0)', ['GPL-3.0']],
    ['(GPL-2.0-only OR LGPL-3.0-only)', ['GPL-2.0-only', 'LGPL-3.0-only']],
    ['GPL-2.0-only WITH Classpath-exception-2.0', ['GPL-2.0-only']],
    ['UNLICENSED', ['UNLICENSED']],
    ['LicenseRef-Proprietary', ['LicenseRef-Proprietary']],
  ])('refuses %s, naming %j', (expression, bad) => {
    expect(disallowedIds(expression, ALLOWED)).toEqual(bad);
  });

  it.each([
    'SEE LICENSE IN LICENSE.md',
    'Apache 2.0',
    'MIT OR',
    '(MIT',
    'MIT)',
    'MIT AND AND ISC',
    'MIT/X11',
    '',
  ])('%j is not an SPDX expression', (expression) => {
    expect(() => parseSpdx(expression)).toThrow(/is not an SPDX expression|unexpected character/);
  });

  it('parses AND before OR', () => {
    expect(parseSpdx('A OR B AND C')).toEqual({
      or: [{ license: 'A' }, { and: [{ license: 'B' }, { license: 'C' }] }],
    });
  });
});

describe('checkLicenses', () => {
  it('passes a file whose licences are all allowed, listing packages per licence', () => {
    const result = checkLicenses([{ path: 'dist/licenses-main.txt', text: NCC_FILE }], ALLOWED);
    expect(result.problems).toEqual([]);
    expect(result.packages).toBe(5);
    expect(result.byLicense).toEqual(
      new Map([
        ['(MIT OR Apache-2.0)', ['dual']],
        ['Apache-2.0', ['@scope/with-text', '@scope/without-text']],
        ['BlueOak-1.0.0', ['minimatch']],
        ['MIT', ['balanced-match']],
      ]),
    );
  });

  it('fails a GPL-3.0 package, naming it', () => {
    const result = checkLicenses([{ path: 'dist/licenses-main.txt', text: GPL_FILE }], ALLOWED);
    expect(result.problems).toEqual([
      'dist/licenses-main.txt: readline-gpl is licensed GPL-3.0: GPL-3.0 not allowed',
    ]);
  });

  it('names every bad package: missing licence, non-SPDX licence, unparsable file', () => {
    const result = checkLicenses(
      [
        { path: 'a.txt', text: 'x\n\ny\nSEE LICENSE IN LICENSE\nAll rights reserved.\n' },
        { path: 'b.txt', text: 'Some text that is no package\n' },
        { path: 'c.txt', text: GPL_FILE },
      ],
      ALLOWED,
    );
    expect(result.problems).toEqual([
      'a.txt: x has no licence',
      'a.txt: y: "SEE LICENSE IN LICENSE" is not an SPDX expression ("LICENSE" where an operator or the end was expected)',
      'b.txt: cannot be parsed: line 1 is not a package name: "Some text that is no package"',
      'c.txt: readline-gpl is licensed GPL-3.0: GPL-3.0 not allowed',
    ]);
  });

  it('fails when there is no licence file', () => {
    expect(checkLicenses([], ALLOWED).problems).toEqual(['no licence files to check']);
  });

  it('passes the committed bundles, each package found in node_modules', () => {
    const files = findLicenseFiles(join(ROOT, 'dist'));
    expect(files.map((file) => file.slice(ROOT.length))).toEqual(
      expect.arrayContaining(['dist/licenses-main.txt', 'dist/lambda/licenses-main.txt']),
    );
    const texts = files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const result = checkLicenses(texts, ALLOWED);
    expect(result.problems).toEqual([]);
    expect(result.byLicense.get('MIT')).toContain('@actions/core');
    expect(result.byLicense.get('Apache-2.0')).toContain('@aws-sdk/client-rekognition');
    // No licence text line was taken for a package name.
    for (const names of result.byLicense.values()) {
      for (const name of names) {
        expect(existsSync(join(ROOT, 'node_modules', name, 'package.json')), name).toBe(true);
      }
    }
  });
});

describe('the command line', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('exits 0 on the committed bundles and prints the packages per licence', () => {
    const result = spawnSync(process.execPath, ['scripts/check-licenses.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^MIT \(\d+\): .*@actions\/core/m);
    expect(result.stdout).toMatch(/Every licence is allowed/);
  });

  it('exits 1 naming the package when a bundle holds a GPL-3.0 package', () => {
    dir = mkdtempSync(join(tmpdir(), 'check-licenses-'));
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'dist/lambda'), { recursive: true });
    writeFileSync(join(dir, '.github/licenses-allowed.json'), JSON.stringify({ allowed: ALLOWED }));
    writeFileSync(join(dir, 'dist/licenses-main.txt'), NCC_FILE);
    writeFileSync(join(dir, 'dist/lambda/licenses-main.txt'), GPL_FILE);
    const errors: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    expect(main(dir)).toBe(1);
    expect(errors[0]).toBe(
      'error: dist/lambda/licenses-main.txt: readline-gpl is licensed GPL-3.0: GPL-3.0 not allowed',
    );
  });

  it('exits 1 when dist/ holds no licence file', () => {
    dir = mkdtempSync(join(tmpdir(), 'check-licenses-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/licenses-allowed.json'), JSON.stringify({ allowed: ALLOWED }));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(dir)).toBe(1);
  });
});
