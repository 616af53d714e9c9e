import { randomBytes } from 'node:crypto';
import type { S3Event, S3EventRecord } from 'aws-lambda';

/**
 * S3 event notifications as S3 delivers them to Lambda.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */

export type { S3Event, S3EventRecord };

/** Bytes S3 leaves as they are in an event key: the form-urlencoded set, plus `/`. */
const LITERAL = /^[A-Za-z0-9*\-._/]$/;

/**
 * The key as it appears in `s3.object.key`: application/x-www-form-urlencoded over the
 * UTF-8 bytes (space → `+`, `+` → `%2B`, `%` → `%25`, `(` → `%28`, `~` → `%7E`), except that
 * `/` stays literal. Handlers must undo it (`decodeEventKey`), or `a b.png` becomes `a+b.png`.
 */
export function encodeEventKey(key: string): string {
  let out = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (byte === 0x20) out += '+';
    else if (byte < 0x80 && LITERAL.test(char)) out += char;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The inverse of `encodeEventKey` is the handler's own; the stack uses the same one. */
export { decodeEventKey } from '../src/lambda/s3-records.js';

let sequence = 0;

/**
 * S3's sequencer only orders events for the same key: a later write has a greater value
 * once both are padded to the same length. Time then a per-process counter keeps that true
 * for writes within the same millisecond.
 */
export function nextSequencer(now = Date.now()): string {
  sequence = (sequence + 1) % 0x1000000;
  const time = now.toString(16).toUpperCase().padStart(12, '0');
  return `${time}${sequence.toString(16).toUpperCase().padStart(6, '0')}`;
}

export interface ObjectEventInput {
  region: string;
  bucket: string;
  /** The object key as stored (decoded); the record carries it encoded. */
  key: string;
  size: number;
  /** Bare hex, without the quotes of the HTTP `ETag` header, as S3 events carry it. */
  eTag: string;
  /** Default `ObjectCreated:Put`. */
  eventName?: string;
  eventTime?: Date;
  /** The notification configuration's Id. */
  configurationId?: string;
  sequencer?: string;
  versionId?: string;
  sourceIPAddress?: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

export function s3EventRecord(input: ObjectEventInput): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: input.region,
    eventTime: (input.eventTime ?? new Date()).toISOString(),
    eventName: input.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId: 'AWS:AIDALOCALSTACKUSER' },
    requestParameters: { sourceIPAddress: input.sourceIPAddress ?? '127.0.0.1' },
    responseElements: {
      'x-amz-request-id': hex(8),
      'x-amz-id-2': randomBytes(48).toString('base64'),
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: input.configurationId ?? 'local-stack',
      bucket: {
        name: input.bucket,
        ownerIdentity: { principalId: 'A3LOCALSTACKOWNER' },
        arn: `arn:aws:s3:::${input.bucket}`,
      },
      object: {
        key: encodeEventKey(input.key),
        size: input.size,
        eTag: input.eTag,
        ...(input.versionId === undefined ? {} : { versionId: input.versionId }),
        sequencer: input.sequencer ?? nextSequencer(),
      },
    },
  };
}
