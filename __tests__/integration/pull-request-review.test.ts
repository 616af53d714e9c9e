import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitIn } from '../helpers/git.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTable } from '../../local-stack/admin.js';
import { runBundledAction } from '../../local-stack/action-runner.js';
import { makePng } from '../../local-stack/png.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';
import { CHROMIUM_PATH, renderSummary } from '../../scripts/summary-render.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const OWNER = 'pixel-learning';
const REPO = 'course-images';
const PR = 21;
const WRITE_TOKEN = 'local-write-token';
const READ_TOKEN = 'local-read-token';
const MARKER = '<!-- rekognition-label:default -->';

let stack: SpawnedStack;
let workspace: string;
let base: string;
let head: string;

const git = (...args: string[]) => gitIn(workspace)(...args);

const image = (name: string, to: string) => copyFile(join(FIXTURES, name), join(workspace, to));

/** A pull_request event as GitHub sends it: base and head commits, and the head repository. */
const prEvent = (headRepo = `${OWNER}/${REPO}`) => ({
  pull_request: {
    number: PR,
    head: { sha: head, ref: 'feature/photos', repo: { full_name: headRepo } },
    base: { sha: base, repo: { full_name: `${OWNER}/${REPO}` } },
  },
  repository: { default_branch: 'main' },
});

/** The stack's environment as a fork's run sees it: no credentials anywhere. */
function withoutAwsCredentials(): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(stack.env).filter(
      ([name]) => !name.startsWith('AWS_ACCESS') && !name.startsWith('AWS_SECRET'),
    ),
  );
  return {
    ...env,
    AWS_CONFIG_FILE: join(workspace, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

const prEnv = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: `refs/pull/${PR}/merge`,
  GITHUB_HEAD_REF: 'feature/photos',
  GITHUB_SHA: 'merge0000',
};

function runPr(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  event = prEvent(),
) {
  return runBundledAction({
    workspace,
    inputs: {
      images: 'images/**/*.{png,jpg}',
      table: '{environment}_results',
      'only-changed': 'auto',
      'compare-environment': 'auto',
      'github-token': WRITE_TOKEN,
      ...inputs,
    },
    event,
    env: { ...stack.env, ...prEnv, ...env },
  });
}

interface DiffEntry {
  path: string;
  previousPath?: string;
  change: string;
  labelsAdded: { name: string }[];
  labelsRemoved: { name: string }[];
  status?: string;
}

async function diffOf(run: { outputs: Record<string, string> }) {
  const diff = JSON.parse(await readFile(run.outputs['diff-file']!, 'utf8')) as {
    images: DiffEntry[];
    compareEnvironment: string | null;
    source: string;
  };
  return { ...diff, byPath: Object.fromEntries(diff.images.map((d) => [d.path, d])) };
}

const resultPaths = (run: { outputs: Record<string, string> }) =>
  (JSON.parse(run.outputs.results!) as { path: string }[]).map((r) => r.path).sort();

const PR_FILES = [
  { filename: 'images/a.png', status: 'modified' },
  { filename: 'images/new.png', status: 'added' },
  { filename: 'images/new/c.jpg', status: 'renamed', previous_filename: 'images/old/c.jpg' },
  { filename: 'images/b.png', status: 'removed' },
  { filename: 'README.md', status: 'modified' },
] as const;

beforeAll(async () => {
  stack = await spawnLocalStack();
  await createTable(stack, 'beta_results');
  await createTable(stack, 'prod_results');
  workspace = await mkdtemp(join(tmpdir(), 'review-ws-'));
  git('init', '-q', '-b', 'main');
  await mkdir(join(workspace, 'images', 'old'), { recursive: true });
  await image('chelsea.png', 'images/a.png');
  await image('coffee.png', 'images/b.png');
  await image('rocket.jpg', 'images/old/c.jpg');
  await image('astronaut.png', 'images/keep.png');
  await writeFile(join(workspace, 'README.md'), 'course images\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  // prod holds what the default branch has: a push to main labels it.
  const seeded = await runBundledAction({
    workspace,
    inputs: { images: 'images/**/*.{png,jpg}', table: '{environment}_results' },
    event: { repository: { default_branch: 'main' } },
    env: {
      ...stack.env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: base,
    },
  });
  expect(seeded.exitCode, seeded.stdout).toBe(0);
  // The pull request: a.png gets other bytes, new.png is added, c.jpg moves, b.png goes.
  git('checkout', '-q', '-b', 'feature/photos');
  await image('astronaut.png', 'images/a.png');
  await image('coffee.png', 'images/new.png');
  await mkdir(join(workspace, 'images', 'new'));
  await rename(join(workspace, 'images/old/c.jpg'), join(workspace, 'images/new/c.jpg'));
  await rm(join(workspace, 'images/b.png'));
  await writeFile(join(workspace, 'README.md'), 'course images, with more\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'photos');
  head = git('rev-parse', 'HEAD');
}, 90_000);

afterAll(async () => {
  await stack?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

beforeEach(async () => {
  await stack.githubAdmin.reset();
  await stack.githubAdmin.setPullFiles(OWNER, REPO, PR, [...PR_FILES]);
});

describe('pull-request review, bundled, against the local stack and GitHub API', () => {
  it('labels only the changed images, compares with prod, and keeps one sticky comment', async () => {
    const first = await runPr({ comment: 'sticky' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(resultPaths(first)).toEqual(['images/a.png', 'images/new.png', 'images/new/c.jpg']);
    expect(first.stdout).toContain('Only changed: 3 of 4 matched image(s), 1 removed');
    expect(first.outputs['changed-count']).toBe('4');

    const diff = await diffOf(first);
    expect(diff.compareEnvironment).toBe('prod');
    expect(diff.byPath['images/a.png']!.change).toBe('changed');
    expect(diff.byPath['images/a.png']!.labelsAdded.length).toBeGreaterThan(0);
    expect(diff.byPath['images/a.png']!.labelsRemoved.map((l) => l.name)).toContain('Cat');
    expect(diff.byPath['images/new.png']!.change).toBe('new');
    // A rename is compared with the item of its old path: the same bytes.
    expect(diff.byPath['images/new/c.jpg']).toMatchObject({
      change: 'unchanged',
      previousPath: 'images/old/c.jpg',
      labelsAdded: [],
      labelsRemoved: [],
    });
    expect(diff.byPath['images/b.png']!.change).toBe('removed');
    expect(diff.byPath['images/b.png']!.labelsRemoved.length).toBeGreaterThan(0);

    const report = await readFile(first.outputs['report-file']!, 'utf8');
    const [comment] = await stack.githubAdmin.comments(OWNER, REPO, PR);
    expect(comment!.body).toBe(report);
    expect(report.startsWith(MARKER)).toBe(true);
    expect(report.indexOf('✏️ Changed')).toBeLessThan(report.indexOf('🆕 New'));
    expect(report.indexOf('🆕 New')).toBeLessThan(report.indexOf('🗑️ Removed'));
    expect(report).toContain(
      `<img src="https://github.com/${OWNER}/${REPO}/blob/${head}/images/a.png?raw=true"`,
    );
    expect(report).not.toContain('raw.githubusercontent.com');
    expect(first.summary).toContain(`blob/${head}/images/a.png?raw=true`);

    // The next push changes no image: the same comment says so, nothing is duplicated.
    await stack.githubAdmin.setPullFiles(OWNER, REPO, PR, [
      { filename: 'README.md', status: 'modified' },
    ]);
    const second = await runPr({ comment: 'sticky' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.outputs['changed-count']).toBe('0');
    const comments = await stack.githubAdmin.comments(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(comment!.id);
    expect(comments[0]!.body).toContain('No image is changed by this pull request');
    const writes = (await stack.githubAdmin.records()).writes.map((w) => w.kind);
    expect(writes).toEqual(['create', 'update']);
  }, 60_000);

  it('falls back to git at the files API’s 3,000-file cap', async () => {
    const filler = Array.from({ length: 3200 }, (_, i) => ({
      filename: `docs/page-${i}.md`,
      status: 'added' as const,
    }));
    await stack.githubAdmin.setPullFiles(OWNER, REPO, PR, [...filler, ...PR_FILES]);
    const run = await runPr({});
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "GitHub's files API lists only the first 3000; reading its changes with git instead.",
    );
    expect(resultPaths(run)).toEqual(['images/a.png', 'images/new.png', 'images/new/c.jpg']);
    const diff = await diffOf(run);
    expect(diff.source).toBe(
      `only the changed images, from git diff ${base.slice(0, 12)}...${head.slice(0, 12)}`,
    );
    expect(diff.byPath['images/new/c.jpg']!.previousPath).toBe('images/old/c.jpg');
    const pages = (await stack.githubAdmin.records()).requests.filter(
      (r) => r.route === 'pull-files',
    );
    expect(pages).toHaveLength(30);
  }, 60_000);

  it('on a fork without AWS credentials (if-no-credentials: warn): pre-checks only, passes, never comments', async () => {
    const run = await runBundledAction({
      workspace,
      inputs: {
        images: 'images/**/*.{png,jpg}',
        table: '{environment}_results',
        'only-changed': 'auto',
        'compare-environment': 'auto',
        'github-token': READ_TOKEN,
        comment: 'sticky',
        'if-no-credentials': 'warn',
      },
      event: prEvent('a-student/course-images'),
      env: {
        ...withoutAwsCredentials(),
        ...prEnv,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const results = JSON.parse(run.outputs.results!) as { path: string; status: string }[];
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['images/a.png', 'checked'],
      ['images/new.png', 'checked'],
      ['images/new/c.jpg', 'checked'],
    ]);
    expect(run.stdout).toContain('::warning::No AWS credentials on this run');
    expect(run.stdout).toContain(
      'Not commenting: the token may not write comments on pull request #21 (HTTP 403',
    );
    expect(run.summary).toContain(
      'passed the pre-checks and were not labeled: no AWS credentials on this run',
    );
    const report = await readFile(run.outputs['report-file']!, 'utf8');
    expect(report).toContain(MARKER);
    expect(report).toContain('renamed<br>⏸️ not labeled&#58; no AWS credentials on this run');
    expect(await stack.githubAdmin.comments(OWNER, REPO, PR)).toEqual([]);
    expect(run.stdout).not.toContain('::error');
  }, 60_000);

  it('compares a pull request that only removes images, and never edits a planted marker comment', async () => {
    await stack.githubAdmin.setPullFiles(OWNER, REPO, PR, [
      { filename: 'images/b.png', status: 'removed' },
    ]);
    await stack.githubAdmin.seedComment(OWNER, REPO, PR, {
      body: `${MARKER}\nAll images are clear, merge away.`,
      login: 'mallory',
    });
    const run = await runPr({ comment: 'sticky' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.results!)).toEqual([]);
    const diff = await diffOf(run);
    expect(diff.compareEnvironment).toBe('prod');
    expect(diff.byPath['images/b.png']!.labelsRemoved.map((l) => l.name)).toContain('Coffee');
    const comments = await stack.githubAdmin.comments(OWNER, REPO, PR);
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments[0]!.body).toBe(`${MARKER}\nAll images are clear, merge away.`);
    expect(comments[1]!.body).toContain('🗑️ Removed (1)');
  }, 60_000);

  it('writes a report that says the run failed when it cannot label (no credentials, error)', async () => {
    // The previous push's comment must not stay as if it were this one's.
    expect((await runPr({ comment: 'sticky' })).exitCode).toBe(0);

    const run = await runBundledAction({
      workspace,
      inputs: {
        images: 'images/**/*.{png,jpg}',
        table: '{environment}_results',
        'only-changed': 'auto',
        'github-token': WRITE_TOKEN,
        comment: 'sticky',
      },
      event: prEvent(),
      env: {
        ...withoutAwsCredentials(),
        ...prEnv,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::No AWS credentials');
    const report = await readFile(
      join(run.files.output, '..', 'rekognition-label-report-label.md'),
      'utf8',
    );
    expect(report).toContain('failed before its images were labeled');
    const comments = await stack.githubAdmin.comments(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(report);
  }, 60_000);

  it('keeps the comment of a 500-image pull request under the limit, pointing at the summary', async () => {
    const files = Array.from(
      { length: 500 },
      (_, i) => `bulk/unit-${Math.floor(i / 50)}/photo-${i}.png`,
    );
    for (const [i, path] of files.entries()) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), makePng(100 + (i % 50), 100 + Math.floor(i / 50)));
    }
    try {
      await stack.githubAdmin.setPullFiles(
        OWNER,
        REPO,
        PR,
        files.map((filename) => ({ filename, status: 'added' as const })),
      );
      const run = await runPr({ images: 'bulk/**/*.png', comment: 'sticky' });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.outputs['labeled-count']).toBe('500');
      expect(run.outputs['changed-count']).toBe('500');
      const [comment] = await stack.githubAdmin.comments(OWNER, REPO, PR);
      expect(comment!.body.length).toBeLessThanOrEqual(60_000);
      expect(comment!.body.length).toBeGreaterThan(50_000);
      const rows = comment!.body.split('\n').filter((l) => l.startsWith('<tr><td>')).length;
      expect(comment!.body).toContain(
        `⚠️ ${500 - rows} more in <a href="https://github.com/${OWNER}/${REPO}/actions/runs/9001">the job summary</a>`,
      );
      expect(run.summary).toContain('bulk/unit-9/photo-499.png');
    } finally {
      await rm(join(workspace, 'bulk'), { recursive: true, force: true });
    }
  }, 120_000);

  // What a reviewer sees: the summary and the comment rendered by GitHub's rules in Chromium,
  // the thumbnails loaded from the commit's files. SCREENSHOT_DIR keeps the pictures
  // (docs/images/pull-request-summary.png comes from here).
  it.skipIf(!existsSync(CHROMIUM_PATH))(
    'renders the summary and the comment in a browser, thumbnails and tables intact',
    async () => {
      const run = await runPr({ moderation: 'report' });
      expect(run.exitCode, run.stdout).toBe(0);
      const out = process.env.SCREENSHOT_DIR ?? (await mkdtemp(join(tmpdir(), 'screens-')));
      const imageBase = {
        url: `https://github.com/${OWNER}/${REPO}/blob/${head}/`,
        dir: workspace,
      };
      const summary = await renderSummary(run.summary, {
        outPng: join(out, 'pull-request-summary.png'),
        imageBase,
        width: 1000,
      });
      expect(summary.rawHtmlVisible).toBe(false);
      expect(summary.images.map((i) => [i.alt, i.loaded])).toEqual([
        ['', true],
        ['', true],
        ['', true],
      ]);
      expect(summary.images.every((i) => i.width > 0 && i.height > 0)).toBe(true);
      const table = summary.tables.at(-1)!;
      expect(table.headers).toEqual(['File', 'Status', 'Verdict', 'Top labels']);
      expect(table.rows).toBe(3);
      const report = await readFile(run.outputs['report-file']!, 'utf8');
      const comment = await renderSummary(report, {
        outPng: join(out, 'pull-request-comment.png'),
        imageBase: { url: imageBase.url, dir: workspace },
        width: 1000,
      });
      expect(comment.rawHtmlVisible).toBe(false);
      // a.png, new.png and new/c.jpg from the head commit; b.png from the base, not mapped here.
      expect(comment.images.filter((i) => i.loaded)).toHaveLength(3);
      expect(comment.tables.map((t) => t.headers)).toContainEqual(['', 'File', 'Change', 'Labels']);
      expect(existsSync(join(out, 'pull-request-comment.png'))).toBe(true);
    },
    60_000,
  );
});
