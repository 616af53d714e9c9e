import { parseArgs } from 'node:util';
import { TABLE_NAME, TABLE_NAME_ALLOWED } from '../shared/settings-rules.js';
import { UsageError } from './cli-io.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses `args` strictly: an unknown flag or a missing value is a UsageError naming it. */
export function parseFlags(
  command: string,
  args: string[],
  options: OptionSpec,
): Record<string, string | boolean | undefined> {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) {
      throw new UsageError(`${command} takes no arguments besides flags; got "${positionals[0]}"`);
    }
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // node:util's messages name the flag ("Unknown option '--labl'").
    throw new UsageError((error as Error).message);
  }
}

export function tableFlag(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !TABLE_NAME.test(value)) {
    throw new UsageError(`--${name} is ${JSON.stringify(value)}; ${TABLE_NAME_ALLOWED}.`);
  }
  return value;
}

/** A number flag within [min, max]; `parseInt(x) || default` would take "8O" as 8. */
export function numberFlag(
  name: string,
  value: string | boolean | undefined,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    const what = integer ? 'an integer' : 'a number';
    throw new UsageError(
      `--${name} is ${JSON.stringify(value)}; expected ${what} from ${min} to ${max}.`,
    );
  }
  return n;
}

/** A non-empty text flag (a label name); trims it. */
export function textFlag(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 256) {
    throw new UsageError(`--${name} must be 1-256 characters, got ${JSON.stringify(value)}.`);
  }
  return text;
}
