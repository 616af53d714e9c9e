import * as core from '@actions/core';
import { INPUT, type Inputs } from './inputs.js';
import type { Services } from '../shared/services.js';
import type { WaitReport } from './run-report.js';
import type { ModerationPolicy } from './moderation-policy.js';
import { type ResultStore, indicesWhere } from './result-list.js';
import { isAwaited, waitForResults } from './wait-for-results.js';
import { logResult, printable, redactResult } from './runner-output.js';

/** Item reads in flight while waiting for the Lambda with `concurrency: auto`. */
const WAIT_READS_IN_FLIGHT = 25;

/**
 * Waits for the Lambda's items of the uploaded images (`wait-for-results`), logging as they
 * arrive, and puts each updated entry back in `store`. Only the uploaded entries are read into
 * memory while waiting.
 */
export async function awaitLambdaResults(
  store: ResultStore,
  table: string,
  inputs: Inputs,
  services: Services,
  policy?: ModerationPolicy,
): Promise<WaitReport | undefined> {
  const seconds = inputs.waitForResults;
  const indices = indicesWhere(store, (f) => f.status === 'uploaded');
  const results = indices.map((i) => store.get(i));
  const count = results.filter(isAwaited).length;
  if (count === 0) {
    core.info('No image was uploaded, so there are no Lambda results to wait for.');
    return undefined;
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
    ...(policy ? { policy } : {}),
    onResult: logResult,
  });
  const { report } = outcome;
  const { requests, throttled, retried } = services.caller.stats;
  core.info(
    `${report.arrived} of ${report.waited} result(s) arrived in ${outcome.rounds} round(s). ` +
      `AWS requests in all: ${requests} (throttled ${throttled}, retried ${retried})`,
  );
  core.endGroup();
  outcome.results.forEach((result, i) => {
    if (result !== results[i]) store.put(indices[i]!, redactResult(result));
  });
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
  return report;
}
