import { ImageFailure } from '../shared/image-failure.js';
import { REKOGNITION_LIMITS } from '../shared/limits.js';
import { type Analysis, type Features, analyzeBytes, analyzeObject } from './image-analysis.js';
import { type CheckedFile, withVerifiedBytes } from './image-bytes.js';
import type { ActionServices, LabelPlan, Progress } from './run-plan.js';
import { type UploadedObject, type WithBytes, currentEtag, upload } from './s3-upload.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** Uploads and re-reads before giving up on an object other runs keep replacing. */
const MAX_REPLACED_ATTEMPTS = 3;

/**
 * With a `bucket`: uploads the verified bytes, then (direct mode) labels exactly those bytes.
 * Another run may put other bytes at the same key at any moment, so Rekognition is given the
 * bytes themselves when they fit (5 MB), the pinned version on a versioned bucket, and
 * otherwise the key, with the object's ETag compared before and after: a replaced object is
 * uploaded and labeled again. Returns undefined in upload-only mode (the Lambda labels).
 * Moderation, when asked for, reads the same image the same way.
 */
export async function labelThroughS3(
  file: WorkspaceMatch,
  checked: CheckedFile,
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  features: Features,
): Promise<Analysis | undefined> {
  const { key } = progress.result;
  // Read for the upload, and again (from the page cache) for DetectLabels: between the two the
  // bytes are not held, and each read is checked against the hash, so both send the same bytes.
  const withBytes: WithBytes = (use) => withVerifiedBytes(file, checked, services, 'raw', use);
  for (let attempt = 1; ; attempt++) {
    const uploaded = await upload(
      withBytes,
      key,
      checked.contentType,
      checked.sha256,
      plan,
      services,
    );
    progress.object = { bucket: plan.bucket, ...uploaded };
    progress.observedAt = services.clock.now();
    if (plan.mode === 'upload-only') return undefined;
    const analysis = await detect(file, checked, uploaded, plan, services, progress, features);
    if (analysis) return analysis;
    if (attempt === MAX_REPLACED_ATTEMPTS) {
      throw new ImageFailure(
        `${file.path}: another run replaced s3://${plan.bucket}/${key} while Rekognition read it, ` +
          `${attempt} times; its labels could not be tied to these bytes, so none are reported or stored. ` +
          'Enable versioning on the bucket so each run reads its own version.',
        'other',
      );
    }
  }
}

/** Analyzes the uploaded bytes; undefined when the object was replaced before Rekognition read it. */
async function detect(
  file: WorkspaceMatch,
  checked: CheckedFile,
  uploaded: UploadedObject,
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  features: Features,
): Promise<Analysis | undefined> {
  const { key } = progress.result;
  if (checked.size <= REKOGNITION_LIMITS.maxBytesInline) {
    return analyzeBytes(file, checked, `s3://${plan.bucket}/${key}`, features, plan, services);
  }
  const image = {
    bucket: plan.bucket,
    key,
    ...(uploaded.versionId ? { version: uploaded.versionId } : {}),
  };
  const analysis = await analyzeObject(image, features, plan, services);
  if (uploaded.versionId) return analysis;
  // Same ETag after the reads: nobody replaced the object between the upload and the check.
  const after = await currentEtag(key, plan, services);
  return after !== undefined && after === uploaded.etag ? analysis : undefined;
}
