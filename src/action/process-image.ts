import { readFile, stat } from 'node:fs/promises';
import { classifyError, errorMessage } from '../shared/aws-errors.js';
import { sha256File } from './file-hash.js';
import { type ImageTransport, checkImage } from '../shared/image-check.js';
import { callAws } from '../shared/call-aws.js';
import { ImageFailure } from '../shared/image-failure.js';
import { readingFile } from './file-read.js';
import { CONTENT_TYPES, probeFile } from '../shared/image-probe.js';
import { objectKey } from '../shared/object-key.js';
import type { ActionServices, ImageOutcome, LabelPlan, Progress } from './run-plan.js';
import { detectLabels } from '../shared/detect-labels.js';
import { MAX_S3_KEY_BYTES } from '../shared/limits.js';
import {
  type Outcome,
  type RecordSubject,
  buildRecord,
  isReusable,
  labelsFromItem,
} from '../shared/record.js';
import { getStored, writeRecord } from '../shared/results-table.js';
import { upload } from './s3-upload.js';
import type { ImageResult } from './image-result.js';
import type { WorkspaceMatch } from './workspace-files.js';

export async function processImage(
  file: WorkspaceMatch,
  plan: LabelPlan,
  services: ActionServices,
): Promise<ImageOutcome> {
  const key = objectKey(plan.prefix, plan.environment, file.path);
  const result: ImageResult = {
    path: file.path,
    key,
    environment: plan.environment,
    status: 'failed',
    labels: [],
  };
  const progress: Progress = { result };
  try {
    await labelOrUpload(file, key, plan, services, progress);
    return { result };
  } catch (error) {
    const failure =
      error instanceof ImageFailure
        ? error
        : new ImageFailure(errorMessage(error), classifyError(error));
    result.status = 'failed';
    result.error = failure.message;
    if (failure.kind === 'image' && plan.mode === 'direct' && plan.table && result.sha256) {
      // The bytes themselves are bad: record that, so readers see why there are no labels.
      const outcome: Outcome = { status: 'failed', error: failure.message };
      await store(plan, services, progress, outcome).catch((writeError: unknown) => {
        result.error += ` The failed item was not written: ${errorMessage(writeError)}`;
      });
    }
    return failure.kind === 'fatal' ? { result, fatal: failure.message } : { result };
  }
}

async function labelOrUpload(
  file: WorkspaceMatch,
  key: string,
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
): Promise<void> {
  const { result } = progress;
  if (Buffer.byteLength(key, 'utf8') > MAX_S3_KEY_BYTES) {
    throw new ImageFailure(
      `${file.path}: the S3 key "${key}" is longer than ${MAX_S3_KEY_BYTES} bytes; shorten the path or the \`prefix\` input.`,
      'other',
    );
  }
  const transport: ImageTransport = plan.bucket ? 's3' : 'bytes';
  const { size } = await readingFile(file, () => stat(file.absolutePath));
  const probe = await readingFile(file, () => probeFile(file.absolutePath));
  const checked = checkImage(file.path, size, probe, transport);
  // Hash before failing, so a failed record can say which bytes it was about.
  result.sha256 = await readingFile(file, () => sha256File(file.absolutePath));
  if (!checked.ok) throw new ImageFailure(checked.message, 'image');
  const contentType = CONTENT_TYPES[checked.info.format];

  if (plan.table) {
    const stored = await getStored(plan.table, key, services);
    if (stored && isReusable(stored, result.sha256, plan.settings)) {
      result.status = 'labeled';
      result.labels = labelsFromItem(stored);
      result.cached = true;
      return;
    }
  }

  if (plan.bucket) {
    const etag = await upload(file, key, size, contentType, result.sha256, plan, services);
    progress.object = { bucket: plan.bucket, ...(etag ? { etag } : {}) };
  }
  if (plan.mode === 'upload-only') {
    result.status = 'uploaded';
    return;
  }

  const resource = plan.bucket ? `s3://${plan.bucket}/${key}` : `image ${file.path}`;
  const detection = await callAws(
    services,
    { action: 'rekognition:DetectLabels', resource },
    // Bytes are read inside the request slot and the byte budget, so memory follows what is sent.
    async () => {
      if (plan.bucket) {
        return detectLabels(
          services.clients.rekognition,
          { bucket: plan.bucket, key },
          plan.settings,
        );
      }
      try {
        return await services.caller.imageBytes.run(size, async () => {
          const bytes = await readingFile(file, () => readFile(file.absolutePath));
          return detectLabels(services.clients.rekognition, { bytes }, plan.settings);
        });
      } finally {
        services.reclaimer?.released(size);
      }
    },
  );
  result.labels = detection.labels;
  result.status = 'labeled';
  if (plan.table) {
    await store(plan, services, progress, { status: 'labeled', ...detection });
  }
}

async function store(
  plan: LabelPlan,
  services: ActionServices,
  progress: Progress,
  outcome: Outcome,
): Promise<void> {
  const { result } = progress;
  const subject: RecordSubject = {
    key: result.key,
    environment: plan.environment,
    sha256: result.sha256 ?? '',
    provenance: plan.context,
    settings: plan.settings,
    ttlHours: plan.ttlHours,
    source: 'action',
    ...(progress.object ? { object: progress.object } : {}),
  };
  await writeRecord(plan.table, buildRecord(subject, outcome, services.clock.now()), services);
}
