import { errorMessage } from '../shared/aws-errors.js';
import type { Git } from './git-diff.js';
import { type GitHubApi, PULL_FILES_CAP, httpStatus } from './github-api.js';

/** How a file changed, in the words of GitHub's pull request files API. */
export const CHANGE_STATUSES = [
  'added',
  'removed',
  'modified',
  'renamed',
  'copied',
  'changed',
  'unchanged',
] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export interface ChangedFile {
  /** Repository-relative POSIX path. */
  path: string;
  status: ChangeStatus;
  /** The path before a rename or copy. */
  previousPath?: string;
}

/** The commits a change is between: a pull request's base and head, or a push's before and after. */
export interface ChangeRange {
  base: string;
  head: string;
}

/** What the run changes, or why every matched image is labeled instead. */
export type ChangeSet =
  | { kind: 'changed'; files: ChangedFile[]; source: string; notes: string[] }
  | { kind: 'all'; reason: string; notes: string[] };

export interface ChangeSources {
  pullRequest?: number;
  /** Absent without a token. */
  api?: GitHubApi;
  range?: ChangeRange;
  git: Git;
}

/**
 * The files this pull request (or push) changes. The files API first (all pages); at its cap of
 * 3,000 files, or when it fails, `git diff base...head` in the workspace; when the base commit
 * is not there either (a shallow checkout), every matched image, and why.
 */
export async function findChanges(sources: ChangeSources): Promise<ChangeSet> {
  const notes: string[] = [];
  const { pullRequest, api } = sources;
  if (pullRequest !== undefined && api) {
    try {
      const files = await api.pullFiles(pullRequest);
      if (files.length < PULL_FILES_CAP) {
        return { kind: 'changed', files, source: `pull request #${pullRequest}'s files`, notes };
      }
      notes.push(
        `Pull request #${pullRequest} changes ${PULL_FILES_CAP} files or more, and GitHub's files API lists only the first ${PULL_FILES_CAP}; reading its changes with git instead.`,
      );
    } catch (error) {
      const status = httpStatus(error);
      notes.push(
        `Listing pull request #${pullRequest}'s files failed (${status ? `HTTP ${status}: ` : ''}${errorMessage(error)}); reading its changes with git instead.`,
      );
    }
  }
  return fromGit(sources, notes);
}

async function fromGit(sources: ChangeSources, notes: string[]): Promise<ChangeSet> {
  const { range, git } = sources;
  if (!range) {
    return { kind: 'all', reason: 'the event names no base commit to compare with', notes };
  }
  const short = range.base.slice(0, 12);
  try {
    if (!(await git.hasCommit(range.base))) {
      return {
        kind: 'all',
        reason: `the base commit ${short} is not in the checkout (a shallow clone): set \`fetch-depth: 0\` on actions/checkout so that only the changed images are labeled`,
        notes,
      };
    }
    const head = (await git.hasCommit(range.head)) ? range.head : 'HEAD';
    const files = await git.diff(range.base, head);
    return { kind: 'changed', files, source: `git diff ${short}...${head.slice(0, 12)}`, notes };
  } catch (error) {
    return { kind: 'all', reason: `git could not list the changes: ${errorMessage(error)}`, notes };
  }
}

/** Statuses whose file is in the head commit and worth labeling. */
export function isLabelable(status: ChangeStatus): boolean {
  return status !== 'removed' && status !== 'unchanged';
}
