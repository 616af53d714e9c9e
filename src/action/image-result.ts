import type { Label } from '../shared/label.js';

export type ImageStatus = 'labeled' | 'uploaded' | 'failed' | 'skipped';

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
   * Why an `uploaded` image has no labels after `wait-for-results`: the Lambda's item did not
   * appear in time, or reading it failed.
   */
  note?: string;
}
