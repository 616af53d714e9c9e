import { objectKey } from '../shared/object-key.js';
import type { ActionServices, ImageOutcome, LabelPlan } from './run-plan.js';
import { type RunHelpers, processImage } from './process-image.js';
import { SameBytesFinder } from './same-bytes.js';
import { StoredItems } from './stored-items.js';
import { ExpiryRefresher } from './expiry-refresh.js';
import { TaskQueue } from './task-queue.js';
import type { ImageResult } from './image-result.js';
import type { WorkspaceMatch } from './workspace-files.js';

/** Images checked and hashed at once: enough to keep the disk and a core busy. */
export const PRE_CHECKS_AT_ONCE = 4;

export interface BatchOptions {
  /** Images worked on at once; also bounds the files open and bytes held. */
  concurrency: number;
  /** Takes each image's result as it finishes (the `index` of its file); nothing is kept here. */
  keep: (index: number, result: ImageResult) => void;
  /** A one-time remark for the log (a permission that would make the run cheaper). */
  onNotice?: (message: string) => void;
}

export interface BatchOutcome {
  /** Why the batch stopped early, when a failure would have repeated for every image. */
  aborted?: string;
}

/**
 * Labels every file with bounded concurrency. One bad image never stops the
 * others; a fatal error (denied, missing table) stops new ones from starting,
 * because each would fail the same way and some would still cost money.
 */
export async function labelImages(
  files: readonly WorkspaceMatch[],
  plan: LabelPlan,
  services: ActionServices,
  options: BatchOptions,
): Promise<BatchOutcome> {
  services = services.preChecks
    ? services
    : { ...services, preChecks: new TaskQueue(PRE_CHECKS_AT_ONCE) };
  const stored = plan.table
    ? new StoredItems(
        plan.table,
        {
          length: files.length,
          at: (index) => {
            const file = files[index];
            return file && objectKey(plan.prefix, plan.environment, file.path);
          },
        },
        services,
        options.onNotice,
      )
    : undefined;
  const helpers: RunHelpers = plan.table
    ? {
        expiry: new ExpiryRefresher(plan, services, options.onNotice),
        sameBytes: new SameBytesFinder(plan, services, options.onNotice),
      }
    : {};
  let next = 0;
  let aborted: string | undefined;

  const finish = (index: number, outcome: ImageOutcome): void => {
    if (outcome.fatal && aborted === undefined) aborted = outcome.fatal;
    options.keep(index, outcome.result);
  };

  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      if (aborted !== undefined) {
        finish(index, { result: notAttempted(file, plan, aborted) });
        continue;
      }
      const lookup = stored && (() => stored.get(index));
      finish(index, await processImage(file, plan, services, lookup, helpers));
    }
  };

  const workers = Math.max(1, Math.min(options.concurrency, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  const refreshed = helpers.expiry?.describe();
  if (refreshed) options.onNotice?.(refreshed);
  return aborted === undefined ? {} : { aborted };
}

function notAttempted(file: WorkspaceMatch, plan: LabelPlan, reason: string): ImageResult {
  return skippedResult(
    file.path,
    plan,
    `not attempted: an earlier image failed with an error that would repeat (${reason})`,
  );
}

/** The entry of a matched file that was not labeled, and why (`error`). */
export function skippedResult(path: string, plan: LabelPlan, error: string): ImageResult {
  return {
    path,
    key: objectKey(plan.prefix, plan.environment, path),
    environment: plan.environment,
    status: 'skipped',
    labels: [],
    error,
  };
}
