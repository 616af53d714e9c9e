import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { AwsCaller } from './aws-caller.js';
import type { AwsClients } from './clients.js';
import type { Clock } from './clock.js';
import {
  type AwsOperation,
  type ErrorKind,
  classifyError,
  describeAwsError,
  errorMessage,
} from './errors.js';
import { sha256File } from './file-hash.js';
import { type ImageTransport, checkImage } from './image-check.js';
import { CONTENT_TYPES, probeFile } from './image-probe.js';
import { type ImageRef, detectLabels } from './labeling.js';
import { MAX_S3_KEY_BYTES } from './limits.js';
import {
  type LabelRecord,
  type LabelSettings,
  expiresAt,
  formatTimestamp,
  isReusable,
  labelsFromItem,
  toItem,
} from './record.js';
import type { ImageResult, Label, Mode, RunContext } from './types.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** What every image of a run shares. */
export interface LabelPlan {
  mode: Mode;
  environment: string;
  prefix: string;
  bucket: string;
  table: string;
  settings: LabelSettings;
  ttlHours: number;
  context: RunContext;
}

export interface Services {
  clients: AwsClients;
  caller: AwsCaller;
  clock: Clock;
}

export interface ImageOutcome {
  result: ImageResult;
  /** Set when the failure would repeat for every image (permissions, missing table). */
  fatal?: string;
}

interface Progress {
  result: ImageResult;
  /** The object is in S3, so the record may name the bucket. */
  uploaded: boolean;
}

/** A failure with the sentence to show and whether it is the image's fault. */
class ImageFailure extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
  ) {
    super(message);
  }
}

export function objectKey(prefix: string, environment: string, path: string): string {
  return `${prefix}/${environment}/${path}`;
}

export async function processImage(
  file: WorkspaceMatch,
  plan: LabelPlan,
  services: Services,
): Promise<ImageOutcome> {
  const key = objectKey(plan.prefix, plan.environment, file.path);
  const result: ImageResult = {
    path: file.path,
    key,
    environment: plan.environment,
    status: 'failed',
    labels: [],
  };
  const progress: Progress = { result, uploaded: false };
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
      await writeRecord(plan, services, failedRecord(plan, services, progress)).catch(
        () => undefined,
      );
    }
    return failure.kind === 'fatal' ? { result, fatal: failure.message } : { result };
  }
}

async function labelOrUpload(
  file: WorkspaceMatch,
  key: string,
  plan: LabelPlan,
  services: Services,
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
    const stored = await getStored(key, plan, services);
    if (stored && isReusable(stored, result.sha256, plan.settings)) {
      result.status = 'labeled';
      result.labels = labelsFromItem(stored);
      result.cached = true;
      return;
    }
  }

  if (plan.bucket) {
    await upload(file, key, size, contentType, result.sha256, plan, services);
    progress.uploaded = true;
  }
  if (plan.mode === 'upload-only') {
    result.status = 'uploaded';
    return;
  }

  const resource = plan.bucket ? `s3://${plan.bucket}/${key}` : `image ${file.path}`;
  const detection = await aws(
    services,
    { action: 'rekognition:DetectLabels', resource },
    // The bytes are read inside the request slot, so memory follows requests in flight.
    async () => {
      const image: ImageRef = plan.bucket
        ? { bucket: plan.bucket, key }
        : { bytes: await readingFile(file, () => readFile(file.absolutePath)) };
      return detectLabels(services.clients.rekognition, image, plan.settings);
    },
  );
  result.labels = detection.labels;
  result.status = 'labeled';
  if (plan.table) {
    await writeRecord(plan, services, {
      ...baseRecord(plan, services, progress),
      labels: detection.labels,
      status: 'labeled',
      modelVersion: detection.modelVersion,
    });
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'it no longer exists (deleted after the globs were matched?)',
  EISDIR: 'it is now a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
};

/** A file that vanished or cannot be read fails alone, with a sentence rather than a syscall. */
async function readingFile<T>(file: WorkspaceMatch, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FILE_ERRORS[code];
    if (!reason) throw error;
    throw new ImageFailure(`${file.path} could not be read: ${reason} (${code}).`, 'other');
  }
}

async function aws<T>(
  services: Services,
  operation: AwsOperation,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await services.caller.call(send);
  } catch (error) {
    const kind = classifyError(error);
    throw new ImageFailure(describeAwsError(error, operation), kind);
  }
}

async function getStored(key: string, plan: LabelPlan, services: Services) {
  const response = await aws(
    services,
    { action: 'dynamodb:GetItem', resource: `table ${plan.table}` },
    () =>
      services.clients.dynamodb.send(
        new GetItemCommand({
          TableName: plan.table,
          Key: { filename: { S: key } },
          ConsistentRead: true,
        }),
      ),
  );
  return response.Item;
}

async function upload(
  file: WorkspaceMatch,
  key: string,
  size: number,
  contentType: string,
  sha256: string,
  plan: LabelPlan,
  services: Services,
): Promise<void> {
  await aws(
    services,
    { action: 's3:PutObject', resource: `arn:aws:s3:::${plan.bucket}/${key}`, bucket: plan.bucket },
    () =>
      services.clients.s3.send(
        new PutObjectCommand({
          Bucket: plan.bucket,
          Key: key,
          Body: createReadStream(file.absolutePath),
          ContentLength: size,
          ContentType: contentType,
          Metadata: uploadMetadata(sha256, plan.mode, plan.context),
        }),
      ),
  );
}

/**
 * S3 user metadata travels as HTTP headers, so non-ASCII values are percent-encoded. `mode`
 * lets the Lambda skip objects that direct mode already labeled.
 */
export function uploadMetadata(
  sha256: string,
  mode: Mode,
  context: RunContext,
): Record<string, string> {
  const ascii = (value: string) =>
    /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
  const metadata: Record<string, string> = {
    sha256,
    mode,
    repository: ascii(context.repository),
    branch: ascii(context.branch),
    commit: ascii(context.commit),
    'run-id': ascii(context.runId),
  };
  if (context.pullRequest !== undefined) metadata['pull-request'] = String(context.pullRequest);
  return metadata;
}

async function writeRecord(
  plan: LabelPlan,
  services: Services,
  record: LabelRecord,
): Promise<void> {
  await aws(services, { action: 'dynamodb:PutItem', resource: `table ${plan.table}` }, () =>
    services.clients.dynamodb.send(
      new PutItemCommand({ TableName: plan.table, Item: toItem(record) }),
    ),
  );
}

type RecordBase = Omit<LabelRecord, 'labels' | 'status' | 'modelVersion'>;

function baseRecord(plan: LabelPlan, services: Services, progress: Progress): RecordBase {
  const { result } = progress;
  const now = services.clock.now();
  const record: RecordBase = {
    filename: result.key,
    timestamp: formatTimestamp(now),
    environment: plan.environment,
    branch: plan.context.branch,
    expiresAt: expiresAt(now, plan.ttlHours),
    sha256: result.sha256 ?? '',
    minConfidence: plan.settings.minConfidence,
    maxLabels: plan.settings.maxLabels,
    source: 'action',
    commit: plan.context.commit,
    repository: plan.context.repository,
    runId: plan.context.runId,
  };
  if (plan.context.pullRequest !== undefined) record.pullRequest = plan.context.pullRequest;
  if (progress.uploaded) record.bucket = plan.bucket;
  return record;
}

function failedRecord(plan: LabelPlan, services: Services, progress: Progress): LabelRecord {
  const labels: Label[] = [];
  return {
    ...baseRecord(plan, services, progress),
    labels,
    status: 'failed',
    error: progress.result.error ?? 'failed',
    modelVersion: '',
  };
}
