import { ENVIRONMENT_NAME } from '../shared/settings-rules.js';
import { LAMBDA_IMAGE_EXTENSIONS_TEXT, isLambdaImageKey } from '../shared/lambda-keys.js';
import type { LambdaConfig } from './config.js';
import { tableVariable } from './config.js';

/** Where a key goes, or why the function leaves it alone. */
export type Route =
  | { kind: 'label'; environment: string; table: string }
  | { kind: 'skip'; reason: string; environment?: string };

/**
 * The environment comes from the key, `{prefix}/{env}/...`. There is no default: a key
 * outside the prefix, or for an environment this function has no table for, is skipped, so
 * a prod function can never write a beta table and the reverse.
 */
export function routeKey(key: string, config: LambdaConfig): Route {
  const prefix = `${config.prefix}/`;
  if (!key.startsWith(prefix)) {
    return { kind: 'skip', reason: `the key is outside the prefix ${prefix}` };
  }
  const rest = key.slice(prefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) {
    return { kind: 'skip', reason: `the key has no environment part (${prefix}{environment}/...)` };
  }
  const environment = rest.slice(0, slash);
  if (!ENVIRONMENT_NAME.test(environment)) {
    return {
      kind: 'skip',
      reason: `"${environment}" is not an environment name (1-32 of a-z 0-9 "-")`,
    };
  }
  const table = config.tables.get(environment);
  if (table === undefined) {
    return {
      kind: 'skip',
      environment,
      reason: `no table is configured for environment "${environment}" (${tableVariable(environment)} is not set)`,
    };
  }
  return routeImage(key, environment, table);
}

/**
 * A key routed to an environment the caller named (an S3 Batch Operations job's
 * `userArguments.environment`), so keys outside `{prefix}/{env}/` can be labeled too. The
 * environment must have its own table here, never a default; and a key under another
 * environment's `{prefix}/{env}/` stays that environment's, so a job can never move it.
 */
export function routeKeyTo(key: string, environment: string, config: LambdaConfig): Route {
  const table = config.tables.get(environment);
  if (table === undefined) {
    return {
      kind: 'skip',
      environment,
      reason: `no table is configured for environment "${environment}": ${tableVariable(environment)} is not set on this function`,
    };
  }
  const prefix = `${config.prefix}/`;
  const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
  const owner = rest.slice(0, Math.max(0, rest.indexOf('/')));
  if (owner !== '' && owner !== environment && ENVIRONMENT_NAME.test(owner)) {
    return {
      kind: 'skip',
      environment,
      reason: `the key is under ${prefix}${owner}/, which belongs to environment "${owner}", not "${environment}"`,
    };
  }
  return routeImage(key, environment, table);
}

/** The checks every routed key passes: an object, not a folder marker, with an image's name. */
function routeImage(key: string, environment: string, table: string): Route {
  if (key.endsWith('/')) return { kind: 'skip', environment, reason: 'it is a folder marker' };
  if (!isLambdaImageKey(key)) {
    return {
      kind: 'skip',
      environment,
      reason: `it is not an image key: the function handles only ${LAMBDA_IMAGE_EXTENSIONS_TEXT} keys (any case)`,
    };
  }
  return { kind: 'label', environment, table };
}
