import type { AwsCaller } from './aws-caller.js';
import type { AwsClients } from './clients.js';
import type { Clock } from './clock.js';
import type { MemoryReclaimer } from '../action/memory-reclaim.js';
import type { LabelSettings } from './record.js';
import type { ImageResult, Mode, RunContext } from './types.js';

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
  /** Told how many image bytes a finished request let go of (bytes mode). */
  reclaimer?: MemoryReclaimer;
}

export interface ImageOutcome {
  result: ImageResult;
  /** Set when no later image can succeed (rejected credentials, missing table or bucket). */
  fatal?: string;
}

/** Where an image is tracked while it is worked on. */
export interface Progress {
  result: ImageResult;
  /** Set once the object is in S3, so the record names the bucket and the ETag. */
  object?: { bucket: string; etag?: string };
}

export function objectKey(prefix: string, environment: string, path: string): string {
  return `${prefix}/${environment}/${path}`;
}
