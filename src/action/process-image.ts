import { stat } from 'node:fs/promises';
import { classifyError, errorMessage } from '../shared/aws-errors.js';
import { type ImageTransport, checkImage } from '../shared/image-check.js';
import { ImageFailure } from '../shared/image-failure.js';
import { CONTENT_TYPES, probeFile } from '../shared/image-probe.js';
import { MAX_S3_KEY_BYTES, REKOGNITION_LIMITS } from '../shared/limits.js';
import { objectKey } from '../shared/object-key.js';
import { type Item, type Outcome, hasResultFor } from '../shared/record.js';
import { getStored } from '../shared/results-table.js';
import { sha256File } from './file-hash.js';
import { readingFile } from './file-read.js';
import { notModeratedFailure } from '../shared/analyze-image.js';
import { analyzeBytes } from './image-analysis.js';
import type { CheckedFile } from './image-bytes.js';
import type { ImageResult } from './image-result.js';
import type { ActionServices, ImageOutcome, LabelPlan, Progress } from './run-plan.js';
import { labelThroughS3 } from './s3-labeling.js';
import { judged } from './moderation-policy.js';
import type { ExpiryRefresher } from './expiry-refresh.js';
import type { SameBytesFinder } from './same-bytes.js';
import { labeledOutcome, reuseStored, storeOutcome } from './stored-result.js';
import type { WorkspaceMatch } from './workspace-files.js';

/**
 * What a reuse by SHA-256 counts for with the memory reclaimer: the Query's answer, the donor
 * item parsed, the item written and the SDK's objects for both requests. One collection per
 * 128 reuses, the rate measured for the reuse row of docs/benchmarks.md.
 */
export const REUSE_GARBAGE_BYTES = 256 * 1024;

/** Reads the image's stored item (batched by the caller); the default reads it alone. */
export type StoredLookup = () => Promise<Item | undefined>;

/** What the run shares between its images, when it has a table. */
export interface RunHelpers {
  /** Extends the expiry of reused items. */
  expiry?: ExpiryRefresher;
  /** Finds the labels of the same bytes under another path. */
  sameBytes?: SameBytesFinder;
}

export async function processImage(
  file: WorkspaceMatch,
  plan: LabelPlan,
  services: ActionServices,
  stored?: StoredLookup,
  helpers: RunHelpers = {},
): Promise<ImageOutcome> {
  const key = objectKey(plan.prefix, plan.environment, file.path);
  const result: ImageResult = {
    path: file.path,
    key,
    environment: plan.environment,
    status: 'failed',
    labels: [],
  };
  const progress: Progress = { result };
  // Read once: the failure path asks again after labelOrUpload did.
  let read: Promise<Item | undefined> | undefined;
  const lookup = () => (read ??= stored ? stored() : getStored(plan.table, key, services));
  try {
    await labelOrUpload(file, plan, services, progress, lookup, helpers);
    return { result };
  } catch (error) {
    const failure =
      error instanceof ImageFailure
        ? error
        : new ImageFailure(errorMessage(error), classifyError(error));
    result.status = 'failed';
    result.error = failure.message;
    if (failure.kind === 'image' && plan.mode === 'direct' && plan.table && result.sha256) {
      // The bytes themselves are bad: record that, so readers see why there are no labels and
      // a re-run does not pay to hear it again.
      const outcome: Outcome = { status: 'failed', error: failure.message };
      await storeFailure(plan, services, progress, outcome, lookup).catch((writeError: unknown) => {
        result.error += ` The failed item was not written: ${errorMessage(writeError)}`;
      });
    }
    return failure.kind === 'fatal' ? { result, fatal: failure.message } : { result };
  }
}

/**
 * Only the free pre-checks (format, size, dimensions, hash), for a run without AWS credentials
 * (`if-no-credentials: warn`): `checked` with `note` when they pass, `failed` when they do not.
 */
export async function checkOnly(
  file: WorkspaceMatch,
  plan: LabelPlan,
  note: string,
): Promise<ImageResult> {
  const result: ImageResult = {
    path: file.path,
    key: objectKey(plan.prefix, plan.environment, file.path),
    environment: plan.environment,
    status: 'checked',
    labels: [],
  };
  try {
    await preCheck(file, plan, result);
    return { ...result, note };
  } catch (error) {
    return { ...result, status: 'failed', error: errorMessage(error) };
  }
}

/** Writes the failed item, unless the table already says the same of the same bytes. */
async function storeFailure(
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  outcome: Outcome,
  lookup: StoredLookup,
): Promise<void> {
  const sha256 = progress.result.sha256!;
  if (hasResultFor(await lookup(), { sha256 }, plan.settings)) return;
  await storeOutcome(plan, services, progress, outcome);
}

async function labelOrUpload(
  file: WorkspaceMatch,
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  lookup: StoredLookup,
  helpers: RunHelpers,
): Promise<void> {
  const { result } = progress;
  const check = () => preCheck(file, plan, result);
  const checked = await (services.preChecks ? services.preChecks.run(check) : check());
  let item = plan.table ? await lookup() : undefined;
  let features = plan.table
    ? reuseStored(item, result, plan)
    : { labels: true, ...(plan.moderation ? { moderation: plan.moderation } : {}) };
  // The bytes were observed when hashed: a copy written after a slow look-up must not replace
  // a newer observation of this path.
  const hashedAt = services.clock.now();
  const donor = features?.labels ? await sameBytes(plan, result, helpers) : undefined;
  if (donor) {
    progress.observedAt = hashedAt;
    item = donor;
    features = reuseStored(donor, result, plan);
    progress.reusedFrom = donor.filename!.S!;
  }
  if (!features && donor) {
    // Renamed or copied: the same bytes' labels are written under this path, no call made.
    await storeOutcome(plan, services, progress, labeledOutcome(donor, result, {}, plan));
    // No image body was sent, so the reclaimer would never hear of this image; its look-up
    // and write leave garbage of their own (see REUSE_GARBAGE_BYTES).
    services.reclaimer?.released(REUSE_GARBAGE_BYTES);
    return;
  }
  if (!features) {
    // Reused: the image is still here, so its item should live on (sliding expiry).
    if (item && helpers.expiry) await helpers.expiry.refresh(item);
    return;
  }
  const analysis = plan.bucket
    ? await labelThroughS3(file, checked, plan, services, progress, features)
    : await analyzeBytes(file, checked, `image ${file.path}`, features, plan, services, () => {
        progress.observedAt = services.clock.now();
      });
  if (!analysis) {
    result.status = 'uploaded';
    return;
  }
  if (analysis.labels) result.labels = analysis.labels.labels;
  if (analysis.moderation && plan.policy) {
    result.moderation = judged(plan.policy, result, analysis.moderation);
  }
  result.status = 'labeled';
  if (plan.table && (analysis.labels || analysis.moderation)) {
    await storeOutcome(plan, services, progress, labeledOutcome(item, result, analysis, plan));
  }
  if ('moderationError' in analysis) throw notModeratedFailure(analysis.moderationError);
}

/**
 * The item of another path about these bytes whose labels this image can take, in direct mode
 * (upload-only leaves it to the Lambda, which looks the same way).
 */
async function sameBytes(
  plan: LabelPlan,
  result: ImageResult,
  helpers: RunHelpers,
): Promise<Item | undefined> {
  if (plan.mode !== 'direct' || !helpers.sameBytes || !result.sha256) return undefined;
  const donor = await helpers.sameBytes.find(result.sha256, result.key);
  if (!donor) return undefined;
  const from = donor.filename?.S ?? '';
  result.note = `Labels reused from ${from} (the same bytes, labeled with the same settings): no Rekognition call.`;
  return donor;
}

/** Rekognition's limits, checked before a request is paid for; the hash names the bytes. */
async function preCheck(
  file: WorkspaceMatch,
  plan: LabelPlan,
  result: ImageResult,
): Promise<CheckedFile> {
  // The key is only used when something is stored under it.
  if ((plan.bucket || plan.table) && Buffer.byteLength(result.key, 'utf8') > MAX_S3_KEY_BYTES) {
    throw new ImageFailure(
      `${file.path}: the S3 key "${result.key}" is longer than ${MAX_S3_KEY_BYTES} bytes; shorten the path or the \`prefix\` input.`,
      'other',
    );
  }
  const transport: ImageTransport = plan.bucket ? 's3' : 'bytes';
  const { size } = await readingFile(file, () => stat(file.absolutePath));
  const probe = await readingFile(file, () => probeFile(file.absolutePath));
  const checked = checkImage(file.path, size, probe, transport);
  // Hash before failing, so a failed record can say which bytes it was about.
  result.sha256 = await readingFile(file, () => sha256File(file.absolutePath));
  if (!checked.ok) {
    // Too large for bytes is about the transport, not the image: a `bucket` fixes it, so it is
    // neither stored nor reused as the image's failure.
    const tooLargeForBytes = transport === 'bytes' && size > REKOGNITION_LIMITS.maxBytesInline;
    throw new ImageFailure(checked.message, probe.ok && tooLargeForBytes ? 'other' : 'image');
  }
  return { size, contentType: CONTENT_TYPES[checked.info.format], sha256: result.sha256 };
}
