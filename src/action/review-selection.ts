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
  const byPath = new Map<string, ChangedFile>();
  for (const change of changes.files)
    if (isLabelable(change.status)) byPath.set(change.path, change);
  const selected = pathMatcher(inputs.images);
  return {
    files: files.filter((file) => byPath.has(file.path)),
    changeOf: (path) => byPath.get(path) ?? modified(path),
    takes: (path) => byPath.has(path),
    removed: changes.files.filter((c) => c.status === 'removed' && selected(c.path)),
    source: `only the changed images, from ${changes.source}`,
    notes: changes.notes,
    onlyChanged: true,
  };
}

async function changeSet(context: RunContext, sources: SelectionSources): Promise<ChangeSet> {
  let api: GitHubApi | undefined;
  const notes: string[] = [];
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
