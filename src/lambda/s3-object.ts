import {
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { s3Of } from '../shared/clients.js';
import type { ByteReader } from '../shared/image-probe.js';
import { normalizeEtag } from '../shared/record.js';
import type { Services } from '../shared/services.js';

/** S3 throttling (SlowDown) paces S3 requests only, as callAws does by the IAM action's service. */
const S3_SCOPE = 's3';

export interface ObjectRef {
  bucket: string;
  key: string;
  /** Reads this version only (versioned buckets); else whatever the key holds now. */
  versionId?: string;
}

const versionOf = (object: ObjectRef) => (object.versionId ? { VersionId: object.versionId } : {});

/** Metadata, ETag and size in one request; s3:GetObject allows it. */
export async function headObject(
  services: Services,
  object: ObjectRef,
): Promise<HeadObjectCommandOutput> {
  return services.caller.call(
    () =>
      s3Of(services.clients).send(
        new HeadObjectCommand({ Bucket: object.bucket, Key: object.key, ...versionOf(object) }),
      ),
    S3_SCOPE,
  );
}

/** A probe reads a few header bytes; fetching them in 64 KiB ranges keeps that to one request. */
const CHUNK_BYTES = 64 * 1024;

/** Ranged GETs, cached by chunk, so the header probe never downloads a 15 MB image. */
export function objectReader(services: Services, object: ObjectRef, size: number): ByteReader {
  const chunks = new Map<number, Promise<Buffer>>();
  const chunk = (index: number): Promise<Buffer> => {
    let pending = chunks.get(index);
    if (!pending) {
      const start = index * CHUNK_BYTES;
      const end = Math.min(size, start + CHUNK_BYTES) - 1;
      pending = services.caller.call(async () => {
        const response = await s3Of(services.clients).send(
          new GetObjectCommand({
            Bucket: object.bucket,
            Key: object.key,
            ...versionOf(object),
            Range: `bytes=${start}-${end}`,
          }),
        );
        return Buffer.from((await response.Body?.transformToByteArray()) ?? []);
      }, S3_SCOPE);
      chunks.set(index, pending);
    }
    return pending;
  };
  return async (position, length) => {
    const last = Math.min(position + length, size);
    if (position >= last) return Buffer.alloc(0);
    const parts: Buffer[] = [];
    for (let index = Math.floor(position / CHUNK_BYTES); index * CHUNK_BYTES < last; index++) {
      parts.push(await chunk(index));
    }
    const offset = position - Math.floor(position / CHUNK_BYTES) * CHUNK_BYTES;
    return Buffer.concat(parts).subarray(offset, offset + (last - position));
  };
}

/** What one whole read of the object returned: its ETag and SHA-256, and its bytes if kept. */
export interface ObjectRead {
  etag?: string;
  sha256: string;
  bytes?: Buffer;
}

/**
 * Reads the whole object once: its bytes (kept when `keep`, to send them to Rekognition) and
 * their SHA-256, with the ETag of the very object the bytes came from, so a caller can tell
 * whether it is still the object the event announced.
 */
export async function readObject(
  services: Services,
  object: ObjectRef,
  keep: boolean,
): Promise<ObjectRead> {
  return services.caller.call(async () => {
    const response = await s3Of(services.clients).send(
      new GetObjectCommand({ Bucket: object.bucket, Key: object.key, ...versionOf(object) }),
    );
    const hash = createHash('sha256');
    const parts: Buffer[] = [];
    for await (const part of response.Body as Readable) {
      hash.update(part as Buffer);
      if (keep) parts.push(part as Buffer);
    }
    const etag = normalizeEtag(response.ETag);
    return {
      ...(etag ? { etag } : {}),
      sha256: hash.digest('hex'),
      ...(keep ? { bytes: Buffer.concat(parts) } : {}),
    };
  }, S3_SCOPE);
}
