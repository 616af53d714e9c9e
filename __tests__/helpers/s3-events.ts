import type { S3Event, S3EventRecord } from 'aws-lambda';
import { s3EventRecord } from '../../local-stack/s3-event.js';

export interface ObjectCreatedOptions {
  /** The decoded key; the record carries it encoded as S3 does. */
  key: string;
  bucket?: string;
  eTag?: string;
  size?: number;
  sequencer?: string;
  eventName?: string;
  /** Use this exact (already encoded) key instead, for malformed-key cases. */
  rawKey?: string;
  /** When S3 created the object; noon of 2026-11-24 UTC by default. */
  eventTime?: Date;
  versionId?: string;
}

/** One S3 notification record, built by the same code as the local stack's S3 → Lambda link. */
export function objectCreated(options: ObjectCreatedOptions): S3EventRecord {
  const record = s3EventRecord({
    region: 'us-east-1',
    bucket: options.bucket ?? 'pixel-learning-images',
    key: options.key,
    size: options.size ?? 1024,
    eTag: options.eTag ?? 'd41d8cd98f00b204e9800998ecf8427e',
    sequencer: options.sequencer ?? '0055AED6DCD90281E5',
    eventTime: options.eventTime ?? new Date('2026-11-24T12:00:00.000Z'),
    ...(options.versionId ? { versionId: options.versionId } : {}),
    ...(options.eventName ? { eventName: options.eventName } : {}),
  });
  if (options.rawKey !== undefined) record.s3.object.key = options.rawKey;
  return record;
}

export function s3Event(...records: S3EventRecord[]): S3Event {
  return { Records: records };
}

/** A Lambda context with the two members the handler reads. */
export function lambdaContext(remainingMs = 60_000, awsRequestId = 'req-1') {
  return { awsRequestId, getRemainingTimeInMillis: () => remainingMs };
}
