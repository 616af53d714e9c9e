import { escapeAttribute, escapeUrlPath } from './markdown-escape.js';

/** Where a file of the run's commit lives on GitHub. */
export interface RepositoryRef {
  serverUrl: string;
  repository: string;
  commit: string;
}

/** Thumbnails are drawn this wide (pixels); GitHub scales the height. */
export const THUMBNAIL_WIDTH = 64;

/** `https://github.com/{owner}/{repo}/blob/{sha}/{path}`, or undefined without a repository. */
export function blobUrl(ref: RepositoryRef, path: string): string | undefined {
  const { serverUrl, repository, commit } = ref;
  if (!serverUrl || !repository || !commit) return undefined;
  // Never emit a `javascript:` (or other scheme) link, whatever the environment says.
  if (!/^https?:\/\//i.test(serverUrl)) return undefined;
  const base = serverUrl.replace(/\/+$/, '');
  return `${base}/${escapeUrlPath(repository)}/blob/${escapeUrlPath(commit)}/${escapeUrlPath(path)}`;
}

/**
 * A small image of the file as committed. `blob/...?raw=true` is what renders for everyone who
 * can see the repository, private ones included (GitHub answers it with a short-lived signed
 * redirect for the viewer). Never raw.githubusercontent.com, which needs a token for a private
 * repository, and never a presigned S3 URL: GitHub's image proxy would make it readable by
 * anyone holding the comment's link.
 */
export function thumbnail(ref: RepositoryRef, path: string): string {
  const url = blobUrl(ref, path);
  if (!url) return '';
  return `<img src="${escapeAttribute(`${url}?raw=true`)}" width="${THUMBNAIL_WIDTH}" alt="">`;
}

/** Verdicts whose image may be shown: what a person is meant to look at, or found clear. */
const SHOWN_VERDICTS: ReadonlySet<string | undefined> = new Set(['clear', 'approved', 'warn']);

/**
 * Whether an image with this verdict may get a thumbnail: never a blocked one; with moderation
 * on, only one whose verdict is known (not a fork's unlabeled image, nor an unjudged one).
 */
export function mayShow(verdict: string | undefined, moderation: boolean): boolean {
  if (verdict === 'block') return false;
  return !moderation || SHOWN_VERDICTS.has(verdict);
}
