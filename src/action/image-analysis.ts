import { type Analysis, analyzeTogether } from '../shared/analyze-image.js';
import type { AwsOperation } from '../shared/aws-errors.js';
import { callAws } from '../shared/call-aws.js';
import { type Detection, type ImageRef, detectLabels } from '../shared/detect-labels.js';
import {
  type ModerationDetection,
  type ModerationSettings,
  detectModeration,
} from '../shared/detect-moderation.js';
import { type CheckedFile, sendVerifiedBytes } from './image-bytes.js';
import type { ActionServices, LabelPlan } from './run-plan.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** What an image still needs from Rekognition: a stored item may already answer part of it. */
export interface Features {
  labels: boolean;
  /** Set when DetectModerationLabels must be called, with these settings. */
  moderation?: ModerationSettings;
}

export type { Analysis };

export const DETECT_LABELS = 'rekognition:DetectLabels';
export const DETECT_MODERATION = 'rekognition:DetectModerationLabels';

/** The features `features` asks for, together (analyze-image.ts). */
function both(
  features: Features,
  labels: () => Promise<Detection>,
  moderation: (settings: ModerationSettings) => Promise<ModerationDetection>,
): Promise<Analysis> {
  const settings = features.moderation;
  return analyzeTogether(
    features.labels ? labels : undefined,
    settings ? () => moderation(settings) : undefined,
  );
}

/** The verified bytes, read for each request (from the page cache after the first). */
export function analyzeBytes(
  file: WorkspaceMatch,
  checked: CheckedFile,
  resource: string,
  features: Features,
  plan: LabelPlan,
  services: ActionServices,
  onRead: () => void = () => {},
): Promise<Analysis> {
  const { rekognition } = services.clients;
  const operation = (action: string): AwsOperation => ({ action, resource });
  return both(
    features,
    () =>
      sendVerifiedBytes(
        file,
        checked,
        operation(DETECT_LABELS),
        services,
        (image) => detectLabels(rekognition, image, plan.settings),
        onRead,
      ),
    (settings) =>
      sendVerifiedBytes(
        file,
        checked,
        operation(DETECT_MODERATION),
        services,
        (image) => detectModeration(rekognition, image, settings),
        onRead,
      ),
  );
}

/** An S3 object (pinned to its version when known), which Rekognition reads itself. */
export function analyzeObject(
  image: Extract<ImageRef, { bucket: string }>,
  features: Features,
  plan: LabelPlan,
  services: ActionServices,
): Promise<Analysis> {
  const { rekognition } = services.clients;
  const resource = `s3://${image.bucket}/${image.key}`;
  const operation = (action: string): AwsOperation => ({ action, resource, bucket: image.bucket });
  return both(
    features,
    () =>
      callAws(services, operation(DETECT_LABELS), () =>
        detectLabels(rekognition, image, plan.settings),
      ),
    (settings) =>
      callAws(services, operation(DETECT_MODERATION), () =>
        detectModeration(rekognition, image, settings),
      ),
  );
}
