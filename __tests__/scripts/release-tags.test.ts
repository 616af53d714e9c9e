import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compareVersions, decideTags, main, parseReleaseTag } from '../../scripts/release-tags.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/release-tags.mjs', import.meta.url));

describe('decideTags', () => {
  it('moves the major and the minor tag for a final release', () => {
    expect(decideTags({ tag: 'v1.2.3', packageVersion: '1.2.3' })).toEqual({
      move: ['v1', 'v1.2'],
      notes: [],
    });
    expect(decideTags({ tag: 'v2.0.0', packageVersion: '2.0.0' }).move).toEqual(['v2', 'v2.0']);
  });

  it('fails when the tag is not package.json version, naming both', () => {
    expect(() => decideTags({ tag: 'v1.2.3', packageVersion: '1.2.4' })).toThrow(
      "release tag v1.2.3 does not match package.json's version 1.2.4 (expected tag v1.2.4)",
    );
  });

  it('fails for a tag without the leading v', () => {
    expect(() => decideTags({ tag: '1.2.3', packageVersion: '1.2.3' })).toThrow(
      'release tag "1.2.3" must start with "v", as in v1.2.3',
    );
  });

  it('moves nothing for a prerelease version, and says why', () => {
    // @v1 promises final releases only, so a release candidate must not reach its users.
    expect(decideTags({ tag: 'v1.3.0-rc.1', packageVersion: '1.3.0-rc.1' })).toEqual({
      move: [],
      notes: [
        'v1.3.0-rc.1 is a prerelease version: v1 and v1.3 only move to final releases, so nothing moves.',
      ],
    });
  });

  it('moves nothing for a release marked as prerelease on GitHub', () => {
    const decision = decideTags({ tag: 'v1.3.0', packageVersion: '1.3.0', markedPrerelease: true });
    expect(decision.move).toEqual([]);
    expect(decision.notes[0]).toMatch(/^the release v1\.3\.0 is marked as a prerelease/);
  });

  it.each([
    'v1',
    'v1.2',
    'v1.2.3.4',
    'v01.2.3',
    'v1.2.x',
    'v1.2.3-',
    'v1.2.3+build',
    'vv1.2.3',
    '',
  ])('fails for the malformed tag %j', (tag) => {
    expect(() => decideTags({ tag, packageVersion: tag.slice(1) })).toThrow(/release tag/);
  });

  it('does not move a tag back to a lower version', () => {
    // A fix on an older line: v1.1 moves, v1 stays on the newer 1.2 line.
    expect(
      decideTags({
        tag: 'v1.1.5',
        packageVersion: '1.1.5',
        current: { v1: '1.2.0', 'v1.1': '1.1.4' },
      }),
    ).toEqual({ move: ['v1.1'], notes: ['v1 stays at 1.2.0: it is higher than 1.1.5.'] });
    expect(
      decideTags({
        tag: 'v1.2.1',
        packageVersion: '1.2.1',
        current: { v1: '1.2.3', 'v1.2': '1.2.3' },
      }).move,
    ).toEqual([]);
  });

  it('moves tags that point at the same or a lower version, or do not exist yet', () => {
    expect(
      decideTags({ tag: 'v1.2.3', packageVersion: '1.2.3', current: { v1: '1.2.3' } }).move,
    ).toEqual(['v1', 'v1.2']);
    expect(
      decideTags({ tag: 'v1.10.0', packageVersion: '1.10.0', current: { v1: '1.9.9' } }).move,
    ).toEqual(['v1', 'v1.10']);
  });
});

describe('versions', () => {
  it('parses a release tag', () => {
    expect(parseReleaseTag('v1.3.0-rc.1')).toEqual({
      major: 1,
      minor: 3,
      patch: 0,
      prerelease: ['rc', '1'],
    });
  });

  it('orders versions by Semantic Versioning precedence', () => {
    const sorted = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.9',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 1; i < sorted.length; i++) {
      expect(compareVersions(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
      expect(compareVersions(sorted[i]!, sorted[i - 1]!)).toBeGreaterThan(0);
    }
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
  });
});

describe('the command line, in a git repository', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });

  /** A repository whose history has the given versions, each commit tagged with its tags. */
  function repository(history: Array<[version: string, tags: string[]]>): string {
    dir = mkdtempSync(join(tmpdir(), 'release-tags-'));
    git('init', '--quiet');
    for (const [version, tags] of history) {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
      git('add', 'package.json');
      git('commit', '--quiet', '-m', version);
      for (const tag of tags) git('tag', tag);
    }
    return dir;
  }

  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });

  it('prints the tags to move, one per line', () => {
    const cwd = repository([
      ['1.1.0', ['v1.1.0', 'v1', 'v1.1']],
      ['1.2.0', ['v1.2.0']],
    ]);
    const result = run(cwd, 'v1.2.0', '--prerelease', 'false');
    expect(result).toMatchObject({ status: 0, stdout: 'v1\nv1.2\n', stderr: '' });
  });

  it("reads each moving tag's version from package.json at that tag", () => {
    const cwd = repository([
      ['1.1.4', ['v1.1.4', 'v1.1']],
      ['1.2.0', ['v1.2.0', 'v1', 'v1.2']],
      ['1.1.5', []],
    ]);
    expect(main(['v1.1.5'], cwd)).toEqual({
      move: ['v1.1'],
      notes: ['v1 stays at 1.2.0: it is higher than 1.1.5.'],
    });
    const result = run(cwd, 'v1.1.5');
    expect(result).toMatchObject({ status: 0, stdout: 'v1.1\n' });
    expect(result.stderr).toContain('v1 stays at 1.2.0');
  });

  it('exits 1 with the reason, printing no tag', () => {
    const cwd = repository([['1.2.3', []]]);
    expect(run(cwd, 'v1.2.4')).toMatchObject({
      status: 1,
      stdout: '',
      stderr:
        "error: release tag v1.2.4 does not match package.json's version 1.2.3 (expected tag v1.2.3)\n",
    });
    expect(run(cwd, '1.2.3')).toMatchObject({ status: 1, stdout: '' });
    expect(run(cwd)).toMatchObject({ status: 1, stderr: expect.stringMatching(/usage/) });
    expect(run(cwd, 'v1.2.3', '--prerelease', 'maybe')).toMatchObject({ status: 1 });
  });

  it('prints nothing for a release marked as prerelease', () => {
    const cwd = repository([['1.3.0', []]]);
    const result = run(cwd, 'v1.3.0', '--prerelease', 'true');
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(result.stderr).toMatch(/marked as a prerelease/);
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = readFileSync(
    new URL('../../.github/workflows/release.yml', import.meta.url),
    'utf8',
  );

  it('runs on published releases and moves tags with the script, only in a job that may write', () => {
    expect(workflow).toMatch(/^ {2}release:\n {4}types: \[published\]$/m);
    expect(workflow).toContain('node scripts/release-tags.mjs "$TAG" --prerelease "$prerelease"');
    expect(workflow).toContain('git push --force --atomic origin "${refs[@]}"');
    expect(workflow).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(workflow.match(/contents: write/g)).toHaveLength(1);
    const moveTags = workflow.slice(workflow.indexOf('\n  move-tags:'));
    expect(moveTags).toContain('contents: write');
    expect(moveTags).not.toMatch(/npm (ci|install)/);
  });

  it('checks dist/ and the licences before any tag moves', () => {
    const verify = workflow.slice(
      workflow.indexOf('\n  verify:'),
      workflow.indexOf('\n  move-tags:'),
    );
    expect(verify).toContain('npm run bundle');
    expect(verify).toContain('git status --porcelain -- dist');
    expect(verify).toContain('npm run check:licenses');
    expect(workflow).toMatch(/move-tags:\n(?: {4}.*\n)*? {4}needs: verify\n/);
  });
});
