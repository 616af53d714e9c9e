import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/action/changed-files.js';
import type { Git } from '../../src/action/git-diff.js';
import type { GitHubApi } from '../../src/action/github-api.js';
import { selectImages } from '../../src/action/review-selection.js';
import type { RunContext } from '../../src/action/run-context.js';
import type { WorkspaceMatch } from '../../src/action/workspace-files.js';

const context: RunContext = {
  repository: 'o/r',
  serverUrl: 'https://github.com',
  eventName: 'pull_request',
  ref: 'refs/pull/4/merge',
  branch: 'feature',
  commit: 'c'.repeat(40),
  runId: '1',
  pullRequest: 4,
  workspace: '/ws',
  changeRange: { base: 'a'.repeat(40), head: 'c'.repeat(40) },
};

const match = (path: string): WorkspaceMatch =>
  ({ path, absolutePath: `/ws/${path}` }) as WorkspaceMatch;

const noGit: Git = {
  hasCommit: async () => false,
  diff: async () => [],
};

function api(files: ChangedFile[]): () => Promise<GitHubApi> {
  const unused = () => Promise.reject(new Error('not used'));
  return async () => ({
    pullFiles: async () => files,
    comments: unused,
    createComment: unused,
    updateComment: unused,
    viewer: async () => undefined,
  });
}

const inputs = { onlyChanged: true, images: 'course/images/**/*.png' };

describe('selectImages', () => {
  it('maps the repository’s paths into the workspace, and lists images renamed out of the globs as removed', async () => {
    const selection = await selectImages(
      inputs,
      context,
      [match('course/images/a.png'), match('course/images/keep.png')],
      {
        api: api([
          { path: 'images/a.png', status: 'modified' },
          { path: 'archive/b.png', status: 'renamed', previousPath: 'images/b.png' },
          { path: 'images/c.png', status: 'removed' },
        ]),
        git: noGit,
        toWorkspace: (path) => `course/${path}`,
      },
    );
    expect(selection.files.map((f) => f.path)).toEqual(['course/images/a.png']);
    expect(selection.removed).toEqual([
      { path: 'course/images/b.png', status: 'removed' },
      { path: 'course/images/c.png', status: 'removed' },
    ]);
    expect(selection.notes).toEqual([]);
  });

  it('says so when changed images the globs select are missing from the workspace', async () => {
    const selection = await selectImages(inputs, context, [], {
      api: api([{ path: 'course/images/new.png', status: 'added' }]),
      git: noGit,
    });
    expect(selection.files).toEqual([]);
    expect(selection.notes).toEqual([
      "1 changed image(s) the `images` input selects are not in the workspace (course/images/new.png), so they are not labeled: check out the pull request's head commit (actions/checkout's default on pull_request).",
    ]);
  });

  it('names an empty token, and takes every image when git cannot help either', async () => {
    const selection = await selectImages(inputs, context, [match('course/images/a.png')], {
      git: noGit,
    });
    expect(selection.onlyChanged).toBe(false);
    expect(selection.files).toHaveLength(1);
    expect(selection.notes[0]).toBe(
      '`github-token` is empty, so the pull request files API is not asked; reading the changes with git.',
    );
    expect(selection.source).toContain('is not in the checkout (a shallow clone)');
  });
});
