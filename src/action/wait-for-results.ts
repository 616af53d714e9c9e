import { classifyError, errorMessage } from '../shared/aws-errors.js';
import { ImageFailure } from '../shared/image-failure.js';
import type { Services } from '../shared/services.js';
import {
  type Item,
  type LabelSettings,
  labelsFromItem,
  moderationFromItem,
} from '../shared/record.js';
import { type ModerationPolicy, judged, notModerated } from './moderation-policy.js';
import { byConfidence } from '../shared/detect-labels.js';
import type { Label } from '../shared/label.js';
import { getStored } from '../shared/results-table.js';
import type { ImageResult } from './image-result.js';
import type { WaitReport } from './run-report.js';

/** Pause between polling rounds: doubles from `firstDelayMs` up to `maxDelayMs`. */
export interface WaitBackoff {
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * The cap bounds how long a result sits in the table unseen: at 15 s, the last label of a
 * benchmark run arrived 6 s before the action looked. At 5 s, waiting a minute on 500 images
 * costs at most about 7,000 consistent GetItem reads, well under a cent on demand.
 */
export const DEFAULT_WAIT_BACKOFF: WaitBackoff = { firstDelayMs: 1_000, maxDelayMs: 5_000 };

export interface WaitOptions {
  /** The environment's table, `{environment}` already replaced. */
  table: string;
  /** The `wait-for-results` input. 0 still reads each item once. */
  seconds: number;
  /** Items read at once, at most; the AwsCaller bounds requests in flight as well. */
  concurrency: number;
  /**
   * This step's `min-confidence` and `max-labels`. The Lambda labels with its own; an item
   * with other settings still counts, and its labels are fitted to these where that is exact.
   */
  settings: LabelSettings;
  /** Judges the Lambda's moderation labels, when `moderation` is not off. */
  policy?: ModerationPolicy;
  backoff?: WaitBackoff;
  /**
   * Called once per image as its wait ends before the deadline: the Lambda's item arrived
   * (labeled or failed), or reading it failed for that image. Not called for images that time
   * out or that a fatal error stopped; the outcome counts those.
   */
  onResult?: (result: ImageResult) => void;
}

export interface WaitOutcome {
  /** The input results in the same order; every image waited for is an updated copy. */
  results: ImageResult[];
  report: WaitReport;
  /** Set when an error no later read can escape stopped the wait for every image. */
  stopped?: string;
  /** Polling rounds made. */
  rounds: number;
}

/** An `uploaded` image with a known digest, so the Lambda's item for these bytes can be told apart. */
export function isAwaited(result: ImageResult): result is ImageResult & { sha256: string } {
  return result.status === 'uploaded' && result.sha256 !== undefined && result.sha256 !== '';
}

interface Entry {
  index: number;
  result: ImageResult & { sha256: string };
}

/**
 * Waits up to `options.seconds` for the S3-triggered Lambda to write the item of each
 * uploaded image, and turns each into a labeled or failed result. Only an item with the
 * image's sha256 counts, so an item about earlier bytes under the same key is ignored.
 *
 * Each round reads every pending item (consistent GetItem, through the shared AwsCaller),
 * then sleeps with capped doubling backoff, never past the deadline; one last round runs at
 * the deadline. It returns as soon as nothing is pending.
 */
export async function waitForResults(
  results: readonly ImageResult[],
  services: Services,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const { clock } = services;
  const backoff = options.backoff ?? DEFAULT_WAIT_BACKOFF;
  const deadline = clock.now() + options.seconds * 1000;
  const out = [...results];
  const report: WaitReport = {
    seconds: options.seconds,
    waited: 0,
    arrived: 0,
    timedOut: 0,
    unreadable: 0,
  };
  const lastError = new Map<number, string>();
  let stopped: string | undefined;

  const settle = (index: number, result: ImageResult): void => {
    out[index] = result;
    options.onResult?.(result);
  };

  const poll = async ({ index, result }: Entry): Promise<boolean> => {
    try {
      const item = await getStored(options.table, result.key, services);
      const arrived = fromItem(item, result, options.settings, options.policy);
      if (arrived === undefined) return false;
      report.arrived++;
      lastError.delete(index);
      settle(index, arrived);
      return true;
    } catch (error) {
      const failure =
        error instanceof ImageFailure
          ? error
          : new ImageFailure(errorMessage(error), classifyError(error));
      switch (failure.kind) {
        case 'fatal':
          stopped ??= failure.message;
          return false;
        case 'throttle':
        case 'transient':
          // The caller already retried it; the next round tries again.
          lastError.set(index, failure.message);
          return false;
        default:
          report.unreadable++;
          settle(index, { ...result, note: stoppedNote(failure.message) });
          return true;
      }
    }
  };

  let pending: Entry[] = [];
  results.forEach((result, index) => {
    if (isAwaited(result)) pending.push({ index, result });
  });
  report.waited = pending.length;

  let delay = backoff.firstDelayMs;
  let rounds = 0;
  while (pending.length > 0) {
    rounds++;
    const done = await pollRound(pending, options.concurrency, poll, () => stopped !== undefined);
    pending = pending.filter((_, i) => !done[i]);
    if (pending.length === 0 || stopped !== undefined) break;
    const remaining = deadline - clock.now();
    if (remaining <= 0) break;
    await clock.sleep(Math.min(delay, remaining));
    delay = Math.min(delay * 2, backoff.maxDelayMs);
  }

  for (const { index, result } of pending) {
    if (stopped !== undefined) {
      report.unreadable++;
      out[index] = { ...result, note: stoppedNote(stopped) };
      continue;
    }
    report.timedOut++;
    const last = lastError.get(index);
    out[index] = {
      ...result,
      note:
        `no result from the Lambda within ${options.seconds} s (wait-for-results); ` +
        `it may still arrive in table ${options.table}` +
        (last === undefined ? '' : ` (the last read failed: ${last})`),
    };
  }
  return stopped === undefined
    ? { results: out, report, rounds }
    : { results: out, report, stopped, rounds };
}

/**
 * Reads each entry once with at most `concurrency` reads in flight; workers stop taking
 * entries once `stop()` says so. Returns, per entry, whether its wait is over.
 */
async function pollRound(
  entries: readonly Entry[],
  concurrency: number,
  poll: (entry: Entry) => Promise<boolean>,
  stop: () => boolean,
): Promise<boolean[]> {
  const done: boolean[] = new Array<boolean>(entries.length).fill(false);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length && !stop()) {
      const i = next++;
      done[i] = await poll(entries[i]!);
    }
  };
  const workers = Math.max(1, Math.min(concurrency, entries.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return done;
}

/**
 * The result the Lambda's item gives, or undefined while there is no item for these bytes.
 * The item's settings do not have to be this step's: they are the backend's to choose.
 */
function fromItem(
  item: Item | undefined,
  result: ImageResult,
  settings: LabelSettings,
  policy: ModerationPolicy | undefined,
): ImageResult | undefined {
  if (item === undefined || item.sha256?.S !== result.sha256) return undefined;
  switch (item.status?.S) {
    case 'labeled': {
      const labeled: ImageResult = { ...result, status: 'labeled', ...fitLabels(item, settings) };
      if (!policy) return labeled;
      // An item without moderation fields comes from a backend that does not moderate.
      const stored = moderationFromItem(item);
      return { ...labeled, moderation: stored ? judged(policy, result, stored) : notModerated() };
    }
    case 'failed':
      return {
        ...result,
        status: 'failed',
        labels: [],
        error: `The Lambda could not label it: ${item.error?.S || 'its item gives no reason'}`,
      };
    default:
      // Neither writer leaves another status; such an item is not a result yet.
      return undefined;
  }
}

function stoppedNote(reason: string): string {
  return `stopped waiting for the Lambda's result: ${reason}`;
}

/** The labels of a `labeled` item as this step reports them, with why when its settings differ. */
function fitLabels(
  item: Item,
  step: LabelSettings,
): Pick<ImageResult, 'labels' | 'note' | 'lambdaSettings'> {
  const stored = labelsFromItem(item).sort(byConfidence);
  const used = {
    minConfidence: Number(item.min_confidence?.N),
    maxLabels: Number(item.max_labels?.N),
  };
  if (used.minConfidence === step.minConfidence && used.maxLabels === step.maxLabels) {
    return { labels: stored };
  }
  if (!Number.isFinite(used.minConfidence) || !Number.isFinite(used.maxLabels)) {
    return {
      labels: stored,
      note: 'labeled by the Lambda with settings its item does not record; shown as stored',
    };
  }
  const lambda = `labeled by the Lambda with min-confidence ${used.minConfidence} and max-labels ${used.maxLabels}`;
  const fitted = fitToStep(stored, used, step);
  if (fitted !== undefined) {
    return {
      labels: fitted,
      note: `${lambda}; shown filtered to this step's ${step.minConfidence} and ${step.maxLabels}`,
      lambdaSettings: used,
    };
  }
  const stricter = [
    used.minConfidence > step.minConfidence ? `min-confidence ${step.minConfidence}` : '',
    used.maxLabels < step.maxLabels ? `max-labels ${step.maxLabels}` : '',
  ].filter(Boolean);
  return {
    labels: stored,
    note: `${lambda}, stricter than this step's ${stricter.join(' and ')}; shown as stored`,
    lambdaSettings: used,
  };
}

/**
 * The labels this step's settings would have given, derived from the labels stored with
 * `used`, or undefined when they cannot be derived exactly.
 *
 * Rekognition returns the `maxLabels` most confident labels at or above `minConfidence`. So the
 * stored list is the top of the image's labels, and the ones at or above this step's floor
 * (`kept`) are the top of what this step asks for; only their number may fall short:
 * - With `kept` holding at least this step's `maxLabels`, its first ones are the answer.
 * - Otherwise `kept` is the whole answer only if nothing at or above this step's floor can be
 *   missing from the item: its floor was not higher (labels between the two floors were never
 *   stored), and its list was not cut by its own `max-labels` before reaching this step's floor
 *   (it holds fewer than its `max-labels`, or some stored label is already below this floor).
 * Confidences are stored rounded to 2 decimals, as both writers report them, and are compared
 * as such.
 */
function fitToStep(
  stored: readonly Label[],
  used: LabelSettings,
  step: LabelSettings,
): Label[] | undefined {
  const kept = stored.filter((l) => l.confidence >= step.minConfidence);
  if (kept.length >= step.maxLabels) return kept.slice(0, step.maxLabels);
  const complete =
    used.minConfidence <= step.minConfidence &&
    (stored.length < used.maxLabels || kept.length < stored.length);
  return complete ? kept : undefined;
}
