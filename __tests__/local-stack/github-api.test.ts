import { getOctokit } from '@actions/github';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type GitHubApi,
  LOCAL_GITHUB_READ_TOKEN,
  LOCAL_GITHUB_WRITE_TOKEN,
  type PullFileInput,
  startGitHubApi,
} from '../../local-stack/github-api.js';
import { startLocalStack } from '../../local-stack/stack.js';
import { githubAdmin, spawnLocalStack } from '../helpers/stack.js';

const OWNER = 'octo-org';
const REPO = 'photos';
const PR = 7;
const START = Date.UTC(2025, 0, 2, 3, 4, 5);

let api: GitHubApi;
let now = START;

const files = (count: number, prefix = 'images/photo-'): PullFileInput[] =>
  Array.from({ length: count }, (_, i) => ({
    filename: `${prefix}${String(i).padStart(4, '0')}.png`,
    status: 'added',
  }));

const octokit = (token = LOCAL_GITHUB_WRITE_TOKEN) => getOctokit(token, { baseUrl: api.url });

/** A raw request, to see exactly what is on the wire. */
async function raw(path: string, init: RequestInit = {}, token = LOCAL_GITHUB_WRITE_TOKEN) {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `token ${token}`);
  const res = await fetch(`${api.url}${path}`, { ...init, headers });
  return { res, json: (await res.json()) as unknown };
}

/** A PUT whose path goes on the wire as given (a URL string would have its `..` resolved). */
function rawPut(path: string, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: api.port,
        path,
        method: 'PUT',
        headers: { authorization: `token ${LOCAL_GITHUB_WRITE_TOKEN}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pullFilesRequests = () =>
  api.control.records().requests.filter((r) => r.route === 'pull-files');

beforeAll(async () => {
  api = await startGitHubApi({ clock: () => now });
});

afterAll(async () => {
  await api?.close();
});

afterEach(() => {
  api.control.reset();
  now = START;
});

describe('pull request files', () => {
  it('pages with GitHub Link headers and octokit.paginate follows them', async () => {
    api.control.setPullFiles(OWNER, REPO, PR, files(250));
    const path = `/repos/${OWNER}/${REPO}/pulls/${PR}/files`;
    const link = (page: number) => `<${api.url}${path}?per_page=100&page=${page}>`;

    const first = await raw(`${path}?per_page=100`);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.res.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}(:[0-9A-F]+){4}$/);
    expect(first.res.headers.get('link')).toBe(`${link(2)}; rel="next", ${link(3)}; rel="last"`);
    expect(first.json).toHaveLength(100);
    const second = await raw(`${path}?per_page=100&page=2`);
    expect(second.res.headers.get('link')).toBe(
      `${link(1)}; rel="prev", ${link(3)}; rel="next", ${link(3)}; rel="last", ${link(1)}; rel="first"`,
    );
    const third = await raw(`${path}?per_page=100&page=3`);
    expect(third.json).toHaveLength(50);
    expect(third.res.headers.get('link')).toBe(`${link(2)}; rel="prev", ${link(1)}; rel="first"`);
    // Without per_page: 30 a page, and the Link URLs carry only page.
    const plain = await raw(path);
    expect(plain.json).toHaveLength(30);
    expect(plain.res.headers.get('link')).toMatch(
      /^<[^>]+\/files\?page=2>; rel="next", <[^>]+\/files\?page=9>; rel="last"$/,
    );

    api.control.clearRecords();
    const listed = await octokit().paginate(octokit().rest.pulls.listFiles, {
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
      per_page: 100,
    });
    expect(listed.map((f) => f.filename)).toEqual(files(250).map((f) => f.filename));
    expect(pullFilesRequests().map((r) => r.path)).toEqual([
      `${path}?per_page=100`,
      `${path}?per_page=100&page=2`,
      `${path}?per_page=100&page=3`,
    ]);
  });

  it("fills GitHub's file fields and keeps previous_filename and patch", async () => {
    api.control.setPullFiles(OWNER, REPO, PR, [
      { filename: 'docs/read me.md', status: 'renamed', previous_filename: 'README.md' },
      { filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'img/cat.png', status: 'removed' },
    ]);
    const { data } = await octokit().rest.pulls.listFiles({
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
    });
    const [renamed, modified, removed] = data;
    expect(Object.keys(renamed!)).toEqual([
      'sha',
      'filename',
      'status',
      'additions',
      'deletions',
      'changes',
      'blob_url',
      'raw_url',
      'contents_url',
      'previous_filename',
    ]);
    expect(renamed).toMatchObject({ previous_filename: 'README.md', status: 'renamed' });
    expect(renamed!.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(renamed!.blob_url).toMatch(
      new RegExp(`^https://github\\.com/${OWNER}/${REPO}/blob/[0-9a-f]{40}/docs/read%20me\\.md$`),
    );
    expect(renamed!.contents_url).toMatch(
      new RegExp(`^${api.url}/repos/${OWNER}/${REPO}/contents/docs/read%20me\\.md\\?ref=`),
    );
    expect(modified!.patch).toBe('@@ -1 +1 @@\n-a\n+b');
    expect(modified!.changes).toBe(modified!.additions + modified!.deletions);
    expect(modified!.additions).toBeGreaterThan(0);
    // Binary files: no line counts and no patch, as GitHub lists them.
    expect(removed).toMatchObject({ additions: 0, deletions: 0, changes: 0 });
    expect(removed).not.toHaveProperty('patch');
  });

  it('lists at most 3,000 files: 3,200 come back as 3,000 over 30 pages', async () => {
    api.control.setPullFiles(OWNER, REPO, PR, files(3200));
    const listed = await octokit().paginate(octokit().rest.pulls.listFiles, {
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
    expect(listed.at(-1)!.filename).toBe('images/photo-2999.png');
    expect(pullFilesRequests()).toHaveLength(30);
    const path = `/repos/${OWNER}/${REPO}/pulls/${PR}/files`;
    const last = await raw(`${path}?per_page=100&page=30`);
    expect(last.res.headers.get('link')).not.toContain('rel="next"');
    expect((await raw(`${path}?per_page=100&page=31`)).json).toEqual([]);
    // per_page over 100 is read as 100.
    expect((await raw(`${path}?per_page=500`)).json).toHaveLength(100);
  });

  it("answers an unknown PR with GitHub's 404", async () => {
    const call = octokit().rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 999 });
    await expect(call).rejects.toMatchObject({
      name: 'HttpError',
      status: 404,
      response: {
        data: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
          status: '404',
        },
      },
    });
  });
});

describe('authentication', () => {
  const BAD_CREDENTIALS = {
    message: 'Bad credentials',
    documentation_url: 'https://docs.github.com/rest',
    status: '401',
  };

  it('refuses an unknown or missing token with 401 Bad credentials', async () => {
    api.control.setPullFiles(OWNER, REPO, PR, files(1));
    const call = octokit('ghp_unknown').rest.pulls.listFiles({
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
    });
    await expect(call).rejects.toMatchObject({ status: 401, response: { data: BAD_CREDENTIALS } });
    const missing = await raw(`/repos/${OWNER}/${REPO}/pulls/${PR}/files`, {}, '');
    expect(missing.res.status).toBe(401);
    expect(missing.json).toEqual(BAD_CREDENTIALS);
    // Bearer works as well as token.
    const bearer = await fetch(`${api.url}/repos/${OWNER}/${REPO}/pulls/${PR}/files`, {
      headers: { authorization: `Bearer ${LOCAL_GITHUB_READ_TOKEN}` },
    });
    expect(bearer.status).toBe(200);
    // As on GitHub, a bad token is refused before the path is looked at.
    expect((await raw('/no/such/path', {}, 'ghp_unknown')).res.status).toBe(401);
    expect((await raw('/no/such/path')).res.status).toBe(404);
    expect(api.control.records().requests.map((r) => r.status)).toEqual([401, 401, 200, 401, 404]);
  });

  it("refuses writes with a read-only token: 403 'Resource not accessible by integration'", async () => {
    const seeded = api.control.seedComment(OWNER, REPO, PR, { body: 'hi', login: 'octocat' });
    const reader = octokit(LOCAL_GITHUB_READ_TOKEN);
    const create = reader.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
      body: 'x',
    });
    await expect(create).rejects.toMatchObject({
      status: 403,
      response: {
        data: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '403',
        },
      },
    });
    const update = reader.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: seeded.id,
      body: 'y',
    });
    await expect(update).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration', status: '403' } },
    });
    // Reading still works, and nothing was written.
    const { data } = await reader.rest.issues.listComments({
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
    });
    expect(data.map((c) => c.body)).toEqual(['hi']);
    expect(api.control.records().writes).toEqual([]);
  });
});

describe('issue comments', () => {
  it('creates, lists across pages and updates a comment, with records', async () => {
    for (let i = 0; i < 35; i++) {
      api.control.seedComment(OWNER, REPO, PR, { body: `note ${i}`, login: 'octocat' });
    }
    const client = octokit();
    const { data: created, status } = await client.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
      body: '<!-- rekognition-label -->\nfirst',
    });
    expect(status).toBe(201);
    expect(created).toMatchObject({
      body: '<!-- rekognition-label -->\nfirst',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: '2025-01-02T03:04:05Z',
      author_association: 'NONE',
      issue_url: `${api.url}/repos/${OWNER}/${REPO}/issues/${PR}`,
    });

    const listed = await client.paginate(client.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
      per_page: 10,
    });
    expect(listed).toHaveLength(36);
    expect(listed.at(-1)!.id).toBe(created.id);
    expect(listed[0]!.user).toMatchObject({ login: 'octocat', type: 'User' });
    const pages = api.control.records().requests.filter((r) => r.route === 'list-comments');
    expect(pages).toHaveLength(4);

    now += 60_000;
    const { data: updated } = await client.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.id,
      body: '<!-- rekognition-label -->\nsecond',
    });
    expect(updated).toMatchObject({
      id: created.id,
      body: '<!-- rekognition-label -->\nsecond',
      created_at: '2025-01-02T03:04:05Z',
      updated_at: '2025-01-02T03:05:05Z',
    });
    const mine = api.control.comments(OWNER, REPO, PR).filter((c) => c.user.type === 'Bot');
    expect(mine.map((c) => c.body)).toEqual(['<!-- rekognition-label -->\nsecond']);
    expect(api.control.records().writes).toEqual([
      {
        kind: 'create',
        owner: OWNER,
        repo: REPO,
        issueNumber: PR,
        commentId: created.id,
        body: '<!-- rekognition-label -->\nfirst',
        login: 'github-actions[bot]',
      },
      expect.objectContaining({ kind: 'update', commentId: created.id, issueNumber: PR }),
    ]);
  });

  it('answers 404 for a comment id that does not exist or is in another repository', async () => {
    const other = api.control.seedComment(OWNER, 'other-repo', 1, { body: 'x', login: 'octocat' });
    for (const [repo, id] of [
      [REPO, 12345],
      [REPO, other.id],
    ] as const) {
      const call = octokit().rest.issues.updateComment({
        owner: OWNER,
        repo,
        comment_id: id,
        body: 'y',
      });
      await expect(call).rejects.toMatchObject({
        status: 404,
        response: { data: { message: 'Not Found', status: '404' } },
      });
    }
    expect(api.control.comments(OWNER, 'other-repo', 1)[0]!.body).toBe('x');
  });

  it('refuses a body over 65,536 characters with 422 Validation Failed', async () => {
    const create = (body: string) =>
      octokit().rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: PR, body });
    await expect(create('x'.repeat(65_537))).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422',
        },
      },
    });
    expect(api.control.records().writes).toEqual([]);
    await expect(create('x'.repeat(65_536))).resolves.toMatchObject({ status: 201 });
    // Characters, not UTF-16 units: 65,536 emoji are 131,072 units and still allowed.
    await expect(create('😀'.repeat(65_536))).resolves.toMatchObject({ status: 201 });
  });

  it('answers malformed JSON with 400 Problems parsing JSON', async () => {
    const { res, json } = await raw(`/repos/${OWNER}/${REPO}/issues/${PR}/comments`, {
      method: 'POST',
      body: '{"body": ',
    });
    expect(res.status).toBe(400);
    expect(json).toMatchObject({ message: 'Problems parsing JSON', status: '400' });
    expect(api.control.comments(OWNER, REPO, PR)).toEqual([]);
  });
});

describe('fault injection', () => {
  it('answers the next matching requests with the rule status, then serves again', async () => {
    api.control.setPullFiles(OWNER, REPO, PR, files(150));
    api.control.setFaults([{ route: 'pull-files', status: 500, times: 1 }]);
    const list = () =>
      octokit().paginate(octokit().rest.pulls.listFiles, {
        owner: OWNER,
        repo: REPO,
        pull_number: PR,
        per_page: 100,
      });
    await expect(list()).rejects.toMatchObject({
      name: 'HttpError',
      status: 500,
      message: 'Server Error',
      response: { data: { message: 'Server Error' } },
    });
    expect(api.control.faults()).toEqual([
      { route: 'pull-files', status: 500, times: 1, remaining: 0 },
    ]);
    await expect(list()).resolves.toHaveLength(150);

    // A rule can pick one page: the second page fails, the first was served.
    api.control.setFaults([{ route: 'pull-files', status: 502, match: 'page=2' }]);
    await expect(list()).rejects.toMatchObject({ status: 502 });
    expect(
      pullFilesRequests()
        .slice(-2)
        .map((r) => r.status),
    ).toEqual([200, 502]);
  });

  it('applies only to its route', async () => {
    api.control.setFaults([{ route: 'create-comment', status: 503 }]);
    const client = octokit();
    const args = { owner: OWNER, repo: REPO, issue_number: PR };
    await expect(client.rest.issues.listComments(args)).resolves.toMatchObject({ status: 200 });
    await expect(client.rest.issues.createComment({ ...args, body: 'x' })).rejects.toMatchObject({
      status: 503,
    });
    expect(api.control.records().writes).toEqual([]);
  });
});

describe('admin endpoint over HTTP', () => {
  it('sets files, seeds and lists comments, reads records, sets faults and tokens, resets', async () => {
    const admin = githubAdmin(api.url);
    const set = await admin.setPullFiles(OWNER, REPO, PR, files(3));
    expect(set.map((f) => f.filename)).toEqual(files(3).map((f) => f.filename));
    const seeded = await admin.seedComment(OWNER, REPO, PR, {
      body: 'old report',
      login: 'github-actions[bot]',
    });
    expect(seeded.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect((await admin.comments(OWNER, REPO, PR)).map((c) => c.id)).toEqual([seeded.id]);

    await admin.setTokens({ ghs_custom: { login: 'my-app[bot]', access: 'write' } });
    const custom = getOctokit('ghs_custom', { baseUrl: api.url });
    const { data } = await custom.rest.pulls.listFiles({
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
    });
    expect(data).toHaveLength(3);
    await expect(
      octokit().rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: PR }),
    ).rejects.toMatchObject({ status: 401 });

    await admin.setFaults([{ route: 'list-comments', status: 500, times: 2 }]);
    expect(await admin.faults()).toEqual([
      { route: 'list-comments', status: 500, times: 2, remaining: 2 },
    ]);
    // Admin calls are never recorded; the two API calls are.
    expect((await admin.records()).requests.map((r) => [r.route, r.status, r.login])).toEqual([
      ['pull-files', 200, 'my-app[bot]'],
      ['pull-files', 401, undefined],
    ]);

    await admin.reset();
    expect(await admin.tokens()).toEqual({
      [LOCAL_GITHUB_WRITE_TOKEN]: { login: 'github-actions[bot]', access: 'write' },
      [LOCAL_GITHUB_READ_TOKEN]: { login: 'github-actions[bot]', access: 'read' },
    });
    expect(await admin.faults()).toEqual([]);
    expect(await admin.comments(OWNER, REPO, PR)).toEqual([]);
    expect(await admin.records()).toEqual({ requests: [], writes: [] });
    await expect(
      octokit().rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: PR }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('rejects invalid bodies with 400 and changes nothing', async () => {
    const admin = githubAdmin(api.url);
    await admin.setPullFiles(OWNER, REPO, PR, files(2));
    await expect(
      admin.setPullFiles(OWNER, REPO, PR, [{ filename: 'b.png', status: 'renamed' }]),
    ).rejects.toThrow('400 {"error":"files[0].previous_filename is required for a renamed file"}');
    await expect(admin.setFaults([{ route: 'pull-file' as never, status: 500 }])).rejects.toThrow(
      /400 .*faults\[0\]\.route must be one of/,
    );
    await expect(admin.setTokens({ t: { login: 'x', access: 'admin' as never } })).rejects.toThrow(
      /400 /,
    );
    expect(await admin.setPullFiles(OWNER, REPO, PR, files(2))).toHaveLength(2);
    expect(await admin.tokens()).toHaveProperty([LOCAL_GITHUB_WRITE_TOKEN]);
    const unknown = await fetch(`${api.url}/__github/nothing`);
    expect(unknown.status).toBe(404);
  });

  it('is not reachable under /repos/', async () => {
    api.control.setPullFiles(OWNER, REPO, PR, files(2));
    for (const path of [
      `/repos/${OWNER}/${REPO}/pulls/${PR}/files`,
      `/repos/__github/repos/${OWNER}/${REPO}/pulls/${PR}/files`,
      // Sent as is (fetch would resolve the `..`): the server must not resolve it either.
      `/repos/../__github/repos/${OWNER}/${REPO}/pulls/${PR}/files`,
    ]) {
      const { status, json } = await rawPut(path, JSON.stringify(files(9)));
      expect(status).toBe(404);
      expect(json).toMatchObject({ message: 'Not Found' });
    }
    expect(api.control.records().requests.map((r) => r.route)).toEqual([null, null, null]);
    const { data } = await octokit().rest.pulls.listFiles({
      owner: OWNER,
      repo: REPO,
      pull_number: PR,
    });
    expect(data).toHaveLength(2);
  });
});

describe('in the local stack', () => {
  it('starts with the stack, sets GITHUB_API_URL, and can be left out', async () => {
    const stack = await startLocalStack();
    try {
      expect(stack.endpoints.github).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(stack.env.GITHUB_API_URL).toBe(stack.endpoints.github);
      stack.github!.setPullFiles(OWNER, REPO, PR, files(1));
      const client = getOctokit(LOCAL_GITHUB_READ_TOKEN, { baseUrl: stack.endpoints.github });
      const { data } = await client.rest.pulls.listFiles({
        owner: OWNER,
        repo: REPO,
        pull_number: PR,
      });
      expect(data).toHaveLength(1);
    } finally {
      await stack.stop();
    }
    const without = await startLocalStack({ github: false });
    try {
      expect(without.endpoints.github).toBeUndefined();
      expect(without.github).toBeUndefined();
      expect(without.env).not.toHaveProperty('GITHUB_API_URL');
    } finally {
      await without.stop();
    }
  });

  it('is driven from another process through the CLI and githubAdmin', async () => {
    const stack = await spawnLocalStack();
    try {
      expect(stack.env.GITHUB_API_URL).toBe(stack.endpoints.github);
      await stack.githubAdmin.setPullFiles(OWNER, REPO, PR, files(3));
      const client = getOctokit(LOCAL_GITHUB_WRITE_TOKEN, { baseUrl: stack.endpoints.github });
      await client.rest.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: PR,
        body: 'report',
      });
      const records = await stack.githubAdmin.records();
      expect(records.writes).toMatchObject([{ kind: 'create', body: 'report' }]);
      expect(await stack.githubAdmin.comments(OWNER, REPO, PR)).toMatchObject([
        { body: 'report', html_url: expect.stringContaining(`/pull/${PR}#issuecomment-`) },
      ]);
    } finally {
      await stack.stop();
    }
  });
});
