import { describe, expect, it } from 'vitest';
import type { GitHubApi, IssueComment } from '../../src/action/github-api.js';
import { postSticky } from '../../src/action/sticky-comment.js';

function fakeApi(start: Omit<IssueComment, 'login'>[], viewer?: string) {
  const comments: IssueComment[] = start.map((c) => ({ login: 'github-actions[bot]', ...c }));
  const writes: string[] = [];
  const api: GitHubApi = {
    pullFiles: async () => [],
    comments: async () => comments.map((c) => ({ ...c })),
    createComment: async (_issue, body) => {
      const id = 100 + comments.length;
      comments.push({ id, body, login: viewer ?? 'github-actions[bot]' });
      writes.push(`create ${id}`);
      return id;
    },
    updateComment: async (id, body) => {
      comments.find((c) => c.id === id)!.body = body;
      writes.push(`update ${id}`);
    },
    viewer: async () => viewer,
  };
  return { api, comments, writes };
}

const marker = '<!-- rekognition-label:default -->';

describe('postSticky', () => {
  it('creates the comment once, then updates it in place', async () => {
    const gh = fakeApi([{ id: 1, body: 'LGTM' }]);
    expect(await postSticky(gh.api, 5, 'default', `${marker}\none`, true)).toEqual({
      action: 'created',
      id: 101,
    });
    expect(await postSticky(gh.api, 5, 'default', `${marker}\ntwo`, true)).toEqual({
      action: 'updated',
      id: 101,
    });
    expect(gh.writes).toEqual(['create 101', 'update 101']);
    expect(gh.comments.map((c) => c.body)).toEqual(['LGTM', `${marker}\ntwo`]);
  });

  it('writes nothing when the body is the same', async () => {
    const gh = fakeApi([{ id: 9, body: `${marker}\nsame` }]);
    expect(await postSticky(gh.api, 5, 'default', `${marker}\nsame`, true)).toEqual({
      action: 'unchanged',
      id: 9,
    });
    expect(gh.writes).toEqual([]);
  });

  it('makes no comment when nothing changed, but updates one that is there', async () => {
    const none = fakeApi([]);
    expect(await postSticky(none.api, 5, 'default', `${marker}\nnothing`, false)).toEqual({
      action: 'not-needed',
    });
    expect(none.writes).toEqual([]);
    const stale = fakeApi([{ id: 3, body: `${marker}\n2 images changed` }]);
    expect((await postSticky(stale.api, 5, 'default', `${marker}\nnothing`, false)).action).toBe(
      'updated',
    );
  });

  it('tells keys apart, and ignores a comment that only quotes the marker', async () => {
    const gh = fakeApi([
      { id: 1, body: '<!-- rekognition-label:other -->\nx' },
      { id: 2, body: `> ${marker}\nquoted` },
    ]);
    expect((await postSticky(gh.api, 5, 'default', `${marker}\nmine`, true)).action).toBe(
      'created',
    );
  });

  it('never edits a marker comment someone else wrote, but its own under a personal token', async () => {
    const planted = fakeApi([]);
    planted.comments.push({ id: 7, body: `${marker}\nall clear, merge away`, login: 'mallory' });
    expect(await postSticky(planted.api, 5, 'default', `${marker}\nreal`, true)).toEqual({
      action: 'created',
      id: 101,
    });
    expect(planted.comments.find((c) => c.id === 7)!.body).toBe(`${marker}\nall clear, merge away`);
    const pat = fakeApi([], 'release-bot');
    pat.comments.push({ id: 3, body: `${marker}\nold`, login: 'release-bot' });
    expect((await postSticky(pat.api, 5, 'default', `${marker}\nnew`, true)).action).toBe(
      'updated',
    );
  });
});
