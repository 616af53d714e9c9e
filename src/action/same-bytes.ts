import { errorMessage } from '../shared/aws-errors.js';
import type { Item } from '../shared/record.js';
import { SHA256_INDEX, findSameBytes } from '../shared/results-table.js';
import type { ActionServices, LabelPlan } from './run-plan.js';

/**
 * Finds, for a new or changed image, an item of another path about the same bytes (a rename, a
 * move, a copy), so its labels are reused instead of paid for again. Best effort: a table
 * without the `sha256-index` or a role that may not Query it is told once and not asked again,
 * and a failed look-up only means a Rekognition call.
 */
export class SameBytesFinder {
  reused = 0;
  private off = false;
  private failedOnce = false;

  constructor(
    private readonly plan: Pick<LabelPlan, 'table' | 'settings'>,
    private readonly services: ActionServices,
    private readonly onNotice: (message: string) => void = () => {},
  ) {}

  async find(sha256: string, key: string): Promise<Item | undefined> {
    if (this.off || !sha256) return undefined;
    const { table, settings } = this.plan;
    try {
      const found = await findSameBytes(table, sha256, settings, this.services);
      if (found === 'no-index') {
        return this.stop(
          `Table ${table} has no ${SHA256_INDEX}, so renamed and copied images are labeled again. Add the index (docs/search.md) to reuse their labels.`,
        );
      }
      if (found === 'denied') {
        return this.stop(
          `dynamodb:Query on ${table}/index/${SHA256_INDEX} was denied, so renamed and copied images are labeled again. Allow it to reuse their labels.`,
        );
      }
      // This path's own item is not a donor: it was already looked at, and was about other bytes.
      return found.item?.filename?.S === key ? undefined : found.item;
    } catch (error) {
      // Not worth failing the image over: a call costs what the look-up would have saved.
      this.onNotice(
        `Looking up ${table} by sha256 failed (${errorMessage(error)}); labeling instead.`,
      );
      return undefined;
    }
  }

  /** Images look up at once: the first answer of its kind is said, the others are not. */
  private stop(message: string): undefined {
    if (this.off) return undefined;
    this.off = true;
    this.onNotice(message);
    return undefined;
  }
}
