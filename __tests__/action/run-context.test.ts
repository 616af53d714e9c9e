import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readEventPayload,
  readRunContext,
  resolveEnvironment,
} from '../../src/action/run-context.js';
import type { RunContext } from '../../src/action/run-context.js';

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    repository: 'octo/repo',
    serverUrl: 'https://github.com',
    eventName: 'push',
    ref: 'refs/heads/main',
    branch: 'main',
    commit: 'abc123',
    runId: '1',
    defaultBranch: 'main',
    workspace: '/ws',
    ...overrides,
  };
}

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function writeTemp(name: string, content: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'run-context-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

describe('resolveEnvironment', () => {
  it('picks beta for a pull request, saying why', () => {
    const pr = context({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      branch: 'feature',
      pullRequest: 7,
    });
    expect(resolveEnvironment('auto', pr)).toEqual({
      name: 'beta',
      reason: 'auto: the event "pull_request" is a pull request',
    });
  });

  it.each(['pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    'treats %s as a pull request even when the ref is the default branch',
    (eventName) => {
      expect(resolveEnvironment('auto', context({ eventName }))).toEqual({
        name: 'beta',
        reason: `auto: the event "${eventName}" is a pull request`,
      });
    },
  );

  it('treats any event with a pull request number as a pull request', () => {
    const choice = resolveEnvironment(
      'auto',
      context({ eventName: 'issue_comment', pullRequest: 3 }),
    );
    expect(choice).toEqual({
      name: 'beta',
      reason: 'auto: the event concerns pull request #3',
    });
  });

  it('never picks prod for a comment on a pull request, though its ref is the default branch', () => {
    const payload = {
      issue: { number: 5, pull_request: { url: 'x' } },
      repository: { default_branch: 'main' },
    };
    const ctx = readRunContext(
      { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_REF: 'refs/heads/main' },
      payload,
    );
    expect(ctx.pullRequest).toBe(5);
    expect(resolveEnvironment('auto', ctx)).toEqual({
      name: 'beta',
      reason: 'auto: the event is a comment on a pull request',
    });
  });

  it('picks prod for a comment on a plain issue on the default branch', () => {
    const payload = { issue: { number: 6 }, repository: { default_branch: 'main' } };
    const ctx = readRunContext(
      { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_REF: 'refs/heads/main' },
      payload,
    );
    expect(ctx.pullRequest).toBeUndefined();
    expect(resolveEnvironment('auto', ctx).name).toBe('prod');
  });

  it('never picks prod for a workflow_run that a pull request triggered', () => {
    const payload = {
      workflow_run: { event: 'pull_request' },
      repository: { default_branch: 'main' },
    };
    const ctx = readRunContext(
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' },
      payload,
    );
    expect(resolveEnvironment('auto', ctx)).toEqual({
      name: 'beta',
      reason: 'auto: the event is a workflow_run triggered by pull_request',
    });
    const afterPush = readRunContext(
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' },
      { workflow_run: { event: 'push' }, repository: { default_branch: 'main' } },
    );
    expect(resolveEnvironment('auto', afterPush).name).toBe('prod');
  });

  it('picks prod for a push to the default branch', () => {
    expect(resolveEnvironment('auto', context())).toEqual({
      name: 'prod',
      reason: 'auto: refs/heads/main is the default branch',
    });
  });

  it('follows a default branch other than main', () => {
    const ctx = context({ ref: 'refs/heads/trunk', branch: 'trunk', defaultBranch: 'trunk' });
    expect(resolveEnvironment('auto', ctx).name).toBe('prod');
    expect(resolveEnvironment('auto', context({ defaultBranch: 'trunk' }))).toEqual({
      name: 'beta',
      reason: 'auto: refs/heads/main is not the default branch (refs/heads/trunk)',
    });
  });

  it('picks beta for a push to a feature branch', () => {
    const ctx = context({ ref: 'refs/heads/feature/x', branch: 'feature/x' });
    expect(resolveEnvironment('auto', ctx)).toEqual({
      name: 'beta',
      reason: 'auto: refs/heads/feature/x is not the default branch (refs/heads/main)',
    });
  });

  it('picks beta for a tag push', () => {
    const ctx = context({ ref: 'refs/tags/main', branch: 'main' });
    expect(resolveEnvironment('auto', ctx).name).toBe('beta');
  });

  it('does not treat a branch merely named like the default branch as it', () => {
    expect(resolveEnvironment('auto', context({ ref: 'refs/heads/main-old' })).name).toBe('beta');
  });

  it('picks beta when the event names no default branch, mentioning the event', () => {
    const ctx = context({ eventName: 'schedule', defaultBranch: undefined });
    expect(resolveEnvironment('auto', ctx)).toEqual({
      name: 'beta',
      reason:
        'auto: the "schedule" event does not name the default branch; set `environment` to choose',
    });
  });

  it('says "unknown" when there is no event name and no default branch', () => {
    const choice = resolveEnvironment('auto', context({ eventName: '', defaultBranch: undefined }));
    expect(choice.name).toBe('beta');
    expect(choice.reason).toContain('"unknown" event');
  });

  it('lets an explicit input win over every rule', () => {
    const pr = context({ eventName: 'pull_request', pullRequest: 9 });
    expect(resolveEnvironment('prod', pr)).toEqual({
      name: 'prod',
      reason: 'set by the `environment` input',
    });
    expect(resolveEnvironment('staging', context())).toEqual({
      name: 'staging',
      reason: 'set by the `environment` input',
    });
  });
});

describe('readRunContext', () => {
  const prEnv: NodeJS.ProcessEnv = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_HEAD_REF: 'feature/cats',
    GITHUB_REF_NAME: '42/merge',
    GITHUB_SHA: 'merge-commit-sha',
    GITHUB_RUN_ID: '987654',
    GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  };

  it('uses the PR head SHA, GITHUB_HEAD_REF and the PR number on pull requests', () => {
    const payload = {
      pull_request: { number: 42, head: { sha: 'head-sha', ref: 'feature/cats' } },
      repository: { default_branch: 'main' },
    };
    expect(readRunContext(prEnv, payload)).toEqual({
      repository: 'octo/repo',
      serverUrl: 'https://ghe.example.com',
      eventName: 'pull_request',
      ref: 'refs/pull/42/merge',
      branch: 'feature/cats',
      commit: 'head-sha',
      runId: '987654',
      pullRequest: 42,
      defaultBranch: 'main',
      workspace: '/home/runner/work/repo/repo',
    } satisfies RunContext);
  });

  it('uses GITHUB_SHA and GITHUB_REF_NAME on a push (GITHUB_HEAD_REF is empty)', () => {
    const env = {
      ...prEnv,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_HEAD_REF: '',
      GITHUB_SHA: 'push-sha',
    };
    const ctx = readRunContext(env, { repository: { default_branch: 'main' } });
    expect(ctx.branch).toBe('main');
    expect(ctx.commit).toBe('push-sha');
    expect('pullRequest' in ctx).toBe(false);
    expect(ctx.defaultBranch).toBe('main');
    expect(resolveEnvironment('auto', ctx)).toEqual({
      name: 'prod',
      reason: 'auto: refs/heads/main is the default branch',
    });
  });

  it('falls back to github.com, the cwd and empty strings with an empty environment', () => {
    const ctx = readRunContext({}, {});
    expect(ctx).toEqual({
      repository: '',
      serverUrl: 'https://github.com',
      eventName: '',
      ref: '',
      branch: '',
      commit: '',
      runId: '',
      workspace: process.cwd(),
    });
    expect('defaultBranch' in ctx).toBe(false);
    expect('pullRequest' in ctx).toBe(false);
  });

  it('ignores a non-numeric PR number and an empty default branch', () => {
    const payload = {
      pull_request: { number: '5' as unknown as number },
      repository: { default_branch: '' },
    };
    const ctx = readRunContext({ GITHUB_SHA: 'sha' }, payload);
    expect('pullRequest' in ctx).toBe(false);
    expect('defaultBranch' in ctx).toBe(false);
    expect(ctx.commit).toBe('sha');
  });
});

describe('readRunContext pull request numbers', () => {
  it.each([1e300, -1.5, 0, -3, 2.5, Number.MAX_SAFE_INTEGER + 1])(
    'ignores pull request number %s (only positive safe integers count)',
    (number) => {
      const pr = readRunContext({ GITHUB_EVENT_NAME: 'push' }, { pull_request: { number } });
      expect('pullRequest' in pr).toBe(false);
      const comment = readRunContext(
        { GITHUB_EVENT_NAME: 'issue_comment' },
        { issue: { number, pull_request: { url: 'x' } } },
      );
      expect('pullRequest' in comment).toBe(false);
    },
  );

  it('keeps the largest safe integer', () => {
    const ctx = readRunContext({}, { pull_request: { number: Number.MAX_SAFE_INTEGER } });
    expect(ctx.pullRequest).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('readEventPayload', () => {
  it('parses the event file', async () => {
    const payload = { pull_request: { number: 3 }, repository: { default_branch: 'dev' } };
    const file = await writeTemp('event.json', JSON.stringify(payload));
    expect(readEventPayload(file)).toEqual(payload);
  });

  it('returns {} without a path', () => {
    expect(readEventPayload(undefined)).toEqual({});
    expect(readEventPayload('')).toEqual({});
  });

  it('returns {} for a missing file', () => {
    const missing = path.join(os.tmpdir(), `no-such-event-${process.pid}-${Date.now()}.json`);
    expect(readEventPayload(missing)).toEqual({});
  });

  it('returns {} for invalid JSON', async () => {
    const file = await writeTemp('bad.json', '{ "pull_request": ');
    expect(readEventPayload(file)).toEqual({});
  });

  it.each(['null', '"text"', '42', 'true'])('returns {} when the JSON is %s', (text) => {
    expect(readEventPayload('event.json', () => text)).toEqual({});
  });

  it('uses the injected reader with the given path', () => {
    const seen: string[] = [];
    const payload = readEventPayload('/github/event.json', (p) => {
      seen.push(p);
      return '{"repository":{"default_branch":"main"}}';
    });
    expect(seen).toEqual(['/github/event.json']);
    expect(payload).toEqual({ repository: { default_branch: 'main' } });
  });

  it('returns {} when the reader throws', () => {
    expect(
      readEventPayload('/x', () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      }),
    ).toEqual({});
  });
});
