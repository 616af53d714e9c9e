import type { S3Event, S3EventRecord } from 'aws-lambda';

/** One object named by a notification record, with its key decoded. */
export interface ObjectEvent {
  bucket: string;
  key: string;
  /** The key exactly as the event carried it, for logs. */
  rawKey: string;
  eventName: string;
  eTag?: string;
  size?: number;
  sequencer?: string;
  /** The object's version, on a versioned bucket. */
  versionId?: string;
  /** When S3 created the object (epoch ms): orders this event's item against other writes. */
  eventTime?: number;
}

export type RecordRead = { ok: true; object: ObjectEvent } | { ok: false; reason: string };

/**
 * S3 URL-encodes keys in events as a form would: `+` is a space and `%2B` a plus. A
 * malformed escape is reported rather than guessed at.
 */
export function decodeEventKey(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function readRecord(record: S3EventRecord | undefined): RecordRead {
  const s3 = record?.s3;
  if (record?.eventSource !== 'aws:s3' || !s3?.bucket?.name || typeof s3.object?.key !== 'string') {
    return { ok: false, reason: 'not an S3 notification record' };
  }
  if (!record.eventName?.startsWith('ObjectCreated:')) {
    return { ok: false, reason: `event ${record.eventName ?? '(none)'} is not an object creation` };
  }
  const key = decodeEventKey(s3.object.key);
  if (key === undefined) {
    return { ok: false, reason: `the key ${JSON.stringify(s3.object.key)} is not URL-encoded` };
  }
  const object: ObjectEvent = {
    bucket: s3.bucket.name,
    key,
    rawKey: s3.object.key,
    eventName: record.eventName,
  };
  if (s3.object.eTag) object.eTag = s3.object.eTag;
  if (typeof s3.object.size === 'number') object.size = s3.object.size;
  if (s3.object.sequencer) object.sequencer = s3.object.sequencer;
  if (s3.object.versionId) object.versionId = s3.object.versionId;
  const eventTime = Date.parse(record.eventTime ?? '');
  if (Number.isFinite(eventTime)) object.eventTime = eventTime;
  return { ok: true, object };
}

/** The records of an event; anything that is not an array of records reads as none. */
export function eventRecords(event: S3Event | undefined): (S3EventRecord | undefined)[] {
  return Array.isArray(event?.Records) ? event.Records : [];
}

/**
 * S3 sequencers order events for one key: longer is later, then lexical. Within a batch only
 * the latest event of each key is worth labeling; the earlier ones describe replaced bytes.
 */
export function isLaterSequencer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  if (b === undefined) return true;
  const width = Math.max(a.length, b.length);
  return a.padStart(width, '0') > b.padStart(width, '0');
}
