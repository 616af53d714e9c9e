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
}
