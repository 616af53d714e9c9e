import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { bufferReader, probeImage, type ImageInfo } from '../src/shared/image-probe.js';
import { REKOGNITION_LIMITS } from '../src/shared/limits.js';
import { AwsServiceError } from './aws-json.js';
import { checkDecodable } from './image-decode.js';

/*
 * Messages follow what the real service says where it is known:
 * - below 80 px Rekognition answers InvalidParameterException "Request has Invalid
 *   Parameters" (boto/botocore#1366, a 6.9 KB image under 80 px sent to DetectLabels);
 * - above 10000 px it says "Input image dimensions 10800 x 5400 exceed maximum dimension
 *   size of 10000 pixels" (awsdocs/aws-doc-sdk-examples#4848);
 * - limits themselves: https://docs.aws.amazon.com/rekognition/latest/dg/limits.html
 *   (80 px minimum, 10K px maximum for DetectLabels/DetectModerationLabels, 5 MB of raw
 *   bytes inline, 15 MB for S3 objects, PNG and JPEG only).
 * - Rekognition decodes the image: a valid PNG/JPEG header over a corrupt body is
 *   InvalidImageFormatException "Request has invalid image format", like a non-image.
 *   The emulator stands in with a structural check (image-decode.ts) after the size,
 *   format and dimension checks.
 */
export const INVALID_PARAMETERS = 'Request has Invalid Parameters';
const INVALID_FORMAT = 'Request has invalid image format';
const S3_UNREADABLE =
  'Unable to get object metadata from S3. Check object key, region and/or access permissions.';

export interface S3ObjectRef {
  Bucket: string;
  Name: string;
  Version?: string;
}

export type ImageRef = { kind: 'bytes'; bytes: Buffer } | { kind: 's3'; object: S3ObjectRef };

export interface LoadedImage {
  bytes: Buffer;
  info: ImageInfo;
}

const EQUALS = 0x3d;
const DASH = 0x2d;
const UNDERSCORE = 0x5f;

/**
 * `encoded` (base64 text, as bytes) decoded, or undefined unless it is the standard alphabet
 * then at most two `=`, and not one character short of a byte (a final group of one).
 * Checked without looking at each character in JavaScript: a regular expression took 4 ms a
 * call on a 0.7 MB body, and the stack shares two cores with the action in the bench. Node's
 * decoder skips what is not base64, stops at `=` and reads `-` and `_` as the URL alphabet; so
 * once those are excluded, the text is valid exactly when it decodes to the full length its
 * characters stand for (any skipped character makes it shorter, the final group being 2 or 3
 * characters or 4).
 */
export function decodeBase64Bytes(encoded: Uint8Array): Buffer | undefined {
  const text = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  let padding = 0;
  while (padding < text.length && text[text.length - 1 - padding] === EQUALS) padding++;
  const digits = text.length - padding;
  if (padding > 2 || digits % 4 === 1) return undefined;
  const firstEquals = text.indexOf(EQUALS);
  if (firstEquals !== -1 && firstEquals < digits) return undefined;
  if (text.indexOf(DASH) !== -1 || text.indexOf(UNDERSCORE) !== -1) return undefined;
  const bytes = Buffer.from(text.toString('latin1'), 'base64');
  return bytes.length === Math.floor((digits * 3) / 4) ? bytes : undefined;
}

/** As decodeBase64Bytes, for a string (a JSON value): only ASCII can be base64. */
export function decodeBase64(text: string): Buffer | undefined {
  // latin1 keeps the low byte of each character: 'Ł' (U+0141) would pass as 'A'.
  if (Buffer.byteLength(text, 'utf8') !== text.length) return undefined;
  return decodeBase64Bytes(Buffer.from(text, 'latin1'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the request's `Image` member: exactly one of Bytes and S3Object. */
export function parseImageRef(image: unknown): ImageRef {
  if (!isRecord(image)) throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  const hasBytes = image.Bytes !== undefined && image.Bytes !== null;
  const hasS3 = image.S3Object !== undefined && image.S3Object !== null;
  if (hasBytes === hasS3) {
    throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  }
  if (hasBytes) {
    // A Buffer when request-params.ts decoded it straight from the body.
    const bytes = Buffer.isBuffer(image.Bytes)
      ? image.Bytes
      : typeof image.Bytes === 'string'
        ? decodeBase64(image.Bytes)
        : undefined;
    if (!bytes) throw new AwsServiceError('SerializationException', 'Image.Bytes must be base64');
    if (bytes.length === 0) {
      throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
    }
    return { kind: 'bytes', bytes };
  }
  const s3 = image.S3Object;
  if (!isRecord(s3) || typeof s3.Bucket !== 'string' || typeof s3.Name !== 'string') {
    throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  }
  if (!s3.Bucket || !s3.Name) {
    throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  }
  return {
    kind: 's3',
    object: {
      Bucket: s3.Bucket,
      Name: s3.Name,
      ...(typeof s3.Version === 'string' ? { Version: s3.Version } : {}),
    },
  };
}

/** Fetches an S3 image the way Rekognition does: metadata first, so size fails early. */
export async function fetchS3Image(s3: S3Client, ref: S3ObjectRef): Promise<Buffer> {
  const input = { Bucket: ref.Bucket, Key: ref.Name, VersionId: ref.Version };
  let size: number;
  try {
    const head = await s3.send(new HeadObjectCommand(input));
    size = head.ContentLength ?? 0;
  } catch {
    throw new AwsServiceError('InvalidS3ObjectException', S3_UNREADABLE);
  }
  if (size > REKOGNITION_LIMITS.maxBytesFromS3) {
    throw new AwsServiceError(
      'ImageTooLargeException',
      `Image size is too large: ${size} bytes exceeds the S3 object limit of ${REKOGNITION_LIMITS.maxBytesFromS3} bytes`,
    );
  }
  try {
    const object = await s3.send(new GetObjectCommand(input));
    if (!object.Body) throw new Error('empty body');
    return Buffer.from(await object.Body.transformToByteArray());
  } catch {
    throw new AwsServiceError('InvalidS3ObjectException', S3_UNREADABLE);
  }
}

/**
 * Applies the inline size, format and dimension limits, in that order, then checks that
 * the body would decode (the same for Bytes and S3Object images).
 */
export async function checkImage(bytes: Buffer, source: ImageRef['kind']): Promise<ImageInfo> {
  if (source === 'bytes' && bytes.length > REKOGNITION_LIMITS.maxBytesInline) {
    throw new AwsServiceError(
      'ImageTooLargeException',
      `Image size is too large: ${bytes.length} bytes exceeds the inline limit of ${REKOGNITION_LIMITS.maxBytesInline} bytes`,
    );
  }
  const probe = await probeImage(bufferReader(bytes));
  if (!probe.ok) throw new AwsServiceError('InvalidImageFormatException', INVALID_FORMAT);
  const { width, height } = probe.info;
  const { minSidePx, maxSidePx } = REKOGNITION_LIMITS;
  if (width > maxSidePx || height > maxSidePx) {
    throw new AwsServiceError(
      'InvalidParameterException',
      `Input image dimensions ${width} x ${height} exceed maximum dimension size of ${maxSidePx} pixels`,
    );
  }
  if (width < minSidePx || height < minSidePx) {
    throw new AwsServiceError('InvalidParameterException', INVALID_PARAMETERS);
  }
  const decodable = await checkDecodable(bytes, probe.info.format);
  if (!decodable.ok) throw new AwsServiceError('InvalidImageFormatException', INVALID_FORMAT);
  return probe.info;
}
