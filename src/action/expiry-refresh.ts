import { errorCode, errorMessage } from '../shared/aws-errors.js';
import type { Item } from '../shared/record.js';
import { type ExpiryChange, extendExpiry } from '../shared/results-table.js';
import type { ActionServices, LabelPlan } from './run-plan.js';

/**
 * Extends the expiry of the items a run reuses (results-table.ts extendExpiry), so an image still
 * in the repository is never dropped by TTL and paid for again. Best effort: a failure never
 * fails the image, and a role without dynamodb:UpdateItem is told once and not asked again.
 */
export class ExpiryRefresher {
  readonly counts: Record<ExpiryChange, number> = {
    extended: 0,
    removed: 0,
    fresh: 0,
    replaced: 0,
  };
  private denied = false;
  private told = false;

  constructor(
    private readonly plan: Pick<LabelPlan, 'table' | 'ttlHours'>,
    private readonly services: ActionServices,
    private readonly onNotice: (message: string) => void = () => {},
  ) {}

  async refresh(item: Item): Promise<void> {
    if (this.denied) return;
    try {
      const change = await extendExpiry(
        this.plan.table,
        item,
        this.plan.ttlHours,
        this.services.clock.now(),
        this.services,
      );
      this.counts[change]++;
    } catch (error) {
      this.denied ||= /AccessDenied/.test(errorCode(error)) || /denied/i.test(errorMessage(error));
      if (this.told) return;
      this.told = true;
      this.onNotice(
        `The expiry of reused items in table ${this.plan.table} could not be extended (${errorMessage(error)}); they expire \`ttl-hours\` after they were written, and are labeled again after that. Allow dynamodb:UpdateItem on the table.`,
      );
    }
  }

  /** For the log: `expiry: 12 extended, 3 still fresh`. */
  describe(): string | undefined {
    const { extended, removed, fresh, replaced } = this.counts;
    if (extended + removed + fresh + replaced === 0) return undefined;
    const parts = [
      extended && `${extended} extended`,
      removed && `${removed} made permanent (ttl-hours 0)`,
      fresh && `${fresh} still fresh`,
      replaced && `${replaced} replaced meanwhile`,
    ].filter(Boolean);
    return `Expiry of reused items: ${parts.join(', ')}.`;
  }
}
