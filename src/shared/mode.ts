/**
 * How images reach Rekognition: `direct` labels from the runner; `upload-only` hands them to
 * the S3-triggered Lambda. The Lambda reads it back from the object's metadata.
 */
export type Mode = 'direct' | 'upload-only';
