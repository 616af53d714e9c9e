// The pull-request review part of `npm run demo`: a pull request that changes the sample photos
// prod already holds, its sticky comment on the local GitHub API, and the same comment after a
// second push that no longer changes any image.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionRun, runBundledAction } from '../local-stack/action-runner.js';
import type { LocalStack } from '../local-stack/stack.js';

const OWNER = 'pixel-learning';
const REPO = 'course-images';
const PR = 3;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
    },
  }).trim();
}

/** A git checkout of the samples (what prod labeled), then a branch that changes them. */
async function preparePullRequest(
  from: string,
  dir: string,
): Promise<{ base: string; head: string }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(from, 'images'), join(dir, 'images'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'the course images');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'lesson/space');
  // chelsea.png gets other bytes, rocket.jpg moves, coffee.png goes, a new photo comes.
  await copyFile(join(dir, 'images', 'astronaut.png'), join(dir, 'images', 'chelsea.png'));
  await mkdir(join(dir, 'images', 'space'));
  await rename(join(dir, 'images', 'rocket.jpg'), join(dir, 'images', 'space', 'rocket.jpg'));
  await rm(join(dir, 'images', 'coffee.png'));
  await copyFile(join(dir, 'images', 'astronaut.png'), join(dir, 'images', 'space', 'crew.png'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'space lesson');
  return { base, head: git(dir, 'rev-parse', 'HEAD') };
}

function reviewRun(
  stack: LocalStack,
  dir: string,
  runnerDir: string,
  commits: { base: string; head: string },
): Promise<ActionRun> {
  return runBundledAction({
    workspace: dir,
    runnerDir,
    env: {
      ...stack.env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: `refs/pull/${PR}/merge`,
      GITHUB_HEAD_REF: 'lesson/space',
      GITHUB_SHA: 'merge0003',
    },
    inputs: {
      images: 'images/**/*.{png,jpg}',
      table: '{environment}_results',
      'only-changed': 'auto',
      'compare-environment': 'auto',
      comment: 'sticky',
      'github-token': 'local-write-token',
    },
    event: {
      pull_request: {
        number: PR,
        head: { sha: commits.head, ref: 'lesson/space', repo: { full_name: `${OWNER}/${REPO}` } },
        base: { sha: commits.base, repo: { full_name: `${OWNER}/${REPO}` } },
      },
      repository: { default_branch: 'main' },
    },
  });
}

export interface ReviewDemo {
  first: ActionRun;
  second: ActionRun;
  /** The comment's body after each run, and how many comments the pull request has. */
  before: string;
  after: string;
  comments: number;
}

/** Pull request #3 against what prod holds, then a second push that changes no image. */
export async function reviewDemo(
  stack: LocalStack,
  from: string,
  demoDir: string,
): Promise<ReviewDemo> {
  const github = stack.github!;
  const dir = join(demoDir, 'review-workspace');
  const commits = await preparePullRequest(from, dir);
  github.setPullFiles(OWNER, REPO, PR, [
    { filename: 'images/chelsea.png', status: 'modified' },
    {
      filename: 'images/space/rocket.jpg',
      status: 'renamed',
      previous_filename: 'images/rocket.jpg',
    },
    { filename: 'images/coffee.png', status: 'removed' },
    { filename: 'images/space/crew.png', status: 'added' },
  ]);
  const first = await reviewRun(stack, dir, join(demoDir, 'runner-review-1'), commits);
  const before = github.comments(OWNER, REPO, PR)[0]?.body ?? '';
  // The next push only touches the text: the same comment now says no image changed.
  await writeFile(join(dir, 'README.md'), 'Space lesson\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'readme');
  github.setPullFiles(OWNER, REPO, PR, [{ filename: 'README.md', status: 'added' }]);
  const second = await reviewRun(stack, dir, join(demoDir, 'runner-review-2'), {
    ...commits,
    head: git(dir, 'rev-parse', 'HEAD'),
  });
  const all = github.comments(OWNER, REPO, PR);
  return { first, second, before, after: all[0]?.body ?? '', comments: all.length };
}
