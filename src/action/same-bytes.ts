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
/** One table looked up by sha256, and whether it can still be. */
interface Lookup {
  table: string;
  environment: string;
  off: boolean;
  failedOnce: boolean;
}

export class SameBytesFinder {
  private readonly own: Lookup;
  private readonly other: Lookup | undefined;

  constructor(
    private readonly plan: Pick<
      LabelPlan,
      'table' | 'settings' | 'environment' | 'reuseTable' | 'reuseEnvironment'
    >,
    private readonly services: ActionServices,
    private readonly onNotice: (message: string) => void = () => {},
  ) {
    this.own = { table: plan.table, environment: plan.environment, off: false, failedOnce: false };
    this.other = plan.reuseTable
      ? {
          table: plan.reuseTable,
          environment: plan.reuseEnvironment,
          off: false,
          failedOnce: false,
        }
      : undefined;
  }

  /**
   * The item to reuse: this environment's first, else (with `reuse-environment`) the other
   * environment's, stripped of its moderation: labels are data, moderation is this
   * environment's safety check and is asked for again.
   */
  async find(sha256: string, key: string): Promise<Item | undefined> {
    const own = await this.findIn(this.own, sha256, key);
    if (own || !this.other) return own;
    const other = await this.findIn(this.other, sha256, key);
    if (!other) return undefined;
    const labelsOnly = Object.fromEntries(
      Object.entries(other).filter(([name]) => !name.startsWith('moderation_')),
    );
    return { ...labelsOnly, filename: { S: `${this.plan.reuseTable}/${other.filename?.S ?? ''}` } };
  }

  private async findIn(lookup: Lookup, sha256: string, key: string): Promise<Item | undefined> {
    if (lookup.off || !sha256) return undefined;
    const { table } = lookup;
    const { settings } = this.plan;
    try {
      const found = await findSameBytes(table, sha256, settings, this.services, lookup.environment);
      if (found === 'no-index') {
        return this.stop(
          lookup,
          `Table ${table} has no ${SHA256_INDEX}, so renamed and copied images are labeled again. Add the index (docs/search.md) to reuse their labels.`,
        );
      }
      if (found === 'denied') {
        return this.stop(
          lookup,
          `dynamodb:Query on ${table}/index/${SHA256_INDEX} was denied, so renamed and copied images are labeled again. Allow it to reuse their labels.`,
        );
      }
      // This path's own item is not a donor: it was already looked at, and was about other bytes.
      return table === this.plan.table && found.item?.filename?.S === key ? undefined : found.item;
    } catch (error) {
      // Not worth failing the image over: a call costs what the look-up would have saved.
      if (!lookup.failedOnce) {
        lookup.failedOnce = true;
        this.onNotice(
          `Looking up ${table} by sha256 failed (${errorMessage(error)}); such images are labeled instead.`,
        );
      }
      return undefined;
    }
  }

  /** Images look up at once: the first answer of its kind is said, the others are not. */
  private stop(lookup: Lookup, message: string): undefined {
    if (lookup.off) return undefined;
    lookup.off = true;
    this.onNotice(message);
    return undefined;
  }
}
