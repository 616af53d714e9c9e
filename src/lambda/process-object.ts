import {
  type ErrorKind,
  awsFailure,
  classifyError,
  errorCode,
  errorMessage,
} from '../shared/aws-errors.js';
import { checkImage } from '../shared/image-check.js';
import { analyzeTogether, notModeratedFailure } from '../shared/analyze-image.js';
import { callAws } from '../shared/call-aws.js';
import { ImageFailure } from '../shared/image-failure.js';
import type { Services } from '../shared/services.js';
import { type ImageRef, detectLabels } from '../shared/detect-labels.js';
import { detectModeration } from '../shared/detect-moderation.js';
import { type ReadMetadata, decodeMetadata } from '../shared/object-metadata.js';
import {
  type Item,
  type ObjectIdentity,
  type Outcome,
  type RecordSubject,
  buildRecord,
  hasModeration,
  hasResultFor,
  labelsFromItem,
  moderationFromItem,
  normalizeEtag,
} from '../shared/record.js';
import type { HeadObjectCommandOutput } from '@aws-sdk/client-s3';
import {
  type WriteOutcome,
  extendExpiry,
  findSameBytes,
  getStored,
  writeRecord,
} from '../shared/results-table.js';
import type { LambdaConfig } from './config.js';
import { routeKey } from './route.js';
import type { ObjectEvent } from './s3-records.js';
import { readObjectBytes } from './object-bytes.js';
import { type ObjectRef, headObject } from './s3-object.js';

export type ObjectStatus =
  /** Labeled and written. */
  | 'labeled'
  /** The image itself is at fault; a failed item was written and no retry will help. */
  | 'failed'
  /** Not this function's object (outside the prefix, no table, not an image, ...). */
  | 'skipped'
  /** The item already holds the result for these bytes: a re-delivered event. */
  | 'unchanged'
  /** A throttle, a 5xx or a configuration error: the invocation must fail so Lambda retries. */
  | 'retry';

export interface ObjectOutcome {
  status: ObjectStatus;
  key: string;
  environment?: string;
  table?: string;
  reason?: string;
  labelsCount?: number;
  errorKind?: ErrorKind;
}

const MISSING_CODES = new Set(['NotFound', 'NoSuchKey']);

/**
 * The Lambda's labeling of one object: the same pre-check, DetectLabels request and record
 * as the action's direct mode, with the provenance the action attached to the upload.
 */
export async function processObject(
  object: ObjectEvent,
  config: LambdaConfig,
  services: Services,
): Promise<ObjectOutcome> {
  const route = routeKey(object.key, config);
  if (route.kind === 'skip') {
    return {
      status: 'skipped',
      key: object.key,
      reason: route.reason,
      ...(route.environment ? { environment: route.environment } : {}),
    };
  }
  const { environment, table } = route;
  const done = { key: object.key, environment, table };
  try {
    const outcome = await labelRouted(object, { environment, table }, config, services);
    return { ...done, ...outcome };
  } catch (error) {
    // Everything that is not already a sentence came from reading the object.
    const failure =
      error instanceof ImageFailure
        ? error
        : new ImageFailure(
            services.describe(
              awsFailure(error, {
                action: 's3:GetObject',
                resource: `arn:aws:s3:::${object.bucket}/${object.key}`,
                bucket: object.bucket,
              }),
            ),
            classifyError(error),
          );
    return { ...done, status: 'retry', reason: failure.message, errorKind: failure.kind };
  }
}

type Result = Pick<ObjectOutcome, 'status' | 'reason' | 'labelsCount'>;

/** One object's work: where it is, where its record goes, and how to write that record. */
interface Job {
  ref: ObjectRef;
  arn: string;
  environment: string;
  table: string;
  /** The ETag the event announced; the object may have been replaced since. */
  eventEtag: string | undefined;
  /** When S3 created the object: a write for it never replaces an item for a later one. */
  observedAt: number;
  config: LambdaConfig;
  services: Services;
}

const UNCHANGED: Result = {
  status: 'unchanged',
  reason: 'the stored item already has the result for these bytes and settings',
};

/**
 * A re-delivered event, or the same bytes uploaded again: nothing to label, and the object is
 * still there, so the item's expiry slides as it does when the action reuses it. Best effort:
 * the result is already stored, so a refused update never fails the event.
 */
async function unchanged(job: Job, stored: Item): Promise<Result> {
  try {
    const { table, config, services } = job;
    await extendExpiry(table, stored, config.ttlHours, services.clock.now(), services);
    return UNCHANGED;
  } catch (error) {
    // Logged with the result; the item keeps its expiry, and the next run or event tries again.
    return {
      ...UNCHANGED,
      reason: `${UNCHANGED.reason}; its expiry was not extended (${errorMessage(error)})`,
    };
  }
}

const REPLACED: Result = {
  status: 'skipped',
  reason: 'the object was replaced after this event; the newer upload has its own event',
};

async function labelRouted(
  object: ObjectEvent,
  { environment, table }: { environment: string; table: string },
  config: LambdaConfig,
  services: Services,
): Promise<Result> {
  const ref: ObjectRef = {
    bucket: object.bucket,
    key: object.key,
    ...(object.versionId ? { versionId: object.versionId } : {}),
  };
  const job: Job = {
    ref,
    arn: `arn:aws:s3:::${ref.bucket}/${ref.key}`,
    environment,
    table,
    eventEtag: normalizeEtag(object.eTag),
    observedAt: object.eventTime ?? services.clock.now(),
    config,
    services,
  };
  const head = await readHead(job);
  if (head === 'missing') return objectGone(job);

  const etag = normalizeEtag(head.ETag);
  if (job.eventEtag && etag && job.eventEtag !== etag) return REPLACED;
  const metadata = decodeMetadata(head.Metadata);
  if (metadata.mode === 'direct') {
    return { status: 'skipped', reason: 'the action labeled it itself (uploaded in direct mode)' };
  }
  const stored = await getStored(table, ref.key, services);
  const identity = {
    ...(etag ? { etag } : {}),
    ...(metadata.sha256 ? { sha256: metadata.sha256 } : {}),
  };
  if (answered(stored, identity, config)) return unchanged(job, stored!);

  const size = head.ContentLength ?? object.size ?? 0;
  const read = await readObjectBytes(services, ref, size, etag, metadata);
  if (read === 'replaced') return REPLACED;
  if (answered(stored, { sha256: read.sha256 }, config)) return unchanged(job, stored!);

  const subject = recordSubject(job, read.sha256, etag, metadata);
  const checked = checkImage(ref.key, size, read.probe, 's3');
  if (!checked.ok) return storeFailure(job, subject, checked.message);
  const image = read.bytes ? { bytes: read.bytes } : { ...ref, version: ref.versionId };
  return labelAndStore(job, subject, stored, image, () =>
    !read.bytes && !ref.versionId ? replacedSince(job, etag) : Promise.resolve(false),
  );
}

/**
 * Asks Rekognition what the stored item does not already say of these bytes (labels with these
 * settings, moderation with this floor and adapter), and writes the item with both. A
 * moderation failure keeps the labels (they are paid for) and is retried, never stored as a
 * fault of the image.
 */
async function labelAndStore(
  job: Job,
  subject: RecordSubject,
  ownItem: Item | undefined,
  image: ImageRef,
  replaced: () => Promise<boolean>,
): Promise<Result> {
  const { config } = job;
  // Only bytes this function read and hashed are matched across keys: over 5 MB the sha256 is
  // the uploader's claim, and a false one must not buy another image's labels.
  const donor = 'bytes' in image ? await sameBytesElsewhere(job, subject, ownItem) : undefined;
  // A rename: the same bytes' item stands in for this key's own.
  const stored = donor ?? ownItem;
  if (donor) subject = { ...subject, reusedFrom: donor.filename!.S! };
  const sameBytes = stored !== undefined && stored.sha256?.S === subject.sha256;
  const labelsStored =
    sameBytes &&
    stored.status?.S === 'labeled' &&
    hasResultFor(stored, { sha256: subject.sha256 }, config.settings);
  const storedModeration = sameBytes ? moderationFromItem(stored) : undefined;
  const moderationStored =
    config.moderation !== undefined && sameBytes && hasModeration(stored, config.moderation);
  let analysis;
  try {
    analysis = await analyze(job, image, !labelsStored, !!config.moderation && !moderationStored);
  } catch (error) {
    if (!(error instanceof ImageFailure) || error.kind !== 'image') throw error;
    return storeFailure(job, subject, error.message);
  }
  if (await replaced()) return REPLACED;
  const labels = analysis.labels ?? {
    labels: labelsFromItem(stored!),
    modelVersion: stored!.model_version?.S ?? '',
  };
  const moderation = analysis.moderation
    ? { ...analysis.moderation, ...config.moderation! }
    : storedModeration;
  const outcome: Outcome = { status: 'labeled', ...labels, ...(moderation ? { moderation } : {}) };
  const written = await store(job, subject, outcome);
  if ('moderationError' in analysis) throw notModeratedFailure(analysis.moderationError);
  if (!written.stored) return NEWER_ITEM;
  return {
    status: 'labeled',
    labelsCount: labels.labels.length - written.labelsTrimmed,
    ...(donor ? { reason: `labels reused from ${subject.reusedFrom} (the same bytes)` } : {}),
  };
}

/**
 * An item of another key about the same bytes, labeled with these settings (a renamed or copied
 * image), when this key's own item is not about them: its labels are copied, not paid for. A
 * table without the index, or a role that may not query it, only means a Rekognition call.
 */
async function sameBytesElsewhere(
  job: Job,
  subject: RecordSubject,
  stored: Item | undefined,
): Promise<Item | undefined> {
  const { config, services, table } = job;
  // This key's own item already answers for these bytes (hasResultFor compares the sha256).
  if (!subject.sha256 || hasResultFor(stored, subject, config.settings)) return undefined;
  const found = await findSameBytes(
    table,
    subject.sha256,
    config.settings,
    services,
    job.environment,
  ).catch(() => 'failed' as const);
  return typeof found === 'object' && found.item?.filename?.S !== job.ref.key
    ? found.item
    : undefined;
}

/**
 * The stored item already answers for these bytes: their labels with these settings (or their
 * failure), and their moderation when the function is configured to moderate.
 */
function answered(stored: Item | undefined, identity: ObjectIdentity, config: LambdaConfig) {
  if (!hasResultFor(stored, identity, config.settings)) return false;
  if (!config.moderation || stored?.status?.S !== 'labeled') return true;
  return hasModeration(stored, config.moderation);
}

/** DetectLabels and DetectModerationLabels, as asked, at once (analyze-image.ts). */
function analyze(job: Job, image: ImageRef, labels: boolean, moderation: boolean) {
  const { services, config, arn, ref } = job;
  const operation = (action: string) => ({ action, resource: arn, bucket: ref.bucket });
  const { rekognition } = services.clients;
  return analyzeTogether(
    labels
      ? () =>
          callAws(services, operation('rekognition:DetectLabels'), () =>
            detectLabels(rekognition, image, config.settings),
          )
      : undefined,
    moderation
      ? () =>
          callAws(services, operation('rekognition:DetectModerationLabels'), () =>
            detectModeration(rekognition, image, config.moderation!),
          )
      : undefined,
  );
}

/** Rekognition read the key, not a version: the ETag after the read says whether it was ours. */
async function replacedSince(job: Job, etag: string | undefined): Promise<boolean> {
  const after = await readHead(job);
  return after === 'missing' || normalizeEtag(after.ETag) !== etag;
}

const NEWER_ITEM: Result = {
  status: 'skipped',
  reason: 'the table already holds the result of a later upload of this key; it was kept',
};

async function readHead(job: Job): Promise<HeadObjectCommandOutput | 'missing'> {
  try {
    return await headObject(job.services, job.ref);
  } catch (error) {
    if (MISSING_CODES.has(errorCode(error))) return 'missing';
    throw new ImageFailure(
      job.services.describe(
        awsFailure(error, { action: 's3:GetObject', resource: job.arn, bucket: job.ref.bucket }),
      ),
      classifyError(error),
    );
  }
}

/** A permanent error: the record says so, and no retry would help. */
async function objectGone(job: Job): Promise<Result> {
  const stored = await getStored(job.table, job.ref.key, job.services);
  if (
    hasResultFor(stored, { ...(job.eventEtag ? { etag: job.eventEtag } : {}) }, job.config.settings)
  ) {
    return { status: 'unchanged', reason: 'the object is gone, but its result is already stored' };
  }
  const reason = `${job.ref.key} no longer exists in bucket ${job.ref.bucket} (deleted before it was labeled).`;
  return storeFailure(
    job,
    recordSubject(job, '', job.eventEtag, decodeMetadata(undefined)),
    reason,
  );
}

async function storeFailure(job: Job, subject: RecordSubject, error: string): Promise<Result> {
  const written = await store(job, subject, { status: 'failed', error });
  return written.stored ? { status: 'failed', reason: error } : NEWER_ITEM;
}

async function store(job: Job, subject: RecordSubject, outcome: Outcome): Promise<WriteOutcome> {
  const record = buildRecord(subject, outcome, job.services.clock.now());
  return writeRecord(job.table, record, job.services);
}

function recordSubject(
  job: Job,
  sha256: string,
  etag: string | undefined,
  metadata: ReadMetadata,
): RecordSubject {
  const { provenance } = metadata;
  return {
    key: job.ref.key,
    environment: job.environment,
    sha256,
    provenance: {
      // The original design recorded the environment as the branch; keep that when the
      // uploader said nothing.
      branch: provenance.branch ?? job.environment,
      commit: provenance.commit ?? '',
      repository: provenance.repository ?? '',
      runId: provenance.runId ?? '',
      ...(provenance.pullRequest !== undefined ? { pullRequest: provenance.pullRequest } : {}),
    },
    settings: job.config.settings,
    ttlHours: job.config.ttlHours,
    source: 'lambda',
    object: {
      bucket: job.ref.bucket,
      ...(etag ? { etag } : {}),
      ...(job.ref.versionId ? { versionId: job.ref.versionId } : {}),
    },
    observedAt: job.observedAt,
  };
}
