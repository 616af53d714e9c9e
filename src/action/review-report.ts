import type { Label } from '../shared/label.js';
import { type RepositoryRef, blobUrl, mayShow, thumbnail } from './github-links.js';
import { escapeAttribute, escapeHtml, truncateText } from './markdown-escape.js';
import { VERDICT_TEXT, describeFinding } from './moderation-summary.js';
import type { DiffList } from './diff-spool.js';
import { type ImageDiff, verdictChanged } from './review-diff.js';

/** GitHub refuses a comment over 65,536 characters; the rest is room for the header and footer. */
export const COMMENT_MAX_CHARS = 60_000;
/** Labels listed per row and kind (added, removed, moved); the rest are counted. */
const LABELS_PER_ROW = 8;
const MAX_PATH_CHARS = 200;
const MAX_ERROR_CHARS = 300;

/** Everything the pull-request comment (and the `report-file` output) shows. */
export interface ReviewReport {
  /** The `comment-key` input: one comment per pull request and key. */
  key: string;
  /** The head commit: links and thumbnails. */
  head: RepositoryRef;
  /** The base commit: thumbnails of removed images. */
  base?: RepositoryRef;
  thumbnails: boolean;
  /** Moderation is on: then only an image judged safe to show gets a thumbnail. */
  moderation: boolean;
  /** The run failed before labeling; the notes say why. */
  failed?: boolean;
  /** This run's environment (beta on pull requests). */
  environment: string;
  /** '' when nothing was compared. */
  compareEnvironment: string;
  /** In review order (reviewRank), read one row at a time. */
  diffs: DiffList;
  /** Where the list of changes came from, or why every matched image was taken. */
  source: string;
  notes: readonly string[];
  /** The run's page, where the job summary is. */
  runUrl?: string;
}

/** The hidden marker the comment is found by on the next run. */
export function commentMarker(key: string): string {
  return `<!-- rekognition-label:${key} -->`;
}

const SECTIONS: { title: string; rank: number; open: boolean }[] = [
  { title: '⛔ Blocked', rank: 0, open: true },
  { title: '⚠️ Warned', rank: 1, open: true },
  { title: '✏️ Changed', rank: 2, open: true },
  { title: '🆕 New', rank: 3, open: true },
  { title: '🗑️ Removed', rank: 4, open: true },
  { title: '♻️ Same bytes as before', rank: 5, open: false },
];

/**
 * The comment: blocked, warned, changed, new, removed, then the images whose bytes did not
 * change, each a table with a thumbnail (none for a blocked image). Never over `maxChars`:
 * rows that do not fit are counted, with a pointer to the job summary.
 */
export function renderReviewComment(report: ReviewReport, maxChars = COMMENT_MAX_CHARS): string {
  const header = renderHeader(report);
  const notes = report.notes.map((note) => `> ${escapeHtml(truncateText(note, 500))}\n`).join('');
  let body = `${commentMarker(report.key)}\n${header}${notes ? `\n${notes}` : ''}\n`;
  const { diffs } = report;
  if (diffs.length === 0) return body;
  let omitted = 0;
  const footerRoom = 400;
  let start = 0;
  for (const section of SECTIONS) {
    // Sorted by rank: a section is the run of entries with its rank.
    let end = start;
    while (end < diffs.length && diffs.rank(end) === section.rank) end++;
    const count = end - start;
    if (count === 0) continue;
    const open = `${sectionOpen(section, count)}${TABLE_OPEN}`;
    const close = TABLE_CLOSE + sectionClose(section);
    if (body.length + open.length + close.length + footerRoom > maxChars) {
      omitted += count;
      start = end;
      continue;
    }
    let rows = '';
    let shown = 0;
    for (let i = start; i < end; i++) {
      const row = `${renderRow(report, diffs.get(i))}\n`;
      if (
        body.length + open.length + rows.length + row.length + close.length + footerRoom >
        maxChars
      ) {
        break;
      }
      rows += row;
      shown++;
    }
    omitted += count - shown;
    body += `${open}${rows}${close}`;
    start = end;
  }
  return body + renderFooter(report, omitted);
}

const TABLE_OPEN =
  '<table>\n<thead><tr><th></th><th>File</th><th>Change</th><th>Labels</th></tr></thead>\n<tbody>\n';
const TABLE_CLOSE = '</tbody>\n</table>\n';

function sectionOpen(section: (typeof SECTIONS)[number], count: number): string {
  const title = `${section.title} (${count})`;
  return section.open
    ? `\n### ${title}\n\n`
    : `\n<details><summary><strong>${title}</strong></summary>\n\n`;
}

function sectionClose(section: (typeof SECTIONS)[number]): string {
  return section.open ? '' : '\n</details>\n';
}

function renderHeader(report: ReviewReport): string {
  const count = report.diffs.length;
  const commit = report.head.commit
    ? ` at <code>${escapeHtml(report.head.commit.slice(0, 12))}</code>`
    : '';
  if (report.failed) {
    return `## Rekognition review\n\n❌ The run${commit} failed before its images were labeled, so there is nothing to review yet: see below and the run's log.\n`;
  }
  if (count === 0) {
    return (
      `## Rekognition review\n\nNo image is changed by this pull request${commit}: ` +
      `nothing to label or review (${escapeHtml(report.source)}).\n`
    );
  }
  const compared = report.compareEnvironment
    ? `, compared with <strong>${escapeHtml(report.compareEnvironment)}</strong>`
    : '';
  const images = count === 1 ? 'image' : 'images';
  return (
    `## Rekognition review\n\n<strong>${count} ${images}</strong> changed${commit}${compared} ` +
    `(labeled in <strong>${escapeHtml(report.environment)}</strong>; ${escapeHtml(report.source)}).\n`
  );
}

function renderFooter(report: ReviewReport, omitted: number): string {
  const where = report.runUrl
    ? `<a href="${escapeAttribute(report.runUrl)}">the job summary</a>`
    : 'the job summary';
  const more =
    omitted > 0 ? `\n⚠️ ${omitted} more in ${where} (a comment is limited in size).\n` : '';
  return `${more}\n<sub>Updated on every push by rekognition-label; every image is in ${where} and the step's <code>diff-file</code> output.</sub>\n`;
}

function renderRow(report: ReviewReport, diff: ImageDiff): string {
  return `<tr><td>${renderThumbnail(report, diff)}</td><td>${renderFile(report, diff)}</td><td>${renderChange(diff)}</td><td>${renderLabels(diff)}</td></tr>`;
}

function renderThumbnail(report: ReviewReport, diff: ImageDiff): string {
  if (!report.thumbnails) return '';
  // Never show a blocked image, here or in prod's version of it; with moderation on, never
  // one whose verdict is not known (a fork's unlabeled image, one the Lambda did not judge).
  if (diff.verdict === 'block' || diff.compareVerdict === 'block') return '';
  if (diff.change === 'removed') {
    if (!report.base) return '';
    if (!mayShow(diff.compareVerdict, report.moderation)) return '';
    return thumbnail(report.base, diff.previousPath ?? diff.path);
  }
  if (diff.status === 'failed' || diff.status === 'skipped') return '';
  if (!mayShow(diff.verdict, report.moderation)) return '';
  return thumbnail(report.head, diff.path);
}

function renderFile(report: ReviewReport, diff: ImageDiff): string {
  const text = escapeHtml(truncateText(diff.path, MAX_PATH_CHARS));
  const url = diff.change === 'removed' ? undefined : blobUrl(report.head, diff.path);
  const link = url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
  const from = diff.previousPath
    ? `<br><sub>from ${escapeHtml(truncateText(diff.previousPath, MAX_PATH_CHARS))}</sub>`
    : '';
  return link + from;
}

const CHANGE_TEXT = {
  new: 'new',
  changed: 'changed bytes',
  unchanged: 'same bytes',
  removed: 'removed',
} as const;

function renderChange(diff: ImageDiff): string {
  // Without a comparison the bytes were not compared: the pull request's own word says it.
  const parts: string[] = [diff.compared ? CHANGE_TEXT[diff.change] : diff.fileStatus];
  if (diff.status === 'failed' || diff.status === 'skipped' || diff.status === 'checked') {
    const icon = diff.status === 'checked' ? '⏸️' : '❌';
    parts.push(`${icon} ${escapeHtml(truncateText(diff.error ?? diff.status, MAX_ERROR_CHARS))}`);
  }
  if (diff.verdict) {
    const was = verdictChanged(diff) ? ` (was ${VERDICT_TEXT[diff.compareVerdict!]})` : '';
    parts.push(`${VERDICT_TEXT[diff.verdict]}${was}`);
  } else if (diff.compareVerdict && diff.change === 'removed') {
    parts.push(`was ${VERDICT_TEXT[diff.compareVerdict]}`);
  }
  if (diff.findings?.length) {
    parts.push(escapeHtml(diff.findings.map(describeFinding).join(', ')));
  }
  return parts.join('<br>');
}

function renderLabels(diff: ImageDiff): string {
  if (diff.change === 'removed') return listed('removed', diff.labelsRemoved);
  const changes = [
    listed('added', diff.labelsAdded),
    listed('removed', diff.labelsRemoved),
    moved(diff),
  ].filter(Boolean);
  if (changes.length > 0) return changes.join('<br>');
  if (diff.labels.length === 0) return '';
  const same = diff.change === 'unchanged' || diff.change === 'changed' ? 'no change: ' : '';
  return same + names(diff.labels);
}

function listed(kind: string, labels: readonly Label[]): string {
  return labels.length > 0 ? `<strong>${kind}:</strong> ${names(labels)}` : '';
}

function names(labels: readonly Label[]): string {
  const shown = labels
    .slice(0, LABELS_PER_ROW)
    .map((label) => `${escapeHtml(label.name)} ${label.confidence.toFixed(1)}%`);
  const more = labels.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function moved(diff: ImageDiff): string {
  if (diff.confidenceMoves.length === 0) return '';
  const shown = diff.confidenceMoves
    .slice(0, LABELS_PER_ROW)
    .map((m) => `${escapeHtml(m.name)} ${m.before.toFixed(1)} → ${m.after.toFixed(1)}%`);
  const more = diff.confidenceMoves.length - shown.length;
  return `<strong>moved:</strong> ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
