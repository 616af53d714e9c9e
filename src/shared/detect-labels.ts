import { compareCodeUnits } from './compare.js';
import {
  DetectLabelsCommand,
  type DetectLabelsCommandInput,
  type DetectLabelsCommandOutput,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import { onBodySent } from './release-body.js';
import type { LabelSettings } from './record.js';
import { roundConfidence } from './record.js';
import { type Label, sharedLabelName } from './label.js';

/**
 * The image as Rekognition receives it. An S3 object is read as it is when Rekognition gets to
 * it, unless `version` pins the version (versioned buckets).
 */
export type ImageRef = SentBytes | { bucket: string; key: string; version?: string };

/**
 * Bytes to send. `onSent` is called once the request has handed them to the connection; from
 * then on the request no longer holds them (it may wait seconds for the reply), so the caller
 * can count them as gone.
 */
export interface SentBytes {
  bytes: Uint8Array;
  onSent?: () => void;
}

export interface Detection {
  labels: Label[];
  modelVersion: string;
}

/**
 * One DetectLabels request; shared by the action and the Lambda. Not `async` itself on purpose:
 * a suspended async function keeps its parameters, and so `image.bytes`, until the reply.
 */
export function detectLabels(
  rekognition: RekognitionClient,
  image: ImageRef,
  settings: LabelSettings,
): Promise<Detection> {
  return send(rekognition, new DetectLabelsCommand(detectInput(image, settings)));
}

async function send(rekognition: RekognitionClient, command: DetectLabelsCommand) {
  return detection(await rekognition.send(command));
}

function detectInput(image: ImageRef, settings: LabelSettings): DetectLabelsCommandInput {
  return withImage(image, { MinConfidence: settings.minConfidence, MaxLabels: settings.maxLabels });
}

/**
 * A request's input with `image` as its `Image`: the S3 object (pinned to its version when
 * known), or the bytes, which the input gives up once sent when `onSent` is asked for.
 */
export function withImage<T extends object>(image: ImageRef, rest: T): T & { Image: RequestImage } {
  if (!('bytes' in image)) {
    const S3Object = {
      Bucket: image.bucket,
      Name: image.key,
      ...(image.version ? { Version: image.version } : {}),
    };
    return { Image: { S3Object }, ...rest };
  }
  const input = { Image: { Bytes: image.bytes as Uint8Array | undefined }, ...rest };
  const { onSent } = image;
  if (!onSent) return input;
  // The serialized body is all that is sent; the bytes may go before the reply comes.
  return onBodySent(input, (sent) => (sent.Image.Bytes = undefined), onSent);
}

type RequestImage = NonNullable<DetectLabelsCommandInput['Image']>;

function detection(response: DetectLabelsCommandOutput): Detection {
  const labels = (response.Labels ?? [])
    .filter((l) => typeof l.Name === 'string')
    .map((l) => ({
      name: sharedLabelName(l.Name!),
      confidence: roundConfidence(l.Confidence ?? 0),
    }))
    .sort(byConfidence);
  return { labels, modelVersion: response.LabelModelVersion ?? '' };
}

/** Highest confidence first; ties by name, so the order never depends on the response. */
export function byConfidence(a: Label, b: Label): number {
  return b.confidence - a.confidence || compareCodeUnits(a.name, b.name);
}
