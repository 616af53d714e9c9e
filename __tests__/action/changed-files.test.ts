import { describe, expect, it } from 'vitest';
import { type ChangedFile, findChanges } from '../../src/action/changed-files.js';
import type { Git } from '../../src/action/git-diff.js';
import type { GitHubApi } from '../../src/action/github-api.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function api(pullFiles: GitHubApi['pullFiles']): GitHubApi {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    pullFiles,
    comments: unused,
    createComment: unused,
    updateComment: unused,
    viewer: async () => undefined,
  };
}

function git(files: ChangedFile[], commits: string[] = [BASE, HEAD]): Git & { diffs: string[][] } {
  const diffs: string[][] = [];
  return {
    diffs,
    hasCommit: async (sha) => commits.includes(sha),
    diff: async (base, head) => {
      diffs.push([base, head]);
      return files;
    },
  };
}

const fromGit: ChangedFile[] = [{ path: 'g.png', status: 'added' }];
const range = { base: BASE, head: HEAD };

describe('findChanges', () => {
  it('takes the files API when it lists fewer than 3,000 files, and never asks git', async () => {
    const g = git(fromGit);
    const set = await findChanges({
      pullRequest: 7,
      api: api(async () => [{ path: 'a.png', status: 'modified' }]),
      range,
      git: g,
    });
    expect(set).toEqual({
      kind: 'changed',
      files: [{ path: 'a.png', status: 'modified' }],
      source: "pull request #7's files",
      notes: [],
    });
    expect(g.diffs).toEqual([]);
  });

  it('falls back to git at the 3,000-file cap, and says why', async () => {
    const capped = Array.from({ length: 3000 }, (_, i) => ({
      path: `f${i}.png`,
      status: 'added' as const,
    }));
    const g = git(fromGit);
    const set = await findChanges({ pullRequest: 7, api: api(async () => capped), range, git: g });
    expect(set.kind).toBe('changed');
    expect(set.kind === 'changed' && set.files).toEqual(fromGit);
    expect(set.kind === 'changed' && set.source).toBe(
      `git diff ${BASE.slice(0, 12)}...${HEAD.slice(0, 12)}`,
    );
    expect(set.notes[0]).toMatch(/lists only the first 3000; reading its changes with git/);
    expect(g.diffs).toEqual([[BASE, HEAD]]);
  });

  it('falls back to git when the API fails, with the status in the note', async () => {
    const error = Object.assign(new Error('Server Error'), { status: 502 });
    const set = await findChanges({
      pullRequest: 7,
      api: api(async () => Promise.reject(error)),
      range,
      git: git(fromGit),
    });
    expect(set.kind === 'changed' && set.files).toEqual(fromGit);
    expect(set.notes).toEqual([
      "Listing pull request #7's files failed (HTTP 502: Server Error); reading its changes with git instead.",
    ]);
  });

  it('labels everything, asking for fetch-depth: 0, when the base commit is not checked out', async () => {
    const set = await findChanges({ pullRequest: 7, range, git: git(fromGit, [HEAD]) });
    expect(set).toMatchObject({ kind: 'all' });
    expect(set.kind === 'all' && set.reason).toContain(
      'is not in the checkout (a shallow clone): set `fetch-depth: 0`',
    );
  });

  it('diffs against HEAD when the head commit is not there (the merge commit is checked out)', async () => {
    const g = git(fromGit, [BASE]);
    await findChanges({ range, git: g });
    expect(g.diffs).toEqual([[BASE, 'HEAD']]);
  });

  it('labels everything when the event names no base', async () => {
    expect(await findChanges({ git: git(fromGit) })).toEqual({
      kind: 'all',
      reason: 'the event names no base commit to compare with',
      notes: [],
    });
  });
});
