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
import { type Route, routeKey } from './route.js';
import type { ObjectEvent } from './s3-records.js';
import { readObjectBytes } from './object-bytes.js';
import { type ObjectRef, headObject } from './s3-object.js';

export type ObjectStatus =
  /** Labeled and written. */
  | 'labeled'
  /** The image itself is at fault; a failed item was written and no retry will help. */
  | 'failed'
  /** Not this function's object (outside the prefix, no table, not an image, ...), or a listed one that is not there. */
  | 'skipped'
  /** The item already holds the result for these bytes: a re-delivered event. */
  | 'unchanged'
  /** A throttle, a 5xx or a configuration error: the invocation must fail so Lambda retries. */
  | 'retry';

/**
 * What a skip or a failure was about, beside its status: S3 Batch Operations answers each with
 * its own result code (batch-result.ts); the event path only logs it.
 */
export type ReasonKind =
  /** No route: outside the prefix, no table for the environment, not an image key, ... */
  | 'unroutable'
  /** The object does not exist (NoSuchKey, NotFound). */
  | 'missing'
  /** S3 refused to read it (AccessDenied, a bare 403). */
  | 'forbidden'
  /** Its bytes changed while it was being labeled. */
  | 'replaced'
  /** The action labeled it itself (uploaded in direct mode). */
  | 'direct-mode'
  /** The table already holds the result of a later upload of the key; it was kept. */
  | 'newer-item'
  /** The invocation's time ran out before a Rekognition call could start. */
  | 'out-of-time';

export interface ObjectOutcome {
  status: ObjectStatus;
  key: string;
  environment?: string;
  table?: string;
  reason?: string;
  reasonKind?: ReasonKind;
  labelsCount?: number;
  /** The key whose item lent its labels (the same bytes under another key). */
  reusedFrom?: string;
  errorKind?: ErrorKind;
}

/**
 * What announced the object. `event`: an upload, so an object gone since gets a failed item
 * (the uploader may be waiting for one) and an object the action labeled itself is left alone.
 * `batch`: a listing (S3 Batch Operations), so a missing object is only reported, and what the
 * table holds for these bytes alone decides, whoever uploaded them.
 */
export type ObjectOrigin = 'event' | 'batch';

export interface ProcessOptions {
  /** Where the item goes; by default, the environment of the key's prefix (routeKey). */
  route?: Route;
  /** Ask Rekognition again even when the stored item already answers for these bytes. */
  force?: boolean;
  origin?: ObjectOrigin;
}

/** A failure that knows what it was about (a denied read, time running out). */
export class ObjectFailure extends ImageFailure {
  constructor(
    message: string,
    kind: ErrorKind,
    readonly reasonKind: ReasonKind | undefined,
  ) {
    super(message, kind);
  }
}

const MISSING_CODES = new Set(['NotFound', 'NoSuchKey']);
const DENIED_CODES = new Set(['AccessDenied', 'Forbidden']);

/** A missing or refused S3 object, told by the raw error S3 answered. */
function s3ReasonKind(error: unknown): ReasonKind | undefined {
  const code = errorCode(error);
  if (MISSING_CODES.has(code)) return 'missing';
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode;
  return DENIED_CODES.has(code) || status === 403 ? 'forbidden' : undefined;
}

/**
 * The Lambda's labeling of one object: the same pre-check, DetectLabels request and record
 * as the action's direct mode, with the provenance the action attached to the upload.
 */
export async function processObject(
  object: ObjectEvent,
  config: LambdaConfig,
  services: Services,
  options: ProcessOptions = {},
): Promise<ObjectOutcome> {
  const route = options.route ?? routeKey(object.key, config);
  if (route.kind === 'skip') {
    return {
      status: 'skipped',
      key: object.key,
      reason: route.reason,
      reasonKind: 'unroutable',
      ...(route.environment ? { environment: route.environment } : {}),
    };
  }
  const { environment, table } = route;
  const done = { key: object.key, environment, table };
  try {
    const outcome = await labelRouted(object, { environment, table }, config, services, options);
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
    const reasonKind = error instanceof ObjectFailure ? error.reasonKind : s3ReasonKind(error);
    return {
      ...done,
      status: 'retry',
      reason: failure.message,
      errorKind: failure.kind,
      ...(reasonKind ? { reasonKind } : {}),
    };
  }
}

type Result = Pick<
  ObjectOutcome,
  'status' | 'reason' | 'reasonKind' | 'labelsCount' | 'reusedFrom'
>;

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
  /** Relabel even when the stored item already answers for these bytes. */
  force: boolean;
  origin: ObjectOrigin;
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
  reasonKind: 'replaced',
};

const DIRECT_MODE: Result = {
  status: 'skipped',
  reason: 'the action labeled it itself (uploaded in direct mode)',
  reasonKind: 'direct-mode',
};

async function labelRouted(
  object: ObjectEvent,
  { environment, table }: { environment: string; table: string },
  config: LambdaConfig,
  services: Services,
  options: ProcessOptions,
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
    force: options.force ?? false,
    origin: options.origin ?? 'event',
  };
  const head = await readHead(job);
  if (head === 'missing') return job.origin === 'event' ? objectGone(job) : notFound(job);

  const etag = normalizeEtag(head.ETag);
  if (job.eventEtag && etag && job.eventEtag !== etag) return REPLACED;
  const metadata = decodeMetadata(head.Metadata);
  // An upload the action labeled itself has its own item; a listing relies on the item alone.
  if (metadata.mode === 'direct' && job.origin === 'event') return DIRECT_MODE;
  const stored = await getStored(table, ref.key, services);
  // A task has no event time: the bytes date from when S3 stored this version.
  if (object.eventTime === undefined) job.observedAt = batchObservedAt(head, stored, etag, job);
  const identity = {
    ...(etag ? { etag } : {}),
    ...(metadata.sha256 ? { sha256: metadata.sha256 } : {}),
  };
  if (!job.force && answered(stored, identity, config)) return unchanged(job, stored!);

  const size = head.ContentLength ?? object.size ?? 0;
  const read = await readObjectBytes(services, ref, size, etag, metadata);
  if (read === 'replaced') return REPLACED;
  if (!job.force && answered(stored, { sha256: read.sha256 }, config)) {
    return unchanged(job, stored!);
  }

  const subject = recordSubject(job, read.sha256, etag, metadata);
  const checked = checkImage(ref.key, size, read.probe, 's3');
  if (!checked.ok) return storeFailure(job, subject, checked.message);
  const image = read.bytes ? { bytes: read.bytes } : { ...ref, version: ref.versionId };
  return labelAndStore(job, subject, stored, image, () =>
    !read.bytes && !ref.versionId ? replacedSince(job, etag) : Promise.resolve(false),
  );
}

/**
 * When the bytes of a listed object (an S3 Batch Operations task) were observed: the version's
 * LastModified, not the time of the task, so labeling an old version (a manifest from an
 * inventory) or bytes replaced while the task ran never replaces the item of a newer upload
 * (the write is conditioned on observed_at). LastModified has whole seconds and the item an
 * event wrote has the event's milliseconds, so for the same bytes (same ETag) the item's time
 * is kept: a forced relabel of them still lands.
 */
function batchObservedAt(
  head: HeadObjectCommandOutput,
  stored: Item | undefined,
  etag: string | undefined,
  job: Job,
): number {
  const modified = head.LastModified?.getTime();
  if (modified === undefined || Number.isNaN(modified)) return job.observedAt;
  const storedAt = Number(stored?.observed_at?.N);
  const sameBytes = etag !== undefined && normalizeEtag(stored?.etag?.S) === etag;
  return sameBytes && Number.isFinite(storedAt) ? Math.max(modified, storedAt) : modified;
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
  // the uploader's claim, and a false one must not buy another image's labels. A forced
  // relabel asks Rekognition afresh, so nothing stored stands in for its answer.
  const donor =
    'bytes' in image && !job.force ? await sameBytesElsewhere(job, subject, ownItem) : undefined;
  // A rename: the same bytes' item stands in for this key's own.
  const stored = donor ?? ownItem;
  if (donor) subject = { ...subject, reusedFrom: donor.filename!.S! };
  const sameBytes = !job.force && stored !== undefined && stored.sha256?.S === subject.sha256;
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
    ...(donor
      ? {
          reason: `labels reused from ${subject.reusedFrom} (the same bytes)`,
          reusedFrom: subject.reusedFrom!,
        }
      : {}),
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
  reasonKind: 'newer-item',
};

async function readHead(job: Job): Promise<HeadObjectCommandOutput | 'missing'> {
  try {
    return await headObject(job.services, job.ref);
  } catch (error) {
    const kind = s3ReasonKind(error);
    if (kind === 'missing') return 'missing';
    throw new ObjectFailure(
      job.services.describe(
        awsFailure(error, { action: 's3:GetObject', resource: job.arn, bucket: job.ref.bucket }),
      ),
      classifyError(error),
      kind,
    );
  }
}

/** A listed object that is not there: reported, not recorded (no upload is waiting for it). */
function notFound(job: Job): Result {
  const { bucket, key, versionId } = job.ref;
  return {
    status: 'skipped',
    reasonKind: 'missing',
    reason: `${key}${versionId ? ` (version ${versionId})` : ''} does not exist in bucket ${bucket}.`,
  };
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
  const result = await storeFailure(
    job,
    recordSubject(job, '', job.eventEtag, decodeMetadata(undefined)),
    reason,
  );
  return result.status === 'failed' ? { ...result, reasonKind: 'missing' } : result;
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
