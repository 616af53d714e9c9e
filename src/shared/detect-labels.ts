import { compareCodeUnits } from './compare.js';
import { DetectLabelsCommand, type RekognitionClient } from '@aws-sdk/client-rekognition';
import type { LabelSettings } from './record.js';
import { roundConfidence } from './record.js';
import type { Label } from './label.js';

/**
 * The image as Rekognition receives it. An S3 object is read as it is when Rekognition gets to
 * it, unless `version` pins the version (versioned buckets).
 */
export type ImageRef = { bytes: Uint8Array } | { bucket: string; key: string; version?: string };

export interface Detection {
  labels: Label[];
  modelVersion: string;
}

/** One DetectLabels request; shared by the action and the Lambda. */
export async function detectLabels(
  rekognition: RekognitionClient,
  image: ImageRef,
  settings: LabelSettings,
): Promise<Detection> {
  const response = await rekognition.send(
    new DetectLabelsCommand({
      Image:
        'bytes' in image
          ? { Bytes: image.bytes }
          : {
              S3Object: {
                Bucket: image.bucket,
                Name: image.key,
                ...(image.version ? { Version: image.version } : {}),
              },
            },
      MinConfidence: settings.minConfidence,
      MaxLabels: settings.maxLabels,
    }),
  );
  const labels = (response.Labels ?? [])
    .filter((l) => typeof l.Name === 'string')
    .map((l) => ({ name: l.Name!, confidence: roundConfidence(l.Confidence ?? 0) }))
    .sort(byConfidence);
  return { labels, modelVersion: response.LabelModelVersion ?? '' };
}

/** Highest confidence first; ties by name, so the order never depends on the response. */
export function byConfidence(a: Label, b: Label): number {
  return b.confidence - a.confidence || compareCodeUnits(a.name, b.name);
}
