import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConfigError,
  defined,
  type Fields,
  objectWith,
  optionalBoolean,
  optionalCount,
  optionalMs,
  optionalString,
} from './config-check.js';

/**
 * The deterministic request gates the DynamoDB shim, the S3 faults and the Rekognition
 * emulator share: rules that apply to the next `count` matching requests or for `untilMs` after
 * they are set, delays of a fixed time, and holds that keep a request until it is released.
 */

/** Which requests a rule applies to, and for how long. */
export interface RuleScope {
  /** A substring of the request's name (S3 key, DynamoDB body, image key or SHA-256). */
  match?: string;
  /** Apply to the next `count` matching requests only, then pass. */
  count?: number;
  /** Apply only during the `untilMs` milliseconds after the rule was set. */
  untilMs?: number;
}

/** A delay: `ms` milliseconds, or `hold: true` until released. Exactly one of the two. */
export interface DelayAction {
  ms?: number;
  hold?: boolean;
}

/** A rule with its live state. */
class ArmedRule<R extends RuleScope> {
  remaining: number | undefined;
  readonly expiresAt: number | undefined;

  constructor(
    readonly rule: R,
    armedAt: number,
  ) {
    this.remaining = rule.count;
    this.expiresAt = rule.untilMs === undefined ? undefined : armedAt + rule.untilMs;
  }

  live(now: number): boolean {
    return (
      (this.remaining === undefined || this.remaining > 0) &&
      (this.expiresAt === undefined || now < this.expiresAt)
    );
  }
}

/** An ordered rule list: the first live rule that applies to a request wins. */
export class RuleList<R extends RuleScope> {
  private armed: ArmedRule<R>[] = [];

  constructor(private readonly now: () => number) {}

  /** Replaces the rules; counts and windows start now. */
  arm(rules: readonly R[]): void {
    const now = this.now();
    this.armed = rules.map((rule) => new ArmedRule(rule, now));
  }

  /** The first live rule `applies` accepts, counted against its `count`. */
  take(applies: (rule: R) => boolean): R | undefined {
    const now = this.now();
    for (const armed of this.armed) {
      if (!armed.live(now) || !applies(armed.rule)) continue;
      if (armed.remaining !== undefined) armed.remaining--;
      return armed.rule;
    }
    return undefined;
  }
}

/** True when `match` is absent or occurs in one of the names. */
export function nameMatches(match: string | undefined, names: readonly string[]): boolean {
  return match === undefined || names.some((name) => name.includes(match));
}

/** A request kept by a `hold` rule until released. */
export interface HeldRequest {
  id: number;
  /** DynamoDB operation, S3 HTTP method or Rekognition operation. */
  operation: string;
  /** S3 `bucket/key`, DynamoDB table, or the image's S3 key (else its SHA-256). */
  name: string;
  /** How long it has been held, in milliseconds of the gate's clock. */
  heldMs: number;
}

export interface ReleaseFilter {
  /** Release only this request; an id that is not held is an error. */
  id?: number;
  /** Release the held requests whose names (as matched by the rules) contain this. */
  match?: string;
}

export interface WaitFilter {
  /** How many held requests to wait for (default 1). */
  count?: number;
  /** Count only held requests whose names contain this. */
  match?: string;
  /** Give up after this long (default 10000 ms). */
  timeoutMs?: number;
}

/** A release of an id that is not held, or a wait that timed out: 404 / 408 at the endpoint. */
export class HoldError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface HoldEntry {
  request: Omit<HeldRequest, 'heldMs'>;
  since: number;
  names: readonly string[];
  release(): void;
}

interface Waiter {
  filter: Required<Pick<WaitFilter, 'count'>> & Pick<WaitFilter, 'match'>;
  resolve(held: HeldRequest[]): void;
}

/** The requests held right now, and the tests waiting for some to arrive. */
export class HoldRegistry {
  private nextId = 1;
  private readonly entries = new Map<number, HoldEntry>();
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly now: () => number) {}

  /** Resolves when the request is released. */
  hold(operation: string, name: string, names: readonly string[]): Promise<void> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.entries.set(id, {
        request: { id, operation, name },
        since: this.now(),
        names,
        release: resolve,
      });
      this.notify();
    });
  }

  list(match?: string): HeldRequest[] {
    const now = this.now();
    return [...this.entries.values()]
      .filter((entry) => nameMatches(match, entry.names))
      .map((entry) => ({ ...entry.request, heldMs: now - entry.since }));
  }

  /** Releases the matching held requests (all without a filter); returns how many. */
  release(filter: ReleaseFilter = {}): number {
    if (filter.id !== undefined && !this.entries.has(filter.id)) {
      throw new HoldError(`no held request with id ${filter.id}`, 404);
    }
    let released = 0;
    for (const [id, entry] of this.entries) {
      if (filter.id !== undefined && id !== filter.id) continue;
      if (!nameMatches(filter.match, entry.names)) continue;
      this.entries.delete(id);
      entry.release();
      released++;
    }
    return released;
  }

  /** Resolves with the matching held requests once there are at least `count` of them. */
  waitFor(filter: WaitFilter = {}): Promise<HeldRequest[]> {
    const wanted = { count: filter.count ?? 1, match: filter.match };
    const ready = this.list(wanted.match);
    if (ready.length >= wanted.count) return Promise.resolve(ready);
    const timeoutMs = filter.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        filter: wanted,
        resolve: (held) => {
          clearTimeout(timer);
          resolve(held);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const have = this.list(wanted.match).length;
        reject(
          new HoldError(`${have} of ${wanted.count} held requests after ${timeoutMs} ms`, 408),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private notify(): void {
    for (const waiter of this.waiters) {
      const held = this.list(waiter.filter.match);
      if (held.length < waiter.filter.count) continue;
      this.waiters.delete(waiter);
      waiter.resolve(held);
    }
  }
}

/**
 * Waits as `rule` says (nothing without a rule). Timed delays use real timers: they order
 * requests, they are never random.
 */
export async function applyDelay(
  rule: DelayAction | undefined,
  holds: HoldRegistry,
  request: { operation: string; name: string; names: readonly string[] },
): Promise<void> {
  if (rule?.hold) await holds.hold(request.operation, request.name, request.names);
  else if (rule?.ms) await sleep(rule.ms);
}

/** `match`, `count` and `untilMs` of a rule. */
export function parseScope(fields: Fields, path: string): RuleScope {
  return defined({
    match: optionalString(fields, 'match', path),
    count: optionalCount(fields, 'count', path),
    untilMs: optionalMs(fields, 'untilMs', path),
  });
}

export const SCOPE_KEYS = ['match', 'count', 'untilMs'] as const;
export const DELAY_KEYS = ['ms', 'hold'] as const;

/** `ms` or `hold: true`, exactly one. */
export function parseDelayAction(fields: Fields, path: string): DelayAction {
  const ms = optionalMs(fields, 'ms', path);
  const hold = optionalBoolean(fields, 'hold', path);
  if ((ms !== undefined) === (hold === true)) {
    throw new ConfigError(`${path} needs either ms (> 0) or hold: true`);
  }
  return hold ? { hold } : { ms: ms! };
}

/** The body of a release call: `{}` (all), `{ id }` or `{ match }`. */
export function parseReleaseFilter(input: unknown): ReleaseFilter {
  const fields = objectWith(input ?? {}, 'release', ['id', 'match']);
  if (fields.id !== undefined && !Number.isInteger(fields.id)) {
    throw new ConfigError('release.id must be an integer');
  }
  return defined({
    id: fields.id as number | undefined,
    match: optionalString(fields, 'match', 'release'),
  });
}

/** The body of a wait call: `{ count?, match?, timeoutMs? }`. */
export function parseWaitFilter(input: unknown): WaitFilter {
  const fields = objectWith(input ?? {}, 'wait', ['count', 'match', 'timeoutMs']);
  return defined({
    count: optionalCount(fields, 'count', 'wait'),
    match: optionalString(fields, 'match', 'wait'),
    timeoutMs: optionalMs(fields, 'timeoutMs', 'wait'),
  });
}
