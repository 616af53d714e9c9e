import { errorMessage } from '../shared/aws-errors.js';
import { ImageFailure } from '../shared/image-failure.js';
import {
  type Item,
  type Outcome,
  type RecordSubject,
  buildRecord,
  hasResultFor,
  labelsFromItem,
  moderationFor,
  moderationFromItem,
} from '../shared/record.js';
import type { Analysis, Features } from './image-analysis.js';
import { judged, notModerated } from './moderation-policy.js';
import { writeRecord } from '../shared/results-table.js';
import type { ImageResult } from './image-result.js';
import type { ActionServices, LabelPlan, Progress } from './run-plan.js';

/**
 * Takes what the stored item already answers for these bytes and settings: its labels, or its
 * failure (the bytes are bad, and Rekognition would say so again for a fee), and its moderation
 * labels when they were asked for with the same floor and adapter. Returns what must still be
 * asked of Rekognition, or undefined when nothing is left.
 */
export function reuseStored(
  item: Item | undefined,
  result: ImageResult,
  plan: Pick<LabelPlan, 'settings' | 'moderation' | 'policy'>,
): Features | undefined {
  const { sha256 } = result;
  const moderation = plan.moderation;
  const storedModeration =
    moderation && sha256 ? moderationFor(item, sha256, moderation) : undefined;
  if (storedModeration && plan.policy) {
    result.moderation = judged(plan.policy, result, storedModeration);
  }
  const labelsStored = !!sha256 && hasResultFor(item, { sha256 }, plan.settings);
  if (labelsStored) {
    result.cached = true;
    if (item!.status?.S !== 'labeled') {
      result.status = 'failed';
      result.error = item!.error?.S ?? 'The stored item says these bytes could not be labeled.';
      return undefined;
    }
    result.status = 'labeled';
    result.labels = labelsFromItem(item!);
    // Upload-only: the Lambda moderates (or not); its stored answer is judged here all the same.
    if (plan.policy && !moderation) {
      const lambda = sha256 === item!.sha256?.S ? moderationFromItem(item) : undefined;
      result.moderation = lambda ? judged(plan.policy, result, lambda) : notModerated();
    }
  }
  const needsModeration = moderation !== undefined && storedModeration === undefined;
  if (labelsStored && !needsModeration) return undefined;
  return { labels: !labelsStored, ...(needsModeration ? { moderation } : {}) };
}

/**
 * The item to write after this run's calls: their answers, and for what they did not ask, the
 * stored item's (when it is about the same bytes), so a call paid for once is never dropped.
 */
export function labeledOutcome(
  item: Item | undefined,
  result: ImageResult,
  analysis: Analysis,
  plan: Pick<LabelPlan, 'moderation'>,
): Outcome {
  const sameBytes = item !== undefined && item.sha256?.S === result.sha256;
  const moderation = analysis.moderation
    ? { ...analysis.moderation, ...plan.moderation! }
    : sameBytes
      ? moderationFromItem(item)
      : undefined;
  return {
    status: 'labeled',
    labels: result.labels,
    modelVersion: analysis.labels?.modelVersion ?? (sameBytes ? (item.model_version?.S ?? '') : ''),
    ...(moderation ? { moderation } : {}),
  };
}

/**
 * Writes the image's item. A refused write means another run stored a result for newer bytes
 * of this path: this run's labels are still right for its own bytes, so it reports them and
 * says they were not stored. A write that fails after a paid call fails the image, keeping the
 * labels, with an error that starts "labeled, not stored:".
 */
export async function storeOutcome(
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  outcome: Outcome,
): Promise<void> {
  const { result } = progress;
  const subject: RecordSubject = {
    key: result.key,
    environment: plan.environment,
    sha256: result.sha256 ?? '',
    provenance: plan.context,
    settings: plan.settings,
    ttlHours: plan.ttlHours,
    source: 'action',
    ...(progress.reusedFrom !== undefined ? { reusedFrom: progress.reusedFrom } : {}),
    ...(progress.object ? { object: progress.object } : {}),
    ...(progress.observedAt !== undefined ? { observedAt: progress.observedAt } : {}),
  };
  const record = buildRecord(subject, outcome, services.clock.now());
  let written;
  try {
    written = await writeRecord(plan.table, record, services);
  } catch (error) {
    if (outcome.status !== 'labeled') throw error;
    const kind = error instanceof ImageFailure ? error.kind : 'other';
    throw new ImageFailure(`labeled, not stored: ${errorMessage(error)}`, kind);
  }
  if (!written.stored) {
    addNote(
      result,
      `Not stored: table ${plan.table} already holds a result for newer bytes of this path (another run labeled them).`,
    );
  } else if (written.labelsTrimmed > 0 && outcome.status === 'labeled') {
    const kept = outcome.labels.length - written.labelsTrimmed;
    result.labels = outcome.labels.slice(0, kept);
    addNote(
      result,
      `Stored ${kept} of ${outcome.labels.length} labels: DynamoDB items are limited to 400 KB, so the ${written.labelsTrimmed} lowest-confidence labels were left out.`,
    );
  }
}

function addNote(result: ImageResult, note: string): void {
  result.note = result.note ? `${result.note} ${note}` : note;
}
