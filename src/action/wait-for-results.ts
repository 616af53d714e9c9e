import { classifyError, errorMessage } from '../shared/aws-errors.js';
import { ImageFailure } from '../shared/image-failure.js';
import type { Services } from '../shared/services.js';
import { type Item, labelsFromItem } from '../shared/record.js';
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
      const arrived = fromItem(await getStored(options.table, result.key, services), result);
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

/** The result the Lambda's item gives, or undefined while there is no item for these bytes. */
function fromItem(item: Item | undefined, result: ImageResult): ImageResult | undefined {
  if (item === undefined || item.sha256?.S !== result.sha256) return undefined;
  switch (item.status?.S) {
    case 'labeled':
      return { ...result, status: 'labeled', labels: labelsFromItem(item) };
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
