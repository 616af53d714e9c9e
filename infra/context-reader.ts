import { type NumberRule, describeNumberRule, parseNumber } from '../src/shared/settings-rules.js';

/** CDK's context lookup: `app.node.tryGetContext`. */
export type Context = (key: string) => unknown;

/**
 * Context values arrive as strings from `-c key=value` and as JSON values from cdk.json;
 * both spellings are accepted, nothing else is.
 */
export class ContextReader {
  constructor(
    private readonly context: Context,
    private readonly problems: string[],
  ) {}

  /** The value as given, for settings with more than one spelling. */
  raw(key: string): unknown {
    return this.context(key);
  }

  text(key: string): string | undefined {
    const value = this.context(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problems.push(`${key} is ${JSON.stringify(value)}; expected a string.`);
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  list(key: string): string[] | undefined {
    const value = this.context(key);
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return value.map((v: string) => v.trim());
    }
    if (typeof value === 'string') {
      return value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
    }
    this.problems.push(`${key} is ${JSON.stringify(value)}; expected a list such as "beta,prod".`);
    return undefined;
  }

  number(key: string, rule: NumberRule): number | undefined {
    const value = this.context(key);
    if (value === undefined || value === null || value === '') return undefined;
    const text = typeof value === 'number' ? String(value) : value;
    const parsed = typeof text === 'string' ? parseNumber(text.trim(), rule) : undefined;
    if (parsed === undefined) {
      this.problems.push(`${key} is ${JSON.stringify(value)}; ${describeNumberRule(rule)}.`);
    }
    return parsed;
  }

  flag(key: string): boolean | undefined {
    const value = this.context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    this.problems.push(`${key} is ${JSON.stringify(value)}; expected true or false.`);
    return undefined;
  }

  choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.text(key);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(
      `${key} is ${JSON.stringify(value)}; expected ${allowed.map((a) => `"${a}"`).join(' or ')}.`,
    );
    return undefined;
  }
}
