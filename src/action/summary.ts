import { compareCodeUnits } from '../shared/compare.js';
import { escapeAttribute, escapeHtml, truncateText } from './markdown-escape.js';
import { blobUrl, mayShow, thumbnail } from './github-links.js';
import type { ImageResult, ImageStatus } from './image-result.js';
import { type ResultFacts, type ResultList, countResults, sortedBy } from './result-list.js';
import type { Label } from '../shared/label.js';
import type { RunReport, WaitReport } from './run-report.js';
import { renderNeedsReview, renderVerdictCell } from './moderation-summary.js';
import { describeCalls } from './billed-calls.js';

export interface SummaryOptions {
  /** Upper bound for the UTF-8 size of the returned Markdown. */
  maxBytes?: number;
  /** Labels shown inline per image; the rest go in a collapsible block. */
  topLabels?: number;
}

export interface RenderedSummary {
  markdown: string;
  /** True when rows were left out or shortened to respect `maxBytes`. */
  truncated: boolean;
  rowsShown: number;
}

/** GitHub rejects a step's job summary above 1 MiB; stay a little under it. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
export const DEFAULT_TOP_LABELS = 5;

/** Applies to the status cell's detail: the error, or the note of an image still waiting for the Lambda. */
const MAX_ERROR_CHARS = 500;
// Context values and the results path are short in practice; the cap only keeps the header
// bounded so that rows, not the header, get the byte budget.
const MAX_CONTEXT_CHARS = 1000;
// A row too big for the remaining budget (say, a very long non-ASCII path, whose percent-encoded
// href is up to 9 bytes a character) is retried in this reduced form before giving up on it.
const COMPACT = { pathChars: 120, labelChars: 60, errorChars: 200 };

const STATUS_TEXT: Record<ImageStatus, string> = {
  labeled: '✅ labeled',
  uploaded: '⬆️ uploaded',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  checked: '⏸️ not labeled',
};

// Problems first, so reviewers see them at once and they survive truncation; then images with a
// note (no result from the Lambda), then the rest.
const STATUS_RANK: Record<ImageStatus, number> = {
  failed: 0,
  skipped: 1,
  checked: 2,
  labeled: 3,
  uploaded: 3,
};
const NOTE_RANK = 2;

// No column that is empty on most rows: an error or note goes under its status.
const tableOpen = (verdicts: boolean) =>
  `<table>\n<thead><tr><th>File</th><th>Status</th>${verdicts ? '<th>Verdict</th>' : ''}<th>Top labels</th></tr></thead>\n<tbody>\n`;
const TABLE_CLOSE = '</tbody>\n</table>\n';

type RowRenderer = (result: ImageResult) => string;

/** Renders the job summary for a run, never larger than `maxBytes` of UTF-8. */
export function renderSummary(report: RunReport, options: SummaryOptions = {}): RenderedSummary {
  const maxBytes = Math.max(0, Math.floor(options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES));
  const topLabels = Math.max(0, Math.floor(options.topLabels ?? DEFAULT_TOP_LABELS));
  const total = report.results.length;
  const intro = renderIntro(report);
  const resultsLine =
    (report.resultsFile ? `\n${renderResultsFileLine()}\n` : '') +
    (report.resultsCut
      ? `\n⚠️ ${escapeHtml(truncateText(report.resultsCut, MAX_CONTEXT_CHARS))}\n`
      : '');

  if (total === 0) {
    const markdown = `${intro}No images matched.\n${resultsLine}`;
    return fitOrFallback({ markdown, truncated: false, rowsShown: 0 }, maxBytes, total);
  }

  const rows = sortForReview(report.results);
  const review = report.moderation
    ? renderNeedsReview(report.results, report.moderation.policySource, (path) =>
        renderFile(report, path, false),
      )
    : '';
  const head =
    intro +
    (review ? `${review}### All images\n\n` : '') +
    tableOpen(report.moderation !== undefined);
  const full: RowRenderer = (r) => renderRow(report, r, topLabels, false);
  const compact: RowRenderer = (r) => renderRow(report, r, topLabels, true);

  const plainTail = TABLE_CLOSE + resultsLine;
  const truncatedTail = (shown: number) =>
    `${TABLE_CLOSE}\n${truncationNote(shown, total)}\n${resultsLine}`;
  const plainBudget = maxBytes - byteLength(head + plainTail);
  // The note's row count never has more digits than the total, so this reserve is enough.
  const budget = maxBytes - byteLength(head + truncatedTail(total));
  const fitted = fitRows(rows, budget, [full, compact]);
  // Only when every row could fit in full is a second look needed: the untruncated table has
  // the plain tail's budget. A large run reads its rows once (read twice, the end of a
  // 20,000-image run peaked 34 MB higher).
  if (fitted.fullBytes <= plainBudget) {
    const whole =
      fitted.allFull && fitted.lines.length === total ? fitted : fitRows(rows, plainBudget, [full]);
    if (whole.lines.length === total) {
      return {
        markdown: head + whole.lines.join('') + plainTail,
        truncated: false,
        rowsShown: total,
      };
    }
  }
  const shown = fitted.lines;
  const markdown = head + shown.join('') + truncatedTail(shown.length);
  return fitOrFallback({ markdown, truncated: true, rowsShown: shown.length }, maxBytes, total);
}

interface FittedRows {
  lines: string[];
  /** Every line is the first renderer's. */
  allFull: boolean;
  /** The first renderer's bytes for every row read, the one that did not fit included. */
  fullBytes: number;
}

/**
 * Renders rows in order while they fit in `budget` bytes, trying each renderer in turn. Rows
 * are read one at a time, so a run of 20,000 reads only the ones the summary has room for.
 */
function fitRows(rows: ResultList, budget: number, renderers: RowRenderer[]): FittedRows {
  const fitted: FittedRows = { lines: [], allFull: true, fullBytes: 0 };
  let remaining = budget;
  for (let i = 0; i < rows.length; i++) {
    const line = firstThatFits(rows.get(i), remaining, renderers);
    fitted.fullBytes += line.fullBytes;
    if (line.text === undefined) break;
    if (line.renderer > 0) fitted.allFull = false;
    fitted.lines.push(line.text);
    remaining -= line.bytes;
  }
  return fitted;
}

function firstThatFits(
  row: ImageResult,
  budget: number,
  renderers: RowRenderer[],
): { text?: string; bytes: number; renderer: number; fullBytes: number } {
  let fullBytes = 0;
  for (const [renderer, render] of renderers.entries()) {
    const text = `${render(row)}\n`;
    const bytes = byteLength(text);
    if (renderer === 0) fullBytes = bytes;
    if (bytes <= budget) return { text, bytes, renderer, fullBytes };
  }
  return { bytes: 0, renderer: -1, fullBytes };
}

/**
 * Only a `maxBytes` too small for the header itself gets here; the promise to stay under it
 * still holds, with as much of a bare notice as fits.
 */
function fitOrFallback(summary: RenderedSummary, maxBytes: number, total: number): RenderedSummary {
  if (byteLength(summary.markdown) <= maxBytes) return summary;
  const notice = `## Rekognition labels\n\n${truncationNote(0, total)}\n`;
  return { markdown: cutToBytes(notice, maxBytes), truncated: true, rowsShown: 0 };
}

function renderIntro(report: RunReport): string {
  const context = [
    ['Mode', report.mode],
    ['Environment', report.environment],
    ['Region', report.region],
    ['Bucket', report.bucket],
    ['Table', report.table],
  ]
    .map(([name, value]) => `**${name}:** ${codeOrDash(value)}`)
    .join(' · ');
  const wait = report.wait ? `${renderWait(report.wait)}\n\n` : '';
  // In upload-only mode the calls are the Lambda's, not counted here.
  const calls =
    report.calls && report.mode === 'direct' ? `${describeCalls(report.calls)}.\n\n` : '';
  const changes = report.changes
    ? `Images: ${escapeHtml(truncateText(report.changes.description, MAX_CONTEXT_CHARS))}.\n\n`
    : '';
  return `## Rekognition labels\n\n${context}\n\n${changes}${renderTotals(report)}\n\n${calls}${wait}`;
}

function codeOrDash(value: string | undefined): string {
  return value ? `<code>${escapeHtml(truncateText(value, MAX_CONTEXT_CHARS))}</code>` : '—';
}

function renderTotals(report: RunReport): string {
  const { results } = report;
  const counts = countResults(results);
  const images = results.length === 1 ? 'image' : 'images';
  const timedOut = report.wait?.timedOut ?? 0;
  const late = timedOut > 0 ? ` (${timedOut} timed out)` : '';
  const moderated = report.moderation
    ? ` Moderation: ${counts.blocked} blocked, ${counts.flagged - counts.blocked} warned, ` +
      `${counts.approved} approved` +
      (counts.notModerated > 0 ? `, ${counts.notModerated} not moderated.` : '.')
    : '';
  return (
    `**${results.length} ${images}:** ${counts.labeled} labeled (${counts.cached} from cache), ` +
    `${counts.uploaded} uploaded${late}, ${counts.failed} failed, ${counts.skipped} skipped.` +
    (counts.checked > 0
      ? ` ${counts.checked} passed the pre-checks and were not labeled: no AWS credentials on this run.`
      : '') +
    moderated
  );
}

function renderWait(wait: WaitReport): string {
  const parts = [`${wait.arrived} of ${wait.waited} arrived`];
  if (wait.timedOut > 0) parts.push(`${wait.timedOut} timed out`);
  if (wait.unreadable > 0) parts.push(`${wait.unreadable} could not be read`);
  return (
    "Labels of uploaded images come from the Lambda's items in the table " +
    `(waited up to ${wait.seconds} s: ${parts.join(', ')}).`
  );
}

/**
 * Where the complete results are. The file itself is on the runner, which no reviewer can open,
 * so this names the step outputs and how a workflow keeps the file.
 */
function renderResultsFileLine(): string {
  return (
    "Every image's labels are in this step's `results` output (cut to fit 512 KiB) and, complete, " +
    'in the JSON file its `results-file` output names: an `actions/upload-artifact` step with ' +
    'that output as its `path` keeps it with the run.'
  );
}

function truncationNote(shown: number, total: number): string {
  return (
    `⚠️ Summary truncated: showing ${shown} of ${total} images ` +
    '(GitHub limits a job summary to 1 MiB). ' +
    'The complete results are in the `results-file` output.'
  );
}

function sortForReview(results: ResultList): ResultList {
  return sortedBy(results, (a, b) => rank(a) - rank(b) || compareCodeUnits(a.path, b.path));
}

function rank(facts: ResultFacts): number {
  const byStatus = STATUS_RANK[facts.status];
  return facts.noted && byStatus > NOTE_RANK ? NOTE_RANK : byStatus;
}

function details(result: ImageResult): string {
  return [result.error, result.note].filter(Boolean).join(' ');
}

/** The status, with the error or note under it. */
function renderStatusCell(result: ImageResult, compact: boolean): string {
  const text = details(result);
  if (!text) return renderStatus(result);
  const detail = escapeHtml(truncateText(text, compact ? COMPACT.errorChars : MAX_ERROR_CHARS));
  return `${renderStatus(result)}<br><sub>${detail}</sub>`;
}

/**
 * A thumbnail for images a reviewer may look at: never a blocked one or a file that failed;
 * with moderation on, only an image whose verdict is known and not block.
 */
function renderThumbnail(report: RunReport, result: ImageResult): string {
  if (!report.thumbnails || result.status === 'failed' || result.status === 'skipped') return '';
  if (!mayShow(result.moderation?.verdict, report.moderation !== undefined)) return '';
  return `${thumbnail(report, result.path)} `;
}

function renderRow(
  report: RunReport,
  result: ImageResult,
  topLabels: number,
  compact: boolean,
): string {
  const cells = [
    (compact ? '' : renderThumbnail(report, result)) + renderFile(report, result.path, compact),
    renderStatusCell(result, compact),
    ...(report.moderation ? [renderVerdictCell(result, compact)] : []),
    compact
      ? renderCompactLabels(result.labels, topLabels)
      : renderLabels(result.labels, topLabels),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function renderFile(report: RunReport, path: string, compact: boolean): string {
  if (compact) return escapeHtml(truncateText(path, COMPACT.pathChars));
  const url = blobUrl(report, path);
  const text = escapeHtml(path);
  return url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
}

function renderStatus(result: ImageResult): string {
  if (result.status === 'labeled' && result.cached) return '🗂️ labeled (cached)';
  return STATUS_TEXT[result.status];
}

function renderLabels(labels: Label[], topLabels: number): string {
  const top = labels
    .slice(0, topLabels)
    .map((l) => formatLabel(l.name, l.confidence, 1))
    .join(', ');
  if (labels.length <= topLabels) return top;
  const all = labels.map((l) => formatLabel(l.name, l.confidence, 2)).join(', ');
  return `${top}<details><summary>all ${labels.length} labels</summary>${all}</details>`;
}

function renderCompactLabels(labels: Label[], topLabels: number): string {
  return labels
    .slice(0, topLabels)
    .map((l) => formatLabel(truncateText(l.name, COMPACT.labelChars), l.confidence, 1))
    .join(', ');
}

function formatLabel(name: string, confidence: number, decimals: number): string {
  return `${escapeHtml(name)} ${confidence.toFixed(decimals)}%`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Longest prefix of whole code points, plus a final newline, within `maxBytes`. */
function cutToBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  if (maxBytes < 1) return '';
  let kept = '';
  let used = 1; // the closing newline
  for (const char of text) {
    const size = byteLength(char);
    if (used + size > maxBytes) break;
    kept += char;
    used += size;
  }
  return `${kept.trimEnd()}\n`;
}
