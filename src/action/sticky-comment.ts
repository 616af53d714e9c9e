import { ACTIONS_BOT, type GitHubApi } from './github-api.js';
import { commentMarker } from './review-report.js';

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'not-needed';

/**
 * One comment per pull request and key, found by its hidden marker and its author (the job's
 * bot, or the token's own login) and edited in place, so a push never adds a second one. With nothing changed and no comment yet, none is made; with a
 * comment already there, it is updated to say so rather than left stale.
 */
export async function postSticky(
  api: GitHubApi,
  pullRequest: number,
  key: string,
  body: string,
  hasChanges: boolean,
): Promise<{ action: StickyAction; id?: number }> {
  const marker = commentMarker(key);
  // Anyone may write the marker into a comment of their own; only ours is ever edited.
  const authors = new Set([ACTIONS_BOT]);
  const viewer = await api.viewer();
  if (viewer) authors.add(viewer);
  const existing = (await api.comments(pullRequest)).find(
    (c) => c.body.startsWith(marker) && authors.has(c.login),
  );
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id };
    await api.updateComment(existing.id, body);
    return { action: 'updated', id: existing.id };
  }
  if (!hasChanges) return { action: 'not-needed' };
  return { action: 'created', id: await api.createComment(pullRequest, body) };
}
