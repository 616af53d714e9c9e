import * as core from '@actions/core';
import { join } from 'node:path';
import { writeResultsFile } from './results-file.js';
import { renderSummary } from './summary.js';
import { redact } from '../shared/redact.js';
import type { ImageResult } from './image-result.js';
import { describeFinding } from './moderation-summary.js';
import {
  type ResultFacts,
  type ResultList,
  countResults,
  indicesWhere,
  someEntry,
  sortedBy,
} from './result-list.js';
import type { RunReport } from './run-report.js';
import { groupDigits } from '../shared/digits.js';

/**
 * Outputs are capped per job; past this the `results` output keeps the entries that matter most
 * (failed, skipped, still waiting for the Lambda), then the rest in path order, while they fit.
 */
export const RESULTS_OUTPUT_MAX_BYTES = 512 * 1024;

// Control characters; bidi overrides and isolates, which could make a name read as another
// ("Trojan Source"); and zero-width characters, which hide inside a name. The summary blanks the
// same characters (markdown-escape.ts).
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/g;

function escapeChar(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The runner treats any log line that starts with `::` as a workflow command, and file names
 * may hold newlines. Control, bidi and zero-width characters are shown escaped (`\u202e`), so a
 * name stays on its own line and reads as what it is; anything credential-shaped is redacted.
 */
export function printable(text: string): string {
  return redact(text).replace(UNPRINTABLE, escapeChar);
}

/**
 * For annotations (and `setFailed`): `@actions/core` encodes line breaks in a command's message,
 * so a message may keep its lines; everything else is escaped as in `printable`.
 */
export function annotationText(text: string): string {
  return redact(text).replace(UNPRINTABLE, (c) => (c === '\n' ? c : escapeChar(c)));
}

/**
 * The entry with credential-shaped text removed from its error and note, before it reaches the
 * outputs, the results file, the summary and the annotations.
 */
export function redactResult(result: ImageResult): ImageResult {
  const redacted = { ...result };
  if (result.error !== undefined) redacted.error = redact(result.error);
  if (result.note !== undefined) redacted.note = redact(result.note);
  return redacted;
}

function describeVerdict(moderation: NonNullable<ImageResult['moderation']>): string {
  if (moderation.verdict === 'approved') return `approved (${moderation.override?.reason ?? ''})`;
  const why = moderation.findings.map(describeFinding).join(', ');
  return why ? `${moderation.verdict}: ${why}` : moderation.verdict;
}

/** One line per image, as it finishes. */
export function logResult(result: ImageResult): void {
  const cached = result.cached ? ' (cached)' : '';
  switch (result.status) {
    case 'labeled': {
      const top = result.labels
        .slice(0, 5)
        .map((l) => `${l.name} ${l.confidence.toFixed(1)}%`)
        .join(', ');
      const verdict = result.moderation
        ? ` [moderation: ${describeVerdict(result.moderation)}]`
        : '';
      core.info(
        printable(
          `✔ ${result.path}${cached}: ${top || 'no labels above min-confidence'}${verdict}`,
        ),
      );
      break;
    }
    case 'uploaded': {
      const note = result.note ? ` (${result.note})` : '';
      core.info(printable(`↑ ${result.path} → ${result.key}${note}`));
      break;
    }
    default:
      core.info(printable(`✖ ${result.path}: ${result.status}: ${result.error ?? ''}`));
  }
}

/**
 * GitHub shows the first 10 error and the first 10 warning annotations of a step (and 50 of a
 * job). The step's verdict goes first (see main.ts), and the action's other step-level messages
 * (a stopped batch; a cut results output, late or unreadable Lambda results) need room too, so
 * at most this many files are annotated per kind; the verdict counts the rest.
 */
export const FILE_ANNOTATIONS = { error: 8, warning: 6 } as const;

/** Which files get an annotation, and how many problems are left to the summary. */
export interface AnnotationPlan {
  failOnError: boolean;
  /**
   * Error annotations, in path order: images the moderation policy blocks, then `failed`
   * entries (with `fail-on-error`).
   */
  errors: ImageResult[];
  /**
   * Warning annotations, in path order: `skipped` entries, `failed` ones without
   * `fail-on-error` (first), then images the moderation policy warns about.
   */
  warnings: ImageResult[];
  /** Problems without an annotation of their own. */
  unannotated: { failed: number; skipped: number; blocked: number; warned: number };
}

type Kind = 'failed' | 'skipped' | 'blocked' | 'warned';

function kindOf(facts: ResultFacts): Kind | undefined {
  if (facts.status === 'failed' || facts.status === 'skipped') return facts.status;
  if (facts.verdict === 'block') return 'blocked';
  return facts.verdict === 'warn' ? 'warned' : undefined;
}

export function planAnnotations(results: ResultList, failOnError: boolean): AnnotationPlan {
  const of = (kind: Kind) => indicesWhere(results, (f) => kindOf(f) === kind);
  const [failed, skipped, blocked, warned] = [
    of('failed'),
    of('skipped'),
    of('blocked'),
    of('warned'),
  ];
  // Blocked images first: a moderation gate's findings must show on the diff, whatever failed.
  const errors = [...blocked, ...(failOnError ? failed : [])].slice(0, FILE_ANNOTATIONS.error);
  const warnings = [...(failOnError ? skipped : [...failed, ...skipped]), ...warned].slice(
    0,
    FILE_ANNOTATIONS.warning,
  );
  const shown = { failed: 0, skipped: 0, blocked: 0, warned: 0 };
  for (const i of [...errors, ...warnings]) shown[kindOf(results.facts(i))!]++;
  return {
    failOnError,
    errors: errors.map((i) => results.get(i)),
    warnings: warnings.map((i) => results.get(i)),
    unannotated: {
      failed: failed.length - shown.failed,
      skipped: skipped.length - shown.skipped,
      blocked: blocked.length - shown.blocked,
      warned: warned.length - shown.warned,
    },
  };
}

/** `…and 21 more failed images: see the job summary`, or undefined when every problem has one. */
export function describeUnannotated(plan: AnnotationPlan): string | undefined {
  const n = groupDigits;
  const kinds = (Object.entries(plan.unannotated) as [Kind, number][])
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${n(count)} more ${kind}`);
  if (kinds.length === 0) return undefined;
  return `…and ${kinds.join(' and ')} image(s): see the job summary (or results-file)`;
}

/** What an annotation says of a file. */
function annotationOf(result: ImageResult): string {
  const moderation = result.moderation;
  if (result.status === 'labeled' && moderation) {
    const why = moderation.findings.map(describeFinding).join(', ');
    return moderation.verdict === 'block'
      ? `Blocked by the moderation policy: ${why}`
      : `Moderation warning: ${why}`;
  }
  return result.error ?? result.status;
}

/**
 * Annotations carry the file, so they show on the pull request's diff. GitHub shows the `file`
 * too, so a path with bidi or zero-width characters is given escaped (and is then not placed on
 * the diff: it reads as what it is instead).
 */
export function annotate(plan: AnnotationPlan): void {
  const properties = (r: ImageResult) => ({ file: printable(r.path), title: 'rekognition-label' });
  for (const r of plan.errors) core.error(annotationText(annotationOf(r)), properties(r));
  for (const r of plan.warnings) core.warning(annotationText(annotationOf(r)), properties(r));
}

/**
 * GITHUB_ACTION is the step's id, so two steps of one job do not overwrite each other's files
 * (results, report, diff).
 */
export function stepId(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_ACTION ?? 'step').replace(/[^A-Za-z0-9_.-]/g, '_');
}

export function resultsFilePath(env: NodeJS.ProcessEnv, tmpdir: string): string {
  const step = stepId(env);
  return join(env.RUNNER_TEMP || tmpdir, `rekognition-label-results-${step}.json`);
}

/** What the `results` output holds when it had to be cut. */
export interface ResultsCut {
  kept: number;
  total: number;
  /** Failed, skipped, or uploaded with a note (no Lambda result yet): they go first. */
  problems: number;
  problemsKept: number;
  failed: number;
  failedKept: number;
}

/**
 * Writes the results file (always complete) and the outputs. Returns what the `results` output
 * left out, when it had to leave anything out.
 * `timedOut`: images whose Lambda result did not arrive within `wait-for-results` (0 when not waiting).
 */
export async function writeOutputs(
  results: ResultList,
  resultsFile: string,
  environment: string,
  timedOut: number,
): Promise<ResultsCut | undefined> {
  await writeResultsFile(resultsFile, results);
  const { json, cut } = resultsOutput(results);
  if (cut) core.warning(describeResultsCut(cut));
  const counts = countResults(results);
  core.setOutput('results', json);
  core.setOutput('results-file', resultsFile);
  core.setOutput('labeled-count', counts.labeled);
  core.setOutput('uploaded-count', counts.uploaded);
  core.setOutput('failed-count', counts.failed);
  core.setOutput('timed-out-count', timedOut);
  core.setOutput('environment', environment);
  core.setOutput('blocked-count', counts.blocked);
  core.setOutput('flagged-count', counts.flagged);
  return cut;
}

/**
 * An entry a reader of the output must not miss: failed, skipped, flagged by the moderation
 * policy (or not moderated), or still waiting.
 */
function isProblem(facts: ResultFacts): boolean {
  return (
    facts.status === 'failed' ||
    facts.status === 'skipped' ||
    facts.noted ||
    (facts.verdict !== undefined && facts.verdict !== 'clear' && facts.verdict !== 'approved')
  );
}

const PROBLEM_RANK = (f: ResultFacts): number =>
  f.status === 'failed'
    ? 0
    : f.verdict === 'block'
      ? 1
      : f.status === 'skipped'
        ? 2
        : isProblem(f)
          ? 3
          : 4;

/**
 * The `results` output: every entry, in path order, when they fit in RESULTS_OUTPUT_MAX_BYTES.
 * Otherwise the failed entries, then the blocked ones, then the skipped ones, then the warned,
 * not moderated and still waiting ones, then the rest, each group in path order, for as long as they fit; `cut` says what was left out.
 */
export function resultsOutput(results: ResultList): {
  json: string;
  kept: number;
  cut?: ResultsCut;
} {
  const whole = fitting(results);
  if (whole.length === results.length) return { json: `[${whole.join(',')}]`, kept: whole.length };
  // Nothing to put first (the usual large run): ranking would give path order again, so the
  // entries that fit are already known, without a sort of every entry and a second pass.
  if (!someEntry(results, isProblem)) {
    const kept = whole.length;
    const none = { problems: 0, problemsKept: 0, failed: 0, failedKept: 0 };
    return { json: `[${whole.join(',')}]`, kept, cut: { kept, total: results.length, ...none } };
  }
  // A stable sort keeps path order within each group.
  const ranked = sortedBy(results, (a, b) => PROBLEM_RANK(a) - PROBLEM_RANK(b));
  const parts = fitting(ranked);
  const problems = indicesWhere(ranked, isProblem);
  const failed = indicesWhere(ranked, (f) => f.status === 'failed');
  const isKept = (i: number) => i < parts.length;
  const cut: ResultsCut = {
    kept: parts.length,
    total: results.length,
    problems: problems.length,
    problemsKept: problems.filter(isKept).length,
    failed: failed.length,
    failedKept: failed.filter(isKept).length,
  };
  return { json: `[${parts.join(',')}]`, kept: parts.length, cut };
}

/** The JSON of the longest prefix of `results` that fits the output budget. */
function fitting(results: ResultList): string[] {
  const parts: string[] = [];
  let bytes = 2;
  for (let i = 0; i < results.length; i++) {
    const part = results.json(i);
    const size = Buffer.byteLength(part) + 1;
    if (bytes + size > RESULTS_OUTPUT_MAX_BYTES) break;
    parts.push(part);
    bytes += size;
  }
  return parts;
}

/** For the log and the summary: what the cut `results` output holds, and where the rest is. */
export function describeResultsCut(cut: ResultsCut): string {
  const n = groupDigits;
  const kinds =
    cut.problems === cut.failed
      ? `${n(cut.failed)} failed ones`
      : `${n(cut.problems)} failed, skipped, flagged or still waiting ones (${n(cut.failed)} failed)`;
  const first =
    cut.problems === 0
      ? 'the first ones in path order'
      : cut.problemsKept === cut.problems
        ? `all ${kinds} first, then the rest in path order`
        : `only ${n(cut.problemsKept)} of the ${kinds}`;
  return (
    `The results output holds ${n(cut.kept)} of ${n(cut.total)} images (${first}; outputs are ` +
    `limited to ${RESULTS_OUTPUT_MAX_BYTES / 1024} KiB); read results-file for all of them.`
  );
}

export async function writeSummary(report: RunReport, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  const { markdown } = renderSummary(report);
  await core.summary.addRaw(markdown).write();
}
