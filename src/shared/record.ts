import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Label, sharedLabelName } from './label.js';
import type { ModerationDetection, ModerationSettings } from './detect-moderation.js';

/**
 * The DynamoDB item both writers (the action's direct mode and the Lambda) store,
 * one per image, keyed by `filename` (the S3 key). The original design's
 * attributes keep their names and types so its readers keep working.
 */
export interface LabelRecord {
  filename: string;
  timestamp: string;
  environment: string;
  branch: string;
  labels: Label[];
  /** Epoch seconds; DynamoDB TTL deletes the item after it. Absent: it never expires. */
  expiresAt?: number;
  status: 'labeled' | 'failed';
  error?: string;
  sha256: string;
  minConfidence: number;
  maxLabels: number;
  modelVersion: string;
  /** Who asked Rekognition; `reused` when the labels were copied from `reusedFrom`. */
  source: 'action' | 'lambda' | 'reused';
  /** The item (key) whose labels were reused: the same bytes under another path. */
  reusedFrom?: string;
  commit: string;
  repository: string;
  runId: string;
  pullRequest?: number;
  bucket?: string;
  /** The S3 object's ETag, unquoted, when the image went through S3. */
  etag?: string;
  /** The S3 object version Rekognition read, on a versioned bucket. */
  versionId?: string;
  /**
   * When the bytes this item describes were observed (epoch ms): the upload's completion, the
   * file's read in bytes mode, the S3 event's time for the Lambda. A write for an older
   * observation never replaces a newer one (results-table.ts).
   */
  observedAt: number;
  /** Labels Rekognition returned that the item could not hold (DynamoDB's 400 KB limit). */
  labelsTrimmed?: number;
  /** What DetectModerationLabels said of these bytes, when moderation was asked for. */
  moderation?: StoredModeration;
}

/**
 * What Rekognition's moderation said, and what it was asked with, as stored: never a verdict.
 * Verdicts come from these labels and the policy of whoever shows them, so a policy change
 * costs no call.
 */
export type StoredModeration = ModerationDetection & ModerationSettings;

/** The settings that must match for a stored result to be reused. */
export interface LabelSettings {
  minConfidence: number;
  maxLabels: number;
}

export type Item = Record<string, AttributeValue>;

export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, as the original design wrote it. */
export function formatTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The TTL time (epoch seconds), or undefined for `ttl-hours: 0`: the item never expires. */
export function expiresAt(epochMs: number, ttlHours: number): number | undefined {
  if (ttlHours === 0) return undefined;
  return Math.floor(epochMs / 1000 + ttlHours * 3600);
}

function ttlOf(nowMs: number, ttlHours: number): { expiresAt?: number } {
  const at = expiresAt(nowMs, ttlHours);
  return at === undefined ? {} : { expiresAt: at };
}

export function toItem(record: LabelRecord): Item {
  const item: Item = {
    filename: { S: record.filename },
    timestamp: { S: record.timestamp },
    environment: { S: record.environment },
    branch: { S: record.branch },
    labels: {
      S: JSON.stringify(
        record.labels.map((l) => ({ Name: l.name, Confidence: roundConfidence(l.confidence) })),
      ),
    },
    label_names: { L: record.labels.map((l) => ({ S: l.name })) },
    ...(record.expiresAt !== undefined ? { expires_at: { N: String(record.expiresAt) } } : {}),
    status: { S: record.status },
    // An index key attribute may not be an empty string (the sha256-index): an item about no
    // bytes (the object was gone) has none.
    ...(record.sha256 ? { sha256: { S: record.sha256 } } : {}),
    min_confidence: { N: String(record.minConfidence) },
    max_labels: { N: String(record.maxLabels) },
    model_version: { S: record.modelVersion },
    source: { S: record.source },
    commit: { S: record.commit },
    repository: { S: record.repository },
    run_id: { S: record.runId },
  };
  if (record.error !== undefined) item.error = { S: record.error };
  if (record.pullRequest !== undefined) item.pull_request = { N: String(record.pullRequest) };
  if (record.bucket !== undefined) item.bucket = { S: record.bucket };
  if (record.etag !== undefined) item.etag = { S: record.etag };
  if (record.versionId !== undefined) item.version_id = { S: record.versionId };
  item.observed_at = { N: String(record.observedAt) };
  if (record.labelsTrimmed) item.labels_trimmed = { N: String(record.labelsTrimmed) };
  if (record.reusedFrom !== undefined) item.reused_from = { S: record.reusedFrom };
  if (record.moderation) Object.assign(item, moderationAttributes(record.moderation));
  return item;
}

function moderationAttributes(moderation: StoredModeration): Item {
  const attributes: Item = {
    moderation_labels: {
      S: JSON.stringify(
        moderation.labels.map((l) => ({
          Name: l.name,
          ParentName: l.parentName,
          TaxonomyLevel: l.taxonomyLevel,
          Confidence: roundConfidence(l.confidence),
        })),
      ),
    },
    moderation_names: { L: moderation.labels.map((l) => ({ S: l.name })) },
    moderation_model_version: { S: moderation.modelVersion },
    moderation_min_confidence: { N: String(moderation.minConfidence) },
  };
  if (moderation.adapter) attributes.moderation_adapter = { S: moderation.adapter };
  return attributes;
}

interface StoredModerationLabel {
  Name: string;
  ParentName: string;
  TaxonomyLevel: number;
  Confidence: number;
}

function isStoredModerationLabel(value: unknown): value is StoredModerationLabel {
  const l = value as Partial<StoredModerationLabel> | null;
  return (
    typeof l === 'object' &&
    l !== null &&
    typeof l.Name === 'string' &&
    typeof l.ParentName === 'string' &&
    typeof l.TaxonomyLevel === 'number' &&
    typeof l.Confidence === 'number' &&
    Number.isFinite(l.Confidence)
  );
}

/** The stored moderation, or undefined when the item has none (or it is unreadable). */
export function moderationFromItem(item: Item | undefined): StoredModeration | undefined {
  const text = item?.moderation_labels?.S;
  const minConfidence = Number(item?.moderation_min_confidence?.N);
  if (text === undefined || !Number.isFinite(minConfidence)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  // One unreadable entry makes the whole answer unreadable: dropping it could turn a block
  // into a clear. Without a readable answer, the image is moderated again.
  if (!parsed.every(isStoredModerationLabel)) return undefined;
  const labels = parsed.map((l) => ({
    name: l.Name,
    parentName: l.ParentName,
    taxonomyLevel: l.TaxonomyLevel,
    confidence: l.Confidence,
  }));
  return {
    labels,
    modelVersion: item?.moderation_model_version?.S ?? '',
    minConfidence,
    adapter: item?.moderation_adapter?.S ?? '',
  };
}

/** The item's moderation if it was asked for with these settings (whatever bytes it is about). */
function moderationWith(
  item: Item | undefined,
  settings: ModerationSettings,
): StoredModeration | undefined {
  const stored = moderationFromItem(item);
  const same =
    stored !== undefined &&
    stored.minConfidence === settings.minConfidence &&
    stored.adapter === settings.adapter;
  return same ? stored : undefined;
}

/** Whether the item holds moderation asked for with these settings (whatever bytes it is about). */
export function hasModeration(item: Item | undefined, settings: ModerationSettings): boolean {
  return moderationWith(item, settings) !== undefined;
}

/** The item's moderation when it was asked for with these settings, for these bytes. */
export function moderationFor(
  item: Item | undefined,
  sha256: string,
  settings: ModerationSettings,
): StoredModeration | undefined {
  if (!sha256 || item?.sha256?.S !== sha256) return undefined;
  return moderationWith(item, settings);
}

/** Where the image came from: the action's run, or the metadata it attached to the object. */
export interface Provenance {
  branch: string;
  commit: string;
  repository: string;
  runId: string;
  pullRequest?: number;
}

/** Everything a record says about one image apart from the outcome. */
export interface RecordSubject {
  key: string;
  environment: string;
  sha256: string;
  provenance: Provenance;
  settings: LabelSettings;
  ttlHours: number;
  source: 'action' | 'lambda';
  /** Set when the labels were copied from this item's key (same bytes): `source` is `reused`. */
  reusedFrom?: string;
  /** Set when the image went through S3. */
  object?: { bucket: string; etag?: string; versionId?: string };
  /** See LabelRecord.observedAt; the time the record is built when not given. */
  observedAt?: number;
}

export type Outcome =
  | { status: 'labeled'; labels: Label[]; modelVersion: string; moderation?: StoredModeration }
  | { status: 'failed'; error: string };

/**
 * The one way both writers build a record, so their items can only differ in `source`
 * (and in time).
 */
export function buildRecord(subject: RecordSubject, outcome: Outcome, nowMs: number): LabelRecord {
  const { provenance } = subject;
  const record: LabelRecord = {
    filename: subject.key,
    timestamp: formatTimestamp(nowMs),
    environment: subject.environment,
    branch: provenance.branch,
    labels: outcome.status === 'labeled' ? outcome.labels : [],
    ...ttlOf(nowMs, subject.ttlHours),
    status: outcome.status,
    sha256: subject.sha256,
    minConfidence: subject.settings.minConfidence,
    maxLabels: subject.settings.maxLabels,
    modelVersion: outcome.status === 'labeled' ? outcome.modelVersion : '',
    source: subject.reusedFrom === undefined ? subject.source : 'reused',
    commit: provenance.commit,
    repository: provenance.repository,
    runId: provenance.runId,
    observedAt: subject.observedAt ?? nowMs,
  };
  if (outcome.status === 'failed') record.error = outcome.error;
  if (subject.reusedFrom !== undefined) record.reusedFrom = subject.reusedFrom;
  if (outcome.status === 'labeled' && outcome.moderation) record.moderation = outcome.moderation;
  if (provenance.pullRequest !== undefined) record.pullRequest = provenance.pullRequest;
  if (subject.object) {
    record.bucket = subject.object.bucket;
    if (subject.object.etag !== undefined) record.etag = subject.object.etag;
    if (subject.object.versionId !== undefined) record.versionId = subject.object.versionId;
  }
  return record;
}

/** S3 returns ETags quoted; events carry them bare. Items store them bare. */
export function normalizeEtag(etag: string | undefined): string | undefined {
  if (etag === undefined || etag === '') return undefined;
  return etag.replace(/^"(.*)"$/, '$1');
}

/** Reads the labels back; tolerant of items the original design wrote. */
export function labelsFromItem(item: Item): Label[] {
  try {
    const parsed: unknown = JSON.parse(item.labels?.S ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (l): l is { Name: string; Confidence: number } =>
          typeof l?.Name === 'string' && typeof l?.Confidence === 'number',
      )
      .map((l) => ({ name: sharedLabelName(l.Name), confidence: l.Confidence }));
  } catch {
    return [];
  }
}

/**
 * True when the stored item already labels these exact bytes with these
 * settings, so calling Rekognition again would only cost money.
 */
export function isReusable(
  item: Item | undefined,
  sha256: string,
  settings: LabelSettings,
): boolean {
  return item?.status?.S === 'labeled' && hasResultFor(item, { sha256 }, settings);
}

/** What identifies the bytes of an S3 object: the uploader's sha256, or S3's ETag. */
export interface ObjectIdentity {
  sha256?: string;
  etag?: string;
}

/**
 * True when the stored item already holds the result for these bytes and settings, so a
 * re-delivered event needs neither a Rekognition call nor a write. A failed item counts only
 * when it names the same sha256: its error was about those bytes. An item without one (the
 * object was gone) must not stop a later upload of the same bytes from being labeled.
 */
export function hasResultFor(
  item: Item | undefined,
  identity: ObjectIdentity,
  settings: LabelSettings,
): boolean {
  if (item === undefined) return false;
  const sameSettings =
    Number(item.min_confidence?.N) === settings.minConfidence &&
    Number(item.max_labels?.N) === settings.maxLabels;
  if (!sameSettings) return false;
  const sameSha =
    identity.sha256 !== undefined && identity.sha256 !== '' && item.sha256?.S === identity.sha256;
  const sameEtag =
    identity.etag !== undefined && identity.etag !== '' && item.etag?.S === identity.etag;
  if (item.status?.S === 'labeled') return sameSha || sameEtag;
  return item.status?.S === 'failed' && sameSha;
}
