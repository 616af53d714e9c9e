/**
 * Validation shared by every fault-injection config (emulator, DynamoDB shim, S3): a patch is
 * a plain object, unknown keys are errors, and each value is checked before anything changes.
 */

/** A config patch or CLI value that cannot be applied; admin endpoints answer it with 400. */
export class ConfigError extends Error {}

export type Fields = Record<string, unknown>;

/** `value` as a plain object whose keys are all in `allowed`. */
export function objectWith(value: unknown, path: string, allowed: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${path} must be an object`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new ConfigError(`unknown key "${key}" in ${path}`);
  }
  return value as Fields;
}

export function arrayOf<T>(value: unknown, path: string, item: (v: unknown, at: string) => T): T[] {
  if (!Array.isArray(value)) throw new ConfigError(`${path} must be an array`);
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

export function optionalString(fields: Fields, key: string, path: string): string | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) {
    throw new ConfigError(`${path}.${key} must be a non-empty string`);
  }
  return value;
}

/** A positive integer: how many requests a rule applies to. */
export function optionalCount(fields: Fields, key: string, path: string): number | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ConfigError(`${path}.${key} must be an integer >= 1`);
  }
  return value as number;
}

/** A finite number of milliseconds, > 0 (or >= 0 with `allowZero`). */
export function optionalMs(
  fields: Fields,
  key: string,
  path: string,
  allowZero = false,
): number | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (!allowZero && value === 0)
  ) {
    throw new ConfigError(`${path}.${key} must be a number ${allowZero ? '>=' : '>'} 0`);
  }
  return value;
}

export function oneOf<T extends string | number>(
  value: unknown,
  at: string,
  allowed: readonly T[],
): T {
  if (!allowed.includes(value as T)) {
    throw new ConfigError(`${at} must be one of ${allowed.map((v) => String(v)).join(', ')}`);
  }
  return value as T;
}

/** `fields[key]`, a string among `allowed`, or undefined when absent (a rule's scope). */
export function optionalOneOf<T extends string>(
  fields: Fields,
  key: string,
  path: string,
  allowed: readonly T[],
): T | undefined {
  const value = optionalString(fields, key, path);
  return value === undefined ? undefined : oneOf(value, `${path}.${key}`, allowed);
}

export function optionalBoolean(fields: Fields, key: string, path: string): boolean | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new ConfigError(`${path}.${key} must be a boolean`);
  return value;
}

/** Copies the keys whose value is not undefined, so configs never show `"key": undefined`. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Validates a patch of a top-level config: each key has a parser, any other key is an error
 * (`unknown config key "x"`, the emulator's wording), so a typo never silently does nothing.
 */
export function parsePatch<C extends object>(
  input: unknown,
  parsers: { [K in keyof C]-?: (value: unknown, key: string) => C[K] },
): Partial<C> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ConfigError('config must be a JSON object');
  }
  const patch: Partial<C> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(parsers, key)) throw new ConfigError(`unknown config key "${key}"`);
    patch[key as keyof C] = parsers[key as keyof C](value, key);
  }
  return patch;
}
