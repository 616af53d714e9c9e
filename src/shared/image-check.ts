import type { ImageInfo, ProbeResult } from './image-probe.js';
import { REKOGNITION_LIMITS } from './limits.js';
import { groupDigits } from './digits.js';

/** How Rekognition receives the image: inline bytes (5 MB) or an S3 object (15 MB). */
export type ImageTransport = 'bytes' | 's3';

export type CheckResult = { ok: true; info: ImageInfo } | { ok: false; message: string };

const MiB = 1024 * 1024;

/**
 * `5,242,881 bytes (5.000001 MiB)`: the exact count, and MiB with as many decimals as it takes to
 * differ from the limit it exceeds (two at least), so the message never reads "5.00 MiB; at most 5".
 */
function sizeText(bytes: number, limit: number): string {
  let decimals = 2;
  while (decimals < 9 && Number((bytes / MiB).toFixed(decimals)) <= limit / MiB) decimals++;
  return `${groupDigits(bytes)} bytes (${(bytes / MiB).toFixed(decimals)} MiB)`;
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
        ? `Set the \`bucket\` input so Rekognition reads it from S3 (up to ${REKOGNITION_LIMITS.maxBytesFromS3 / MiB} MiB), or make it smaller.`
        : 'Make it smaller (resize or recompress).';
    const how = transport === 'bytes' ? 'as bytes' : 'from S3';
    return {
      ok: false,
      message: `${name} is ${sizeText(sizeBytes, limit)}; Rekognition accepts at most ${limit / MiB} MiB (${groupDigits(limit)} bytes) ${how}. ${hint}`,
    };
  }
  const { width, height } = probe.info;
  const { minSidePx, maxSidePx } = REKOGNITION_LIMITS;
  if (Math.min(width, height) < minSidePx || Math.max(width, height) > maxSidePx) {
    return {
      ok: false,
      message: `${name} is ${width}x${height} px; Rekognition needs each side between ${minSidePx} and ${groupDigits(maxSidePx)} px.`,
    };
  }
  return { ok: true, info: probe.info };
}
