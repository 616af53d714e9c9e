import { errorMessage } from '../shared/aws-errors.js';
import { ImageFailure } from '../shared/image-failure.js';
import {
  type Item,
  type LabelSettings,
  type Outcome,
  type RecordSubject,
  buildRecord,
  hasResultFor,
  labelsFromItem,
} from '../shared/record.js';
import { writeRecord } from '../shared/results-table.js';
import type { ImageResult } from './image-result.js';
import type { ActionServices, LabelPlan, Progress } from './run-plan.js';

/**
 * Takes the stored result when the item already answers for these bytes and settings: its
 * labels, or its failure (the bytes are bad, and Rekognition would say so again for a fee).
 * Returns false when the image must be labeled.
 */
export function reuseStored(
  item: Item | undefined,
  result: ImageResult,
  settings: LabelSettings,
): boolean {
  if (!result.sha256 || !hasResultFor(item, { sha256: result.sha256 }, settings)) return false;
  result.cached = true;
  if (item!.status?.S === 'labeled') {
    result.status = 'labeled';
    result.labels = labelsFromItem(item!);
  } else {
    result.status = 'failed';
    result.error = item!.error?.S ?? 'The stored item says these bytes could not be labeled.';
  }
  return true;
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
