import type { Mode } from '../shared/mode.js';
import type { ResultList } from './result-list.js';

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
  /** In path order. */
  results: ResultList;
  /** Where the complete results JSON was written. */
  resultsFile?: string;
  /** Set when the `results` output had to leave entries out: what it holds. */
  resultsCut?: string;
  /** Set when the action waited for the Lambda's results (`wait-for-results`). */
  wait?: WaitReport;
  /** Set when `moderation` is not off: where the policy came from. */
  moderation?: { policySource: string };
  /** Draw a thumbnail of each image beside its row (the `thumbnails` input). */
  thumbnails?: boolean;
  /** Set when only the changed images were taken: which, and from where (pull-request review). */
  changes?: { description: string };
  /** Successful AWS calls by action (`rekognition:DetectLabels`): what is billed. */
  calls?: Readonly<Record<string, number>>;
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
