import { type ChangedFile, type ChangeSet, findChanges, isLabelable } from './changed-files.js';
import type { Git } from './git-diff.js';
import type { GitHubApi } from './github-api.js';
import type { Inputs } from './inputs.js';
import type { RunContext } from './run-context.js';
import { type WorkspaceMatch, pathMatcher } from './workspace-files.js';

/** The images a run takes, and how each changed. */
export interface ReviewSelection {
  /** The matched files to label. */
  files: WorkspaceMatch[];
  /** How a taken file changed: its pull request status, or `modified` when not known. */
  changeOf(path: string): ChangedFile;
  /** Whether a matched path is taken (also for files refused before labeling). */
  takes(path: string): boolean;
  /** Files the change removed that the `images` input selects. */
  removed: ChangedFile[];
  /** Where the list came from, or why every matched image was taken. */
  source: string;
  /** Fallbacks taken on the way (files API capped or failed), for the log and the report. */
  notes: string[];
  /** True when only the changed images were taken. */
  onlyChanged: boolean;
}

export interface SelectionSources {
  /** Lazily made: only a pull request with a token lists files through the API. */
  api?: () => Promise<GitHubApi>;
  git: Git;
  /** Repository paths to workspace paths (git-diff.ts locateRepository); identity by default. */
  toWorkspace?: (path: string) => string | undefined;
}

/**
 * With `only-changed`, the matched files the pull request (or push) adds or changes, and the
 * removed ones the `images` globs select; otherwise every matched file.
 */
export async function selectImages(
  inputs: Pick<Inputs, 'onlyChanged' | 'images'>,
  context: RunContext,
  files: WorkspaceMatch[],
  sources: SelectionSources,
): Promise<ReviewSelection> {
  const modified = (path: string): ChangedFile => ({ path, status: 'modified' });
  if (!inputs.onlyChanged) {
    return {
      files,
      changeOf: modified,
      takes: () => true,
      removed: [],
      source: 'every matched image: `only-changed` is off',
      notes: [],
      onlyChanged: false,
    };
  }
  const changes = await changeSet(context, sources);
  if (changes.kind === 'all') {
    return {
      files,
      changeOf: modified,
      takes: () => true,
      removed: [],
      source: `every matched image: ${changes.reason}`,
      notes: changes.notes,
      onlyChanged: false,
    };
  }
  const changed = inWorkspace(changes.files, sources.toWorkspace ?? ((path) => path));
  const byPath = new Map<string, ChangedFile>();
  for (const change of changed) if (isLabelable(change.status)) byPath.set(change.path, change);
  const selected = pathMatcher(inputs.images);
  const present = new Set(files.map((file) => file.path));
  const notes = [...changes.notes, ...missingNote(changed, selected, present)];
  return {
    files: files.filter((file) => byPath.has(file.path)),
    changeOf: (path) => byPath.get(path) ?? modified(path),
    takes: (path) => byPath.has(path),
    removed: removedOf(changed, selected),
    source: `only the changed images, from ${changes.source}`,
    notes,
    onlyChanged: true,
  };
}

/** The changes with workspace paths; those outside the workspace are dropped. */
function inWorkspace(
  files: readonly ChangedFile[],
  toWorkspace: (path: string) => string | undefined,
): ChangedFile[] {
  const mapped: ChangedFile[] = [];
  for (const file of files) {
    const path = toWorkspace(file.path);
    if (path === undefined) continue;
    const previousPath = file.previousPath ? toWorkspace(file.previousPath) : undefined;
    mapped.push({ path, status: file.status, ...(previousPath ? { previousPath } : {}) });
  }
  return mapped;
}

/**
 * Removed files the globs select, and images renamed out of them: for the images input both
 * are gone (the old path is what the compared environment knows).
 */
function removedOf(
  changed: readonly ChangedFile[],
  selected: (path: string) => boolean,
): ChangedFile[] {
  const removed: ChangedFile[] = [];
  for (const change of changed) {
    if (change.status === 'removed' && selected(change.path)) removed.push(change);
    else if (
      change.status === 'renamed' &&
      change.previousPath &&
      !selected(change.path) &&
      selected(change.previousPath)
    ) {
      removed.push({ path: change.previousPath, status: 'removed' });
    }
  }
  return removed;
}

/**
 * Changed images the globs select that are not in the workspace would be dropped without a word:
 * a checkout of another commit than the pull request's head, or of only part of it.
 */
function missingNote(
  changed: readonly ChangedFile[],
  selected: (path: string) => boolean,
  present: ReadonlySet<string>,
): string[] {
  const missing = changed.filter(
    (c) => isLabelable(c.status) && selected(c.path) && !present.has(c.path),
  );
  if (missing.length === 0) return [];
  const shown = missing
    .slice(0, 3)
    .map((c) => c.path)
    .join(', ');
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
  return [
    `${missing.length} changed image(s) the \`images\` input selects are not in the workspace (${shown}${more}), so they are not labeled: check out the pull request's head commit (actions/checkout's default on pull_request).`,
  ];
}

async function changeSet(context: RunContext, sources: SelectionSources): Promise<ChangeSet> {
  let api: GitHubApi | undefined;
  const notes: string[] = [];
  if (context.pullRequest !== undefined && !sources.api) {
    notes.push(
      '`github-token` is empty, so the pull request files API is not asked; reading the changes with git.',
    );
  }
  if (context.pullRequest !== undefined && sources.api) {
    try {
      api = await sources.api();
    } catch (error) {
      notes.push(
        `The GitHub client could not start (${String(error)}); reading the changes with git.`,
      );
    }
  }
  const found = await findChanges({
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    ...(api ? { api } : {}),
    ...(context.changeRange ? { range: context.changeRange } : {}),
    git: sources.git,
  });
  return { ...found, notes: [...notes, ...found.notes] };
}
