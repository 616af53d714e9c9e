import type { ImageInfo, ProbeResult } from './image-probe.js';
import { REKOGNITION_LIMITS } from './limits.js';

/** How Rekognition receives the image: inline bytes (5 MB) or an S3 object (15 MB). */
export type ImageTransport = 'bytes' | 's3';

export type CheckResult = { ok: true; info: ImageInfo } | { ok: false; message: string };

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(2)} MB`;
}

/**
 * Applies Rekognition's limits before a request is paid for. Messages name the
 * file, the limit and what to change.
 */
export function checkImage(
  name: string,
  sizeBytes: number,
  probe: ProbeResult,
  transport: ImageTransport,
): CheckResult {
  if (!probe.ok) {
    return {
      ok: false,
      message: `${name}: ${probe.reason}. Rekognition accepts only JPEG and PNG.`,
    };
  }
  const limit =
    transport === 'bytes' ? REKOGNITION_LIMITS.maxBytesInline : REKOGNITION_LIMITS.maxBytesFromS3;
  if (sizeBytes > limit) {
    const hint =
      transport === 'bytes'
        ? 'Set the `bucket` input so Rekognition reads it from S3 (up to 15 MB), or make it smaller.'
        : 'Make it smaller (resize or recompress).';
    return {
      ok: false,
      message: `${name} is ${megabytes(sizeBytes)}; Rekognition accepts at most ${limit / MB} MB ${
        transport === 'bytes' ? 'as bytes' : 'from S3'
      }. ${hint}`,
    };
  }
  const { width, height } = probe.info;
  const { minSidePx, maxSidePx } = REKOGNITION_LIMITS;
  if (Math.min(width, height) < minSidePx || Math.max(width, height) > maxSidePx) {
    return {
      ok: false,
      message: `${name} is ${width}x${height} px; Rekognition needs each side between ${minSidePx} and ${maxSidePx.toLocaleString('en-US')} px.`,
    };
  }
  return { ok: true, info: probe.info };
}
