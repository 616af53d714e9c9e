export type Mode = 'direct' | 'upload-only';
export type IfNoFilesFound = 'warn' | 'error' | 'ignore';

export type ImageStatus = 'labeled' | 'uploaded' | 'failed' | 'skipped';

export interface Label {
  name: string;
  /** Percent, rounded to 2 decimals. */
  confidence: number;
}

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

/** Where the run came from, read from the runner's environment and event file. */
export interface RunContext {
  repository: string;
  serverUrl: string;
  eventName: string;
  ref: string;
  /** Git branch: the PR head branch on pull requests, else the ref name. */
  branch: string;
  /** Commit the files were read at (PR head SHA on pull requests). */
  commit: string;
  runId: string;
  pullRequest?: number;
  /** Set when a non-PR event acts for a pull request (a PR comment, a PR's workflow_run). */
  pullRequestOrigin?: string;
  defaultBranch?: string;
  workspace: string;
}

export interface EnvironmentChoice {
  name: string;
  /** Why this environment was chosen, for the log. */
  reason: string;
}

/** Everything the job summary shows, computed by the core; rendering is pure. */
export interface RunReport {
  mode: Mode;
  environment: string;
  region: string;
  bucket: string;
  table: string;
  repository: string;
  serverUrl: string;
  commit: string;
  results: ImageResult[];
  /** Where the complete results JSON was written. */
  resultsFile?: string;
  /** Set when the action waited for the Lambda's results (`wait-for-results`). */
  wait?: WaitReport;
}

/** How waiting for the Lambda's results went, for the summary and the outputs. */
export interface WaitReport {
  /** The `wait-for-results` input. */
  seconds: number;
  /** Images waited for: `uploaded` ones with a sha256. */
  waited: number;
  /** Images the Lambda's item arrived for (labeled or failed). */
  arrived: number;
  /** Images still `uploaded` because no matching item appeared before the deadline. */
  timedOut: number;
  /** Images still `uploaded` because reading their item failed. */
  unreadable: number;
}
