import {
  applyDelay,
  type DelayAction,
  HoldRegistry,
  RuleList,
  type RuleScope,
} from './request-gates.js';

/** The part of a service's fault config the gates act on. */
export interface GatedConfig<F extends RuleScope, D extends RuleScope & DelayAction> {
  failures: F[];
  delays: D[];
}

/** What a request looks like to the gates. */
export interface GatedRequest {
  /** Counted in the stats, shown when held: a DynamoDB operation or an HTTP method. */
  operation: string;
  /** Shown when held. */
  name: string;
  /** What `match` is looked for in, and what a release's `match` is looked for in. */
  names: readonly string[];
}

/**
 * A service's live fault config with its `failures` and `delays` rule lists, the held
 * requests and the counters every service reports (requests by operation, injected failures,
 * delayed). `reset` restores the start config, zeroes the counters and releases every hold.
 */
export class GatedFaults<
  C extends GatedConfig<F, D>,
  F extends RuleScope = C['failures'][number],
  D extends RuleScope & DelayAction = C['delays'][number],
> {
  private current: C;
  private readonly failures: RuleList<F>;
  private readonly delays: RuleList<D>;
  readonly holds: HoldRegistry;
  private counters = GatedFaults.zero();

  constructor(
    private readonly initial: C,
    now: () => number,
  ) {
    this.current = structuredClone(initial);
    this.failures = new RuleList(now);
    this.delays = new RuleList(now);
    this.holds = new HoldRegistry(now);
    this.arm();
  }

  private static zero() {
    return { requests: 0, byOperation: {} as Record<string, number>, injected: 0, delayed: 0 };
  }

  get config(): C {
    return structuredClone(this.current);
  }

  /** The live config itself, not a copy: read it, never change it. */
  protected get live(): Readonly<C> {
    return this.current;
  }

  /** Whether any rule is set. */
  get active(): boolean {
    return this.current.failures.length > 0 || this.current.delays.length > 0;
  }

  /** Merges a validated patch; replaced rule lists start their counts and windows now. */
  update(patch: Partial<C>): C {
    this.current = { ...this.current, ...structuredClone(patch) };
    if (patch.failures) this.failures.arm(this.current.failures);
    if (patch.delays) this.delays.arm(this.current.delays);
    return this.config;
  }

  reset(): void {
    this.current = structuredClone(this.initial);
    this.arm();
    this.counters = GatedFaults.zero();
    this.holds.release();
  }

  counts(): {
    requests: number;
    byOperation: Record<string, number>;
    injected: number;
    delayed: number;
  } {
    return { ...this.counters, byOperation: { ...this.counters.byOperation } };
  }

  count(operation: string): void {
    this.counters.requests++;
    this.counters.byOperation[operation] = (this.counters.byOperation[operation] ?? 0) + 1;
  }

  /**
   * Applies the first delay rule that `applies` accepts (waiting, or holding until released),
   * then returns the first failure rule that applies, if any, counted as injected.
   */
  async gate(request: GatedRequest, applies: (rule: F | D) => boolean): Promise<F | undefined> {
    const delay = this.delays.take(applies);
    // Counted on arrival, so a request released by reset does not count after it.
    if (delay) this.counters.delayed++;
    await applyDelay(delay, this.holds, request);
    const failure = this.failures.take(applies);
    if (failure) this.counters.injected++;
    return failure;
  }

  private arm(): void {
    this.failures.arm(this.current.failures);
    this.delays.arm(this.current.delays);
  }
}
