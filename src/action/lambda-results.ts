import * as core from '@actions/core';
import { INPUT, type Inputs } from './inputs.js';
import type { Services } from '../shared/services.js';
import type { ImageResult } from './image-result.js';
import type { WaitReport } from './run-report.js';
import { isAwaited, waitForResults } from './wait-for-results.js';
import { logResult, printable } from './runner-output.js';

/** Item reads in flight while waiting for the Lambda with `concurrency: auto`. */
const WAIT_READS_IN_FLIGHT = 25;

export interface Labeled {
  results: ImageResult[];
  /** Set when the action waited for the Lambda's results. */
  wait?: WaitReport;
}

/** Waits for the Lambda's items of the uploaded images (`wait-for-results`), logging as they arrive. */
export async function awaitLambdaResults(
  results: ImageResult[],
  table: string,
  inputs: Inputs,
  services: Services,
): Promise<Labeled> {
  const seconds = inputs.waitForResults;
  const count = results.filter(isAwaited).length;
  if (count === 0) {
    core.info('No image was uploaded, so there are no Lambda results to wait for.');
    return { results };
  }
  core.startGroup(
    `Waiting up to ${seconds} s for the Lambda's results for ${count} image(s) in table ${table}`,
  );
  const outcome = await waitForResults(results, services, {
    table,
    seconds,
    // Polling reads are cheap and many at once only add throttles; auto's ceiling is for labeling.
    concurrency: inputs.concurrencyAuto ? WAIT_READS_IN_FLIGHT : inputs.concurrency,
    settings: { minConfidence: inputs.minConfidence, maxLabels: inputs.maxLabels },
    onResult: logResult,
  });
  const { report } = outcome;
  const { requests, throttled, retried } = services.caller.stats;
  core.info(
    `${report.arrived} of ${report.waited} result(s) arrived in ${outcome.rounds} round(s). ` +
      `AWS requests in all: ${requests} (throttled ${throttled}, retried ${retried})`,
  );
  core.endGroup();
  const otherSettings = outcome.results.filter((r) => r.lambdaSettings !== undefined).length;
  if (otherSettings > 0) {
    core.info(
      `${otherSettings} image(s) were labeled by the Lambda with another \`${INPUT.minConfidence}\` ` +
        `or \`${INPUT.maxLabels}\` than this step's; their note says how their labels are shown.`,
    );
  }
  if (report.timedOut > 0) {
    core.warning(
      `${report.timedOut} image(s) had no result from the Lambda within ${seconds} s (\`${INPUT.waitForResults}\`); ` +
        `they stay "uploaded", and their results may still arrive in table ${table}.`,
    );
  }
  if (report.unreadable > 0) {
    const why = outcome.stopped ?? 'see the note of each in the results';
    core.warning(
      printable(
        `${report.unreadable} image(s) stay "uploaded" because their item could not be read: ${why}`,
      ),
    );
  }
  return { results: outcome.results, wait: report };
}
