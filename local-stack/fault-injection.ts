import { type ErrorType, isErrorType } from './aws-json.js';
import { ConfigError, arrayOf, defined, objectWith } from './config-check.js';
import { createPrng } from './prng.js';
import {
  applyDelay,
  DELAY_KEYS,
  type DelayAction,
  HoldRegistry,
  nameMatches,
  parseDelayAction,
  parseScope,
  RuleList,
  type RuleScope,
  SCOPE_KEYS,
} from './request-gates.js';
import { TokenBucket } from './token-bucket.js';

export { ConfigError };

/** Makes every image whose S3 key or SHA-256 contains `match` fail with `error`. */
export interface FailRule {
  match: string;
  error: ErrorType;
  message?: string;
}

/**
 * Delays (`ms`) or holds (`hold: true`, until released) the calls for every image whose S3 key
 * or SHA-256 contains `match`, after the image is read and before it is answered.
 */
export interface EmulatorDelayRule extends RuleScope, DelayAction {
  match: string;
}

/**
 * The moderation labels DetectModerationLabels answers for images whose sha256 or S3 key
 * contains `match` (the first matching rule wins); images no rule matches get none, as the
 * sample photos do. A label's ParentName and TaxonomyLevel come from the taxonomy when not
 * given, and its ancestors are added as the service returns them.
 */
export interface ModerationRule {
  match: string;
  labels: { Name: string; Confidence: number; ParentName?: string; TaxonomyLevel?: number }[];
}

export interface EmulatorConfig {
  /** Delay added before every reply except throttling rejections. */
  latencyMs: number;
  /** Sustained calls per second (burst = tps); null means unlimited. */
  tps: number | null;
  /** Fraction (0..1) of calls answered with InternalServerError (500). */
  failureRate: number;
  /** Fraction (0..1) of calls answered with ThrottlingException, whatever the TPS. */
  throttleRate: number;
  /** Seed for the PRNG behind failureRate and throttleRate. */
  seed: number;
  failNames: FailRule[];
  delays: EmulatorDelayRule[];
  /** Answer AccessDeniedException to every call, as with a missing IAM permission. */
  accessDenied: boolean;
  moderation: ModerationRule[];
}

export type EmulatorOptions = Partial<EmulatorConfig>;

export const DEFAULT_CONFIG: EmulatorConfig = {
  latencyMs: 0,
  tps: null,
  failureRate: 0,
  throttleRate: 0,
  seed: 1,
  failNames: [],
  delays: [],
  accessDenied: false,
  moderation: [],
};

function parseModerationRule(value: unknown, path: string): ModerationRule {
  const r = value as { match?: unknown; labels?: unknown } | null;
  if (typeof r !== 'object' || r === null || typeof r.match !== 'string' || !r.match) {
    throw new ConfigError(`${path}.match must be a non-empty string`);
  }
  if (!Array.isArray(r.labels)) throw new ConfigError(`${path}.labels must be an array`);
  const labels = r.labels.map((label: unknown, i) => {
    const l = label as ModerationRule['labels'][number] | null;
    const ok =
      typeof l === 'object' &&
      l !== null &&
      typeof l.Name === 'string' &&
      l.Name !== '' &&
      typeof l.Confidence === 'number' &&
      l.Confidence >= 0 &&
      l.Confidence <= 100;
    if (!ok) {
      throw new ConfigError(`${path}.labels[${i}] must be {Name, Confidence 0-100}`);
    }
    return l;
  });
  return { match: r.match, labels };
}

function fraction(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ConfigError(`${name} must be a number between 0 and 1`);
  }
  return value;
}

function parseDelay(value: unknown, path: string): EmulatorDelayRule {
  const fields = objectWith(value, path, [...SCOPE_KEYS, ...DELAY_KEYS]);
  const scope = parseScope(fields, path);
  if (scope.match === undefined) throw new ConfigError(`${path}.match must be a non-empty string`);
  return defined({ ...scope, match: scope.match, ...parseDelayAction(fields, path) });
}

/**
 * Validates a config patch from the admin endpoint or the CLI. Unknown keys are errors
 * so that a typo such as `latency` does not silently do nothing.
 */
export function parseConfigPatch(input: unknown): EmulatorOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ConfigError('config must be a JSON object');
  }
  const patch: EmulatorOptions = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'latencyMs':
        if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
          throw new ConfigError('latencyMs must be a number >= 0');
        }
        patch.latencyMs = value;
        break;
      case 'tps':
        if (value === null || value === 0) patch.tps = null;
        else if (typeof value === 'number' && value > 0 && Number.isFinite(value))
          patch.tps = value;
        else throw new ConfigError('tps must be a number > 0, or 0/null for no limit');
        break;
      case 'failureRate':
        patch.failureRate = fraction(key, value);
        break;
      case 'throttleRate':
        patch.throttleRate = fraction(key, value);
        break;
      case 'seed':
        if (!Number.isInteger(value)) throw new ConfigError('seed must be an integer');
        patch.seed = value as number;
        break;
      case 'accessDenied':
        if (typeof value !== 'boolean') throw new ConfigError('accessDenied must be a boolean');
        patch.accessDenied = value;
        break;
      case 'failNames':
        if (!Array.isArray(value)) throw new ConfigError('failNames must be an array');
        patch.failNames = value.map((rule: unknown, i) => {
          const r = rule as Partial<Record<keyof FailRule, unknown>> | null;
          if (typeof r !== 'object' || r === null || typeof r.match !== 'string' || !r.match) {
            throw new ConfigError(`failNames[${i}].match must be a non-empty string`);
          }
          if (!isErrorType(r.error)) {
            throw new ConfigError(`failNames[${i}].error is not a known error type`);
          }
          if (r.message !== undefined && typeof r.message !== 'string') {
            throw new ConfigError(`failNames[${i}].message must be a string`);
          }
          return { match: r.match, error: r.error, ...(r.message ? { message: r.message } : {}) };
        });
        break;
      case 'delays':
        patch.delays = arrayOf(value, key, parseDelay);
        break;
      case 'moderation':
        patch.moderation = arrayOf(value, key, parseModerationRule);
        break;
      default:
        throw new ConfigError(`unknown config key "${key}"`);
    }
  }
  return patch;
}

export type GateDecision =
  { kind: 'pass' } | { kind: 'error'; type: ErrorType; message: string; immediate: boolean };

/** Holds the live config and decides, per call, whether to inject a fault. */
/** Marks a delay rule that applies before an S3 object is read (see delayBeforeRead). */
export const BEFORE_READ = 's3-read:';

export class FaultInjector {
  private current: EmulatorConfig;
  private bucket: TokenBucket | null = null;
  private random: () => number;
  private readonly delays: RuleList<EmulatorDelayRule>;
  readonly holds: HoldRegistry;

  constructor(
    private readonly initial: EmulatorConfig,
    now: () => number = () => performance.now(),
  ) {
    this.current = structuredClone(initial);
    this.random = createPrng(initial.seed);
    this.delays = new RuleList(now);
    this.holds = new HoldRegistry(now);
    this.delays.arm(this.current.delays);
    this.rebuildBucket();
  }

  get config(): EmulatorConfig {
    return structuredClone(this.current);
  }

  update(patch: EmulatorOptions): EmulatorConfig {
    this.current = { ...this.current, ...structuredClone(patch) };
    if ('tps' in patch) this.rebuildBucket();
    if ('seed' in patch) this.random = createPrng(this.current.seed);
    if ('delays' in patch) this.delays.arm(this.current.delays);
    return this.config;
  }

  /**
   * Back to the configuration the emulator started with, with a full bucket and fresh PRNG;
   * held calls are released.
   */
  reset(): EmulatorConfig {
    this.current = structuredClone(this.initial);
    this.random = createPrng(this.current.seed);
    this.delays.arm(this.current.delays);
    this.holds.release();
    this.rebuildBucket();
    return this.config;
  }

  /**
   * Waits as the first delay rule matching one of the names says, after calling `onDelay`
   * (the stats count it on arrival). `names` are the image's S3 key (if any) and SHA-256; the
   * first is shown when held.
   */
  async delay(operation: string, names: string[], onDelay: () => void): Promise<void> {
    const rule = this.delays.take(
      (r) => !r.match.startsWith(BEFORE_READ) && nameMatches(r.match, names),
    );
    if (rule) onDelay();
    await applyDelay(rule, this.holds, { operation, name: names[0]!, names });
  }

  /**
   * Delays an S3Object call before the emulator reads the object, for rules whose `match` is
   * `s3-read:` + (part of) the key: a test can then replace the object between the caller's
   * upload and Rekognition's read, the race a real service allows.
   */
  async delayBeforeRead(operation: string, key: string, onDelay: () => void): Promise<void> {
    const name = `${BEFORE_READ}${key}`;
    const rule = this.delays.take((r) => r.match.startsWith(BEFORE_READ) && name.includes(r.match));
    if (rule) onDelay();
    await applyDelay(rule, this.holds, { operation, name, names: [name] });
  }

  get latencyMs(): number {
    return this.current.latencyMs;
  }

  /** Faults that hit a call before its image is even looked at. */
  gate(): GateDecision {
    const c = this.current;
    // Two draws per call whatever the rates, so changing one rate does not reshuffle which
    // calls the other one hits.
    const throttleDraw = this.random();
    const failureDraw = this.random();
    if (c.accessDenied) {
      return {
        kind: 'error',
        type: 'AccessDeniedException',
        message: 'User is not authorized to perform this action (emulated accessDenied)',
        immediate: false,
      };
    }
    if (this.bucket && !this.bucket.tryTake()) {
      return {
        kind: 'error',
        type: 'ThrottlingException',
        message: 'Rate exceeded',
        immediate: true,
      };
    }
    if (throttleDraw < c.throttleRate) {
      return {
        kind: 'error',
        type: 'ThrottlingException',
        message: 'Rate exceeded',
        immediate: true,
      };
    }
    if (failureDraw < c.failureRate) {
      return {
        kind: 'error',
        type: 'InternalServerError',
        message: 'Internal server error (emulated failureRate)',
        immediate: false,
      };
    }
    return { kind: 'pass' };
  }

  /** The labels of the first moderation rule whose `match` occurs in any of the given names. */
  moderationFor(...names: (string | undefined)[]): ModerationRule['labels'] | undefined {
    return this.current.moderation.find((rule) =>
      names.some((name) => name !== undefined && name.includes(rule.match)),
    )?.labels;
  }

  /** The first failNames rule whose `match` occurs in any of the given names. */
  matchName(...names: (string | undefined)[]): FailRule | undefined {
    return this.current.failNames.find((rule) =>
      names.some((name) => name !== undefined && name.includes(rule.match)),
    );
  }

  private rebuildBucket(): void {
    this.bucket = this.current.tps ? new TokenBucket(this.current.tps) : null;
  }
}
