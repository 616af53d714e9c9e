import { tableVariable } from '../src/lambda/config.js';
import {
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  fillEnvironment,
  normalizePrefix,
  PREFIX_ALLOWED,
  TABLE_NAME,
} from '../src/shared/settings-rules.js';
import { LambdaConfigError, type LambdaFunctionConfig } from './lambda-function.js';

/**
 * The CLI's `--lambda*` flags as function configurations: the original design's
 * deployment, one function per environment, each subscribed to `{prefix}/{environment}/`
 * and writing `{environment}_results`. Names and rules come from the action and the
 * handler, so the local deployment cannot drift from what they accept.
 */

export interface LambdaCliValues {
  handler: string;
  /** Comma-separated; default `beta,prod`. */
  environments: string | undefined;
  /** Default `rekognition-input`. */
  prefix: string | undefined;
  /** Default `{environment}_results`. */
  tableTemplate: string | undefined;
  /** `KEY=VALUE` strings. */
  settings: string[];
  timeoutMs: number | undefined;
  concurrency: number | undefined;
}

export interface LambdaCliFunction {
  config: LambdaFunctionConfig;
  /** The table its `DDB_TABLE_<ENV>` names, for the CLI to create. */
  table: string;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseSettings(settings: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const setting of settings) {
    const at = setting.indexOf('=');
    const name = at < 0 ? setting : setting.slice(0, at);
    if (at < 0 || !VARIABLE_NAME.test(name)) {
      throw new LambdaConfigError(
        `--lambda-setting must be NAME=VALUE with NAME an environment variable name, got "${setting}"`,
      );
    }
    env[name] = setting.slice(at + 1);
  }
  return env;
}

export function lambdaFunctionsFor(values: LambdaCliValues): LambdaCliFunction[] {
  const rawPrefix = values.prefix ?? 'rekognition-input';
  const prefix = normalizePrefix(rawPrefix);
  if (prefix === undefined) {
    throw new LambdaConfigError(`--lambda-prefix is "${rawPrefix}"; ${PREFIX_ALLOWED}`);
  }
  const environments = (values.environments ?? 'beta,prod').split(',').map((e) => e.trim());
  for (const environment of environments) {
    if (!ENVIRONMENT_NAME.test(environment)) {
      throw new LambdaConfigError(
        `--lambda-env: "${environment}" is not an environment name (${ENVIRONMENT_NAME_ALLOWED})`,
      );
    }
  }
  if (new Set(environments).size !== environments.length) {
    throw new LambdaConfigError(`--lambda-env lists an environment twice: ${values.environments}`);
  }
  const template = values.tableTemplate ?? '{environment}_results';
  const settings = parseSettings(values.settings);

  return environments.map((environment) => {
    const table = fillEnvironment(template, environment);
    if (!TABLE_NAME.test(table)) {
      throw new LambdaConfigError(
        `--lambda-table gives "${table}" for ${environment}; expected 3-255 of A-Z a-z 0-9 _ . -`,
      );
    }
    return {
      table,
      config: {
        name: `rekognition-${environment}-handler`,
        handler: values.handler,
        env: { PREFIX: prefix, ...settings, [tableVariable(environment)]: table },
        filter: { prefix: `${prefix}/${environment}/` },
        ...(values.timeoutMs === undefined ? {} : { timeoutMs: values.timeoutMs }),
        ...(values.concurrency === undefined ? {} : { concurrency: values.concurrency }),
      },
    };
  });
}
