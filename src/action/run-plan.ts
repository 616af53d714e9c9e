import type { TaskQueue } from './task-queue.js';
import type { ModerationSettings } from '../shared/detect-moderation.js';
import type { LabelSettings } from '../shared/record.js';
import type { ModerationPolicy } from './moderation-policy.js';
import type { Mode } from '../shared/mode.js';
import type { Services } from '../shared/services.js';
import type { ImageResult } from './image-result.js';
import type { MemoryReclaimer } from './memory-reclaim.js';
import type { RunContext } from './run-context.js';

/** What every image of a run shares. */
export interface LabelPlan {
  mode: Mode;
  environment: string;
  prefix: string;
  bucket: string;
  table: string;
  settings: LabelSettings;
  /** Set when this run calls DetectModerationLabels (direct mode, `moderation` not off). */
  moderation?: ModerationSettings;
  /** The policy results are judged by, whenever `moderation` is not off (both modes). */
  policy?: ModerationPolicy;
  ttlHours: number;
  context: RunContext;
  /** Another environment's table whose labels (not moderation) same bytes may take; '' off. */
  reuseTable: string;
  /** That environment's name, which its items carry. */
  reuseEnvironment: string;
}

/** The shared services, plus what only the action needs. */
export interface ActionServices extends Services {
  /** Told how many image bytes each DetectLabels request sent or gave up (memory-reclaim.ts). */
  reclaimer?: MemoryReclaimer;
  /** Where each image's checks (size, header, SHA-256) wait their turn; see task-queue.ts. */
  preChecks?: TaskQueue;
}

export interface ImageOutcome {
  result: ImageResult;
  /** Set when no later image can succeed (rejected credentials, missing table or bucket). */
  fatal?: string;
}

/** Where an image is tracked while it is worked on. */
export interface Progress {
  result: ImageResult;
  /** Set once the object is in S3, so the record names the bucket, the ETag and the version. */
  object?: { bucket: string; etag?: string; versionId?: string };
  /** When the bytes were read (bytes mode) or uploaded (S3): orders concurrent writes. */
  observedAt?: number;
  /** The key of the item about the same bytes whose labels this image took (a rename). */
  reusedFrom?: string;
}
