import type { Finding } from '../shared/moderation-verdict.js';
import type { ImageResult, ResultModeration } from './image-result.js';
import { escapeHtml, truncateText } from './markdown-escape.js';
import { type ResultList, countResults, indicesWhere } from './result-list.js';
import { unjudgedCount } from './moderation-outcome.js';

/** Rows of the "Needs review" section; the rest are counted, and all are in the table. */
export const MAX_REVIEW_ROWS = 100;
const MAX_REASON_CHARS = 300;

export const VERDICT_TEXT: Record<ResultModeration['verdict'], string> = {
  block: '⛔ block',
  warn: '⚠️ warn',
  clear: '🟢 clear',
  approved: '👍 approved',
  'not-moderated': '❔ not moderated',
};

/** What the rule was: `Explicit Nudity 87.1% (block: Explicit ≥ 50)`. */
export function describeFinding(finding: Finding): string {
  const via = finding.rule === finding.name ? '' : `${finding.rule} `;
  return `${finding.name} ${finding.confidence.toFixed(1)}% (${finding.level}: ${via}≥ ${finding.threshold})`;
}

/** The table's Verdict cell (escaped): the verdict, and for an approval its reason. */
export function renderVerdictCell(result: ImageResult, compact: boolean): string {
  const moderation = result.moderation;
  if (!moderation) return '';
  const text = VERDICT_TEXT[moderation.verdict];
  if (moderation.verdict === 'approved' && moderation.override) {
    const reason = truncateText(moderation.override.reason, compact ? 60 : MAX_REASON_CHARS);
    return `${text}: ${escapeHtml(reason)}`;
  }
  if (compact || moderation.findings.length === 0) return text;
  return `${text}: ${escapeHtml(moderation.findings.map(describeFinding).join(', '))}`;
}

/**
 * "Needs review", at the top of the summary: the blocked images, then the warned ones, each
 * with the labels and confidences that decided it. Reads only the rows it shows.
 */
export function renderNeedsReview(
  results: ResultList,
  policySource: string,
  renderFile: (path: string) => string,
): string {
  const blocked = indicesWhere(results, (f) => f.verdict === 'block');
  const warned = indicesWhere(results, (f) => f.verdict === 'warn');
  const shown = [...blocked, ...warned].slice(0, MAX_REVIEW_ROWS);
  const source = escapeHtml(truncateText(policySource, 200));
  const unjudged = unjudgedCount(countResults(results));
  const unseen =
    unjudged > 0
      ? `⚠️ ${unjudged} image(s) could not be judged (failed, no result from the Lambda, or not moderated by it): see the table.\n\n`
      : '';
  if (shown.length === 0) {
    const nothing = unjudged > 0 ? 'No judged image' : 'Nothing: no image';
    return `### Needs review\n\n${unseen}${nothing} is blocked or warned by ${source}.\n\n`;
  }
  const rows = shown.map((i) => {
    const result = results.get(i);
    const findings = result.moderation?.findings ?? [];
    const why = escapeHtml(findings.map(describeFinding).join(', '));
    return `<tr><td>${renderFile(result.path)}</td><td>${VERDICT_TEXT[result.moderation!.verdict]}</td><td>${why}</td></tr>`;
  });
  const more = blocked.length + warned.length - shown.length;
  const rest =
    more > 0 ? `\n…and ${more} more (all are in the table below and in \`results-file\`).\n` : '';
  return (
    `### Needs review\n\n${unseen}${blocked.length} blocked, ${warned.length} warned by ${source}. ` +
    'Approve an image by adding an override (its path, sha256 and the allowed names, with a reason) to the policy.\n\n' +
    '<table>\n<thead><tr><th>File</th><th>Verdict</th><th>Decided by</th></tr></thead>\n<tbody>\n' +
    `${rows.join('\n')}\n</tbody>\n</table>\n${rest}\n`
  );
}
