import type { Inputs } from './inputs.js';
import type { ModerationPolicy } from './moderation-policy.js';
import { type Counts, type ResultList, countResults, indicesWhere } from './result-list.js';

/**
 * Images the policy could not judge: failed, not yet labeled by the Lambda, or labeled by a
 * Lambda that does not moderate.
 */
export function unjudgedCount(counts: Counts): number {
  return counts.failed + counts.uploaded + counts.notModerated;
}

/** Paths named in the failure message; the summary and annotations have the rest. */
const NAMED = 5;

/**
 * Why the step fails for moderation, with `moderation: fail`: images the policy blocks and no
 * override approves, and images it could not judge (failed, not yet labeled by the Lambda, or
 * labeled by a Lambda that does not moderate): the gate fails closed. Called once every image
 * was processed and reported.
 */
export function moderationFailure(
  results: ResultList,
  inputs: Pick<Inputs, 'moderation'>,
  policy: ModerationPolicy | undefined,
): string | undefined {
  if (!policy || inputs.moderation !== 'fail') return undefined;
  const counts = countResults(results);
  const problems: string[] = [];
  if (counts.blocked > 0) {
    const named = indicesWhere(results, (f) => f.verdict === 'block')
      .slice(0, NAMED)
      .map((i) => results.facts(i).path);
    const more = counts.blocked > named.length ? ` and ${counts.blocked - named.length} more` : '';
    problems.push(
      `${counts.blocked} image(s) are blocked by the moderation policy (${policy.source}) and not approved: ${named.join(', ')}${more}. ` +
        'See "Needs review" in the job summary. To approve an image, add an override to the policy with its path, sha256, the allowed category names and a reason; or replace the image.',
    );
  }
  const unjudged = counts.failed + counts.uploaded;
  if (unjudged > 0) {
    problems.push(
      `${unjudged} image(s) could not be judged by the moderation policy (failed, or no result from the Lambda): with \`moderation: fail\` the step passes only images it has seen. See the job summary.`,
    );
  }
  if (counts.notModerated > 0) {
    problems.push(
      `${counts.notModerated} image(s) were labeled by the Lambda without moderation, so they cannot be judged. ` +
        "Turn moderation on for this environment in the backend (the CDK app's moderation setting, which sets the function's MODERATION=on), or use `moderation: report`.",
    );
  }
  return problems.length > 0 ? problems.join('\n') : undefined;
}
