import { ENVIRONMENT_NAME, ENVIRONMENT_NAME_ALLOWED } from '../shared/settings-rules.js';

/** What a schema 2.0 job's `userArguments` ask of every task. */
export interface BatchArguments {
  /** Route every key to this environment's table, keys outside `{PREFIX}/{env}/` included. */
  environment?: string;
  /** Ask Rekognition again even when the item already holds the result for these bytes. */
  force?: boolean;
}

export type ArgumentsRead = { ok: true; args: BatchArguments } | { ok: false; reason: string };

export const BATCH_ARGUMENT_NAMES = ['environment', 'force'] as const;

const KNOWN = new Set<string>(BATCH_ARGUMENT_NAMES);

/**
 * Reads `userArguments` strictly: a value this function would not honour, or a key it does not
 * know (a misspelt `enviroment` would otherwise route by prefix, or not at all, in silence),
 * fails every task of the job with the reason, before any AWS call.
 */
export function readUserArguments(raw: unknown): ArgumentsRead {
  if (raw === undefined || raw === null) return { ok: true, args: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'userArguments is not a map of names to strings' };
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  const unknown = entries.map(([name]) => name).filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: `userArguments has ${unknown.map((name) => JSON.stringify(name)).join(', ')}; this function reads only ${BATCH_ARGUMENT_NAMES.join(' and ')}`,
    };
  }
  const args: BatchArguments = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string') {
      return {
        ok: false,
        reason: `userArguments.${name} is ${JSON.stringify(value)}, not a string`,
      };
    }
    if (name === 'environment') {
      if (!ENVIRONMENT_NAME.test(value)) {
        return {
          ok: false,
          reason: `userArguments.environment is ${JSON.stringify(value)}; environment names are ${ENVIRONMENT_NAME_ALLOWED}`,
        };
      }
      args.environment = value;
    } else if (value === 'true' || value === 'false') {
      args.force = value === 'true';
    } else {
      return {
        ok: false,
        reason: `userArguments.force is ${JSON.stringify(value)}; expected "true" or "false"`,
      };
    }
  }
  return { ok: true, args };
}
