import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Label } from './types.js';

/**
 * The DynamoDB item both writers (the action's direct mode and the Lambda) store,
 * one per image, keyed by `filename` (the S3 key). The original design's
 * attributes keep their names and types so its readers keep working.
 */
export interface LabelRecord {
  filename: string;
  timestamp: string;
  environment: string;
  branch: string;
  labels: Label[];
  /** Epoch seconds; DynamoDB TTL deletes the item after it. */
  expiresAt: number;
  status: 'labeled' | 'failed';
  error?: string;
  sha256: string;
  minConfidence: number;
  maxLabels: number;
  modelVersion: string;
  source: 'action' | 'lambda';
  commit: string;
  repository: string;
  runId: string;
  pullRequest?: number;
  bucket?: string;
}

/** The settings that must match for a stored result to be reused. */
export interface LabelSettings {
  minConfidence: number;
  maxLabels: number;
}

export type Item = Record<string, AttributeValue>;

export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, as the original design wrote it. */
export function formatTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function expiresAt(epochMs: number, ttlHours: number): number {
  return Math.floor(epochMs / 1000 + ttlHours * 3600);
}

export function toItem(record: LabelRecord): Item {
  const item: Item = {
    filename: { S: record.filename },
    timestamp: { S: record.timestamp },
    environment: { S: record.environment },
    branch: { S: record.branch },
    labels: {
      S: JSON.stringify(
        record.labels.map((l) => ({ Name: l.name, Confidence: roundConfidence(l.confidence) })),
      ),
    },
    label_names: { L: record.labels.map((l) => ({ S: l.name })) },
    expires_at: { N: String(record.expiresAt) },
    status: { S: record.status },
    sha256: { S: record.sha256 },
    min_confidence: { N: String(record.minConfidence) },
    max_labels: { N: String(record.maxLabels) },
    model_version: { S: record.modelVersion },
    source: { S: record.source },
    commit: { S: record.commit },
    repository: { S: record.repository },
    run_id: { S: record.runId },
  };
  if (record.error !== undefined) item.error = { S: record.error };
  if (record.pullRequest !== undefined) item.pull_request = { N: String(record.pullRequest) };
  if (record.bucket !== undefined) item.bucket = { S: record.bucket };
  return item;
}

/** Reads the labels back; tolerant of items the original design wrote. */
export function labelsFromItem(item: Item): Label[] {
  try {
    const parsed: unknown = JSON.parse(item.labels?.S ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (l): l is { Name: string; Confidence: number } =>
          typeof l?.Name === 'string' && typeof l?.Confidence === 'number',
      )
      .map((l) => ({ name: l.Name, confidence: l.Confidence }));
  } catch {
    return [];
  }
}

/**
 * True when the stored item already labels these exact bytes with these
 * settings, so calling Rekognition again would only cost money.
 */
export function isReusable(
  item: Item | undefined,
  sha256: string,
  settings: LabelSettings,
): boolean {
  return (
    item !== undefined &&
    item.status?.S === 'labeled' &&
    item.sha256?.S === sha256 &&
    Number(item.min_confidence?.N) === settings.minConfidence &&
    Number(item.max_labels?.N) === settings.maxLabels
  );
}
