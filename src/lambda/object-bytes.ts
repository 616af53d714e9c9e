import { type ProbeResult, bufferReader, probeImage } from '../shared/image-probe.js';
import { REKOGNITION_LIMITS } from '../shared/limits.js';
import type { ReadMetadata } from '../shared/object-metadata.js';
import type { Services } from '../shared/services.js';
import { type ObjectRef, objectReader, readObject } from './s3-object.js';

/** What the function knows of the object's bytes before it pays for a call. */
export interface ObjectBytes {
  probe: ProbeResult;
  sha256: string;
  /** The bytes themselves, when Rekognition can take them inline (5 MB): then they are sent. */
  bytes?: Buffer;
}

/**
 * Reads the object the event announced, as exactly as S3 allows. Up to 5 MB the function
 * downloads it once and sends those bytes, hashed by itself: another upload to the key can
 * no longer slip between the check and Rekognition's read. Larger objects are probed with
 * ranged reads and read by Rekognition from S3 (pinned to the event's version on a versioned
 * bucket). Returns 'replaced' when what was read is no longer the announced object.
 */
export async function readObjectBytes(
  services: Services,
  ref: ObjectRef,
  size: number,
  etag: string | undefined,
  metadata: ReadMetadata,
): Promise<ObjectBytes | 'replaced'> {
  if (size <= REKOGNITION_LIMITS.maxBytesInline) {
    const read = await readObject(services, ref, true);
    if (etag && read.etag && read.etag !== etag) return 'replaced';
    const bytes = read.bytes!;
    return { probe: await probeImage(bufferReader(bytes)), sha256: read.sha256, bytes };
  }
  const probe = await probeImage(objectReader(services, ref, size));
  if (metadata.sha256) return { probe, sha256: metadata.sha256 };
  // A hand upload has no sha256 in its metadata: hash the object, so the record has one too.
  const read = await readObject(services, ref, false);
  if (etag && read.etag && read.etag !== etag) return 'replaced';
  return { probe, sha256: read.sha256 };
}
