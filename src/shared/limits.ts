/** Amazon Rekognition image limits, shared by the pre-check and the local emulator. */
export const REKOGNITION_LIMITS = {
  maxBytesInline: 5 * 1024 * 1024,
  maxBytesFromS3: 15 * 1024 * 1024,
  minSidePx: 80,
  maxSidePx: 10_000,
  maxLabels: 1000,
} as const;

/** S3 object keys are limited to 1024 bytes of UTF-8. */
export const MAX_S3_KEY_BYTES = 1024;
