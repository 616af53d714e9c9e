import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitIn } from '../helpers/git.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateRepository, parseNameStatus, workspaceGit } from '../../src/action/git-diff.js';

let repo: string;
let base: string;
let head: string;

const git = (...args: string[]) => gitIn(repo)(...args);

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'git-diff-'));
  git('init', '-q', '-b', 'main');
  await mkdir(join(repo, 'images'));
  await writeFile(join(repo, 'images', 'keep.png'), 'keep');
  await writeFile(join(repo, 'images', 'edit.png'), 'before');
  await writeFile(join(repo, 'images', 'old name.png'), 'a'.repeat(200));
  await writeFile(join(repo, 'images', 'gone.png'), 'gone');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  await writeFile(join(repo, 'images', 'edit.png'), 'after');
  await rename(join(repo, 'images', 'old name.png'), join(repo, 'images', 'café é.png'));
  await rm(join(repo, 'images', 'gone.png'));
  await writeFile(join(repo, 'images', 'new.png'), 'new');
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  head = git('rev-parse', 'HEAD');
  // The base branch moves on after the fork: base...head must not list its change.
  git('checkout', '-q', 'main');
  await writeFile(join(repo, 'images', 'keep.png'), 'changed on main');
  git('commit', '-q', '-am', 'main moves');
  git('checkout', '-q', 'feature');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('workspaceGit', () => {
  it('lists what head changed since the merge base, with renames and non-ASCII paths', async () => {
    const main = git('rev-parse', 'main');
    const files = await workspaceGit(repo).diff(main, head);
    expect(files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'images/café é.png', status: 'renamed', previousPath: 'images/old name.png' },
      { path: 'images/edit.png', status: 'modified' },
      { path: 'images/gone.png', status: 'removed' },
      { path: 'images/new.png', status: 'added' },
    ]);
    expect(base).not.toBe(main);
  });

  it('tells a commit that is there from one that is not', async () => {
    const g = workspaceGit(repo);
    expect(await g.hasCommit(base)).toBe(true);
    expect(await g.hasCommit('0123456789abcdef0123456789abcdef01234567')).toBe(false);
    expect(await g.hasCommit('--output=/tmp/x')).toBe(false);
  });

  it('throws with git’s own words when the diff cannot be made', async () => {
    await expect(workspaceGit(repo).diff('deadbeefdeadbeef', head)).rejects.toThrow(
      /git diff exited with 128/,
    );
  });
});

describe('locateRepository', () => {
  it('maps repository paths to workspace paths when the workspace is the repository', async () => {
    const place = await locateRepository(repo, undefined);
    expect(place.root).toBe(await realRoot(repo));
    expect(place.toWorkspace('images/a.png')).toBe('images/a.png');
  });

  it('prefixes them when the repository is checked out below the workspace (checkout path:)', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'ws-'));
    try {
      await rename(repo, join(workspace, 'course'));
      const place = await locateRepository(workspace, join(workspace, 'course', 'images'));
      expect(place.toWorkspace('images/a.png')).toBe('course/images/a.png');
      expect(place.root).toBe(await realRoot(join(workspace, 'course')));
    } finally {
      await rename(join(workspace, 'course'), repo);
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('drops paths outside a workspace that is a folder of the repository', async () => {
    const place = await locateRepository(join(repo, 'images'), undefined);
    expect(place.toWorkspace('images/a.png')).toBe('a.png');
    expect(place.toWorkspace('README.md')).toBeUndefined();
  });

  it('leaves paths alone where there is no repository', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'plain-'));
    try {
      const place = await locateRepository(plain, plain);
      expect(place).toMatchObject({ root: plain });
      expect(place.toWorkspace('images/a.png')).toBe('images/a.png');
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});

async function realRoot(dir: string): Promise<string> {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

describe('parseNameStatus', () => {
  it('reads -z output, a newline inside a path included', () => {
    const out = [
      'M',
      'a\nb.png',
      'R087',
      'x.png',
      'y.png',
      'C100',
      'p.png',
      'q.png',
      'T',
      't.png',
      'D',
      'd.png',
      '',
    ].join('\0');
    expect(parseNameStatus(out)).toEqual([
      { path: 'a\nb.png', status: 'modified' },
      { path: 'y.png', status: 'renamed', previousPath: 'x.png' },
      { path: 'q.png', status: 'copied', previousPath: 'p.png' },
      { path: 't.png', status: 'changed' },
      { path: 'd.png', status: 'removed' },
    ]);
  });
});
