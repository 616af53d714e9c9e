import type { Label } from '../shared/label.js';
import type { Finding } from '../shared/moderation-verdict.js';
import { type Item, labelsFromItem, moderationFromItem } from '../shared/record.js';
import type { ChangedFile, ChangeStatus } from './changed-files.js';
import type { ImageResult, ImageStatus, ResultModeration } from './image-result.js';
import { type ModerationPolicy, judged } from './moderation-policy.js';

/**
 * How an image of the pull request compares with the environment it is compared with (prod):
 * `new` (no item there), `changed` (other bytes), `unchanged` (the same bytes, say a rename),
 * `removed` (the pull request deletes it). Without a comparison, the pull request's own file
 * status decides: added is new, removed is removed, anything else changed.
 */
export type ChangeClass = 'new' | 'changed' | 'unchanged' | 'removed';

/** A confidence that moved by at least CONFIDENCE_MOVE points. */
export interface ConfidenceMove {
  name: string;
  before: number;
  after: number;
}

export type DiffVerdict = ResultModeration['verdict'];

/** One entry of the `diff-file` output (documented in docs/pull-requests.md). */
export interface ImageDiff {
  path: string;
  previousPath?: string;
  change: ChangeClass;
  /** The file's status in the pull request (added, modified, renamed...). */
  fileStatus: ChangeStatus;
  /** False when `change` comes from the file status alone (nothing was compared). */
  compared: boolean;
  /** This run's result for the file; absent for a removed file. */
  status?: ImageStatus;
  /** Why this run has no labels for it. */
  error?: string;
  sha256?: string;
  compareSha256?: string;
  labels: Label[];
  labelsAdded: Label[];
  labelsRemoved: Label[];
  confidenceMoves: ConfidenceMove[];
  verdict?: DiffVerdict;
  compareVerdict?: DiffVerdict;
  /** What blocked or warned, for the reviewer. */
  findings?: Finding[];
}

/** Points a confidence must move to be reported. */
export const CONFIDENCE_MOVE = 10;

export interface DiffInput {
  file: ChangedFile;
  /** This run's result; absent for a removed file. */
  result?: ImageResult;
  /** The compared environment's item; `undefined` when it has none. */
  compared?: Item;
  /** False when there is no comparison (compare-environment off, or no credentials). */
  comparing: boolean;
}

export function diffImage(input: DiffInput, policy: ModerationPolicy | undefined): ImageDiff {
  const { file, result, compared, comparing } = input;
  const before = compared ? labelsFromItem(compared) : [];
  const after = result?.status === 'labeled' ? result.labels : [];
  const beforeVerdict = compared && policy ? verdictOf(compared, file, policy) : undefined;
  // A `checked` image says why it has no labels in its note.
  const why = result?.error ?? (result?.status === 'checked' ? result.note : undefined);
  const diff: ImageDiff = {
    path: file.path,
    ...(file.previousPath ? { previousPath: file.previousPath } : {}),
    change: changeClass(input),
    fileStatus: file.status,
    compared: comparing,
    ...(result ? { status: result.status } : {}),
    ...(why ? { error: why } : {}),
    ...(result?.sha256 ? { sha256: result.sha256 } : {}),
    ...(compared?.sha256?.S ? { compareSha256: compared.sha256.S } : {}),
    labels: after,
    labelsAdded: [],
    labelsRemoved: [],
    confidenceMoves: [],
    ...(result?.moderation ? { verdict: result.moderation.verdict } : {}),
    ...(beforeVerdict ? { compareVerdict: beforeVerdict } : {}),
    ...(result?.moderation?.findings.length ? { findings: result.moderation.findings } : {}),
  };
  if (!comparing || !compared) return diff;
  if (!result) return { ...diff, labelsRemoved: before };
  if (result.status !== 'labeled') return diff;
  return { ...diff, ...labelChanges(before, after) };
}

function changeClass({ file, result, compared, comparing }: DiffInput): ChangeClass {
  if (!result || file.status === 'removed') return 'removed';
  if (!comparing) return file.status === 'added' ? 'new' : 'changed';
  if (!compared) return 'new';
  const sha = compared.sha256?.S;
  return sha && result.sha256 && sha === result.sha256 ? 'unchanged' : 'changed';
}

function verdictOf(
  item: Item,
  file: ChangedFile,
  policy: ModerationPolicy,
): DiffVerdict | undefined {
  const stored = moderationFromItem(item);
  if (!stored) return undefined;
  const path = file.previousPath ?? file.path;
  const sha256 = item.sha256?.S;
  return judged(policy, { path, ...(sha256 ? { sha256 } : {}) }, stored).verdict;
}

/** Labels added, removed, and those whose confidence moved by CONFIDENCE_MOVE points or more. */
export function labelChanges(
  before: readonly Label[],
  after: readonly Label[],
): Pick<ImageDiff, 'labelsAdded' | 'labelsRemoved' | 'confidenceMoves'> {
  const was = new Map(before.map((label) => [label.name, label.confidence]));
  const now = new Map(after.map((label) => [label.name, label.confidence]));
  const confidenceMoves: ConfidenceMove[] = [];
  for (const label of after) {
    const old = was.get(label.name);
    if (old !== undefined && Math.abs(label.confidence - old) >= CONFIDENCE_MOVE) {
      confidenceMoves.push({ name: label.name, before: old, after: label.confidence });
    }
  }
  return {
    labelsAdded: after.filter((label) => !was.has(label.name)),
    labelsRemoved: before.filter((label) => !now.has(label.name)),
    confidenceMoves,
  };
}

/** Blocked, warned, changed, new, removed, then unchanged: what a reviewer reads first. */
export function reviewRank(diff: ImageDiff): number {
  if (diff.verdict === 'block') return 0;
  if (diff.verdict === 'warn') return 1;
  return { changed: 2, new: 3, removed: 4, unchanged: 5 }[diff.change];
}

/** Did the verdict change against the compared environment? */
export function verdictChanged(diff: ImageDiff): boolean {
  return (
    diff.compareVerdict !== undefined &&
    diff.verdict !== undefined &&
    diff.compareVerdict !== diff.verdict
  );
}
