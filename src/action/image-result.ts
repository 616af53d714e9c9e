import type { Label } from '../shared/label.js';
import type { Finding, ModerationLabel, Verdict } from '../shared/moderation-verdict.js';
import type { LabelSettings } from '../shared/record.js';

/**
 * `checked`: passed the free pre-checks, not labeled because the run has no AWS credentials
 * (a fork's pull request with `if-no-credentials: warn`).
 */
export type ImageStatus = 'labeled' | 'uploaded' | 'failed' | 'skipped' | 'checked';

/** One entry of the `results` output, one per matched image. */
export interface ImageResult {
  /** Workspace-relative POSIX path. */
  path: string;
  /** S3 key / DynamoDB partition key: `{prefix}/{environment}/{path}`. */
  key: string;
  environment: string;
  status: ImageStatus;
  labels: Label[];
  /** Present when the labels came from an unchanged DynamoDB item. */
  cached?: boolean;
  error?: string;
  sha256?: string;
  /**
   * After `wait-for-results`: why an `uploaded` image has no labels (the Lambda's item did not
   * appear in time, or reading it failed), or, on a `labeled` one, that the Lambda labeled it
   * with other settings than this step's and how its labels are shown.
   */
  note?: string;
  /**
   * The `min-confidence` and `max-labels` the Lambda labeled with, present only when they
   * differ from this step's inputs.
   */
  lambdaSettings?: LabelSettings;
  /** Set on labeled images when `moderation` is not off (moderation-report.ts). */
  moderation?: ResultModeration;
}

/**
 * A labeled image's moderation: what Rekognition said of these bytes (this run's call, the
 * stored item's, or the Lambda's), judged by this run's policy. The item stores only the labels,
 * so a policy change needs no call.
 */
export interface ResultModeration {
  /** `not-moderated`: the Lambda's item has no moderation (its backend does not moderate). */
  verdict: Verdict | 'not-moderated';
  labels: ModerationLabel[];
  modelVersion: string;
  /** The labels that blocked or warned, and the rule each met; block first. */
  findings: Finding[];
  /** The override that approved the image, and its reason. */
  override?: { reason: string; allow: readonly string[] };
}
