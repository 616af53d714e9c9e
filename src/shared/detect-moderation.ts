import {
  DetectModerationLabelsCommand,
  type DetectModerationLabelsCommandOutput,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { compareCodeUnits } from './compare.js';
import { type ImageRef, withImage } from './detect-labels.js';
import type { ModerationLabel } from './moderation-verdict.js';
import { roundConfidence } from './record.js';

/** What moderation was asked for; a stored result is reused only when all of it matches. */
export interface ModerationSettings {
  /** The floor sent as MinConfidence (Rekognition's default is 50). */
  minConfidence: number;
  /** A custom moderation adapter's version ARN, sent as ProjectVersion; "" for none. */
  adapter: string;
}

export interface ModerationDetection {
  labels: ModerationLabel[];
  modelVersion: string;
}

/** One DetectModerationLabels request; shared by the action and the Lambda. */
export function detectModeration(
  rekognition: RekognitionClient,
  image: ImageRef,
  settings: ModerationSettings,
): Promise<ModerationDetection> {
  const input = withImage(image, {
    MinConfidence: settings.minConfidence,
    ...(settings.adapter ? { ProjectVersion: settings.adapter } : {}),
  });
  return send(rekognition, new DetectModerationLabelsCommand(input));
}

async function send(rekognition: RekognitionClient, command: DetectModerationLabelsCommand) {
  return moderation(await rekognition.send(command));
}

function moderation(response: DetectModerationLabelsCommandOutput): ModerationDetection {
  const labels = (response.ModerationLabels ?? [])
    .filter((l) => typeof l.Name === 'string' && l.Name !== '')
    .map((l) => ({
      name: l.Name!,
      parentName: l.ParentName ?? '',
      taxonomyLevel: l.TaxonomyLevel ?? 0,
      confidence: roundConfidence(l.Confidence ?? 0),
    }))
    .sort(byModerationConfidence);
  return { labels, modelVersion: response.ModerationModelVersion ?? '' };
}

/** Highest confidence first, then top level first, then by name: one order for any reply. */
export function byModerationConfidence(a: ModerationLabel, b: ModerationLabel): number {
  return (
    b.confidence - a.confidence ||
    a.taxonomyLevel - b.taxonomyLevel ||
    compareCodeUnits(a.name, b.name)
  );
}
