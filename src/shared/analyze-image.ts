import { classifyError, errorMessage } from './aws-errors.js';
import type { Detection } from './detect-labels.js';
import type { ModerationDetection } from './detect-moderation.js';
import { ImageFailure } from './image-failure.js';

/** What one image got from Rekognition; shared by the action and the Lambda. */
export interface Analysis {
  labels?: Detection;
  moderation?: ModerationDetection;
  /**
   * Set when DetectLabels succeeded (or was not needed) and DetectModerationLabels failed: the
   * labels are paid for and kept; the image fails for its moderation alone.
   */
  moderationError?: unknown;
}

/**
 * Each feature is its own request (and its own bill), sent at the same time; a feature not
 * asked for is undefined. The image's result waits for both, so nothing of it is still in
 * flight once it is reported. A labels failure is the image's; a moderation failure alone is
 * returned beside the labels.
 */
export async function analyzeTogether(
  labels: (() => Promise<Detection>) | undefined,
  moderation: (() => Promise<ModerationDetection>) | undefined,
): Promise<Analysis> {
  const [l, m] = await Promise.allSettled([labels?.(), moderation?.()]);
  if (l.status === 'rejected') throw l.reason;
  return {
    ...(l.value ? { labels: l.value } : {}),
    ...(m.status === 'rejected'
      ? { moderationError: m.reason }
      : m.value
        ? { moderation: m.value }
        : {}),
  };
}

/**
 * The failure of an image whose labels were kept (and stored) but whose moderation could not be
 * had. Never a fault of the bytes: that would store a failed item that hides the good labels.
 */
export function notModeratedFailure(error: unknown): ImageFailure {
  const failure =
    error instanceof ImageFailure
      ? error
      : new ImageFailure(errorMessage(error), classifyError(error));
  const kind = failure.kind === 'image' ? 'other' : failure.kind;
  return new ImageFailure(`labeled, not moderated: ${failure.message}`, kind);
}
