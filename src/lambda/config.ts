import type { ModerationSettings } from '../shared/detect-moderation.js';
import type { LabelSettings } from '../shared/record.js';
import {
  ADAPTER_ARN,
  ADAPTER_ARN_ALLOWED,
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  type NumberRule,
  PREFIX_ALLOWED,
  SETTING_RULES,
  TABLE_NAME,
  describeNumberRule,
  normalizePrefix,
  parseNumber,
} from '../shared/settings-rules.js';

/** The function's configuration, read from its environment variables at cold start. */
export interface LambdaConfig {
  prefix: string;
  settings: LabelSettings;
  ttlHours: number;
  /** Environment name (`beta`) to its table; an environment absent here is never written. */
  tables: ReadonlyMap<string, string>;
  region: string;
  /** Set when MODERATION is on: DetectModerationLabels runs too, and its labels are stored. */
  moderation?: ModerationSettings;
}

export const LAMBDA_DEFAULTS = {
  PREFIX: 'rekognition-input',
  MIN_CONFIDENCE: '70',
  MAX_LABELS: '10',
  TTL_HOURS: '168',
  MODERATION: 'off',
  MODERATION_MIN_CONFIDENCE: '50',
  MODERATION_ADAPTER_ARN: '',
} as const;

const TABLE_VARIABLE = /^DDB_TABLE_([A-Z0-9_]+)$/;

/** A configuration the function cannot run with; its message lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `DDB_TABLE_PR_PREVIEW` configures environment `pr-preview`. */
export function tableVariable(environment: string): string {
  return `DDB_TABLE_${environment.toUpperCase().replace(/-/g, '_')}`;
}

export function readLambdaConfig(env: NodeJS.ProcessEnv): LambdaConfig {
  const problems: string[] = [];
  const setting = (name: keyof typeof LAMBDA_DEFAULTS): string => {
    const value = env[name]?.trim() ?? '';
    return value === '' ? LAMBDA_DEFAULTS[name] : value;
  };
  const number = (name: keyof typeof LAMBDA_DEFAULTS, rule: NumberRule): number => {
    const value = setting(name);
    const parsed = parseNumber(value, rule);
    if (parsed === undefined) {
      problems.push(`${name} is ${JSON.stringify(value)}; ${describeNumberRule(rule)}.`);
    }
    return parsed ?? rule.min;
  };

  const prefix = normalizePrefix(setting('PREFIX'));
  if (prefix === undefined) {
    problems.push(`PREFIX is ${JSON.stringify(setting('PREFIX'))}; ${PREFIX_ALLOWED}.`);
  }
  const settings: LabelSettings = {
    minConfidence: number('MIN_CONFIDENCE', SETTING_RULES.minConfidence),
    maxLabels: number('MAX_LABELS', SETTING_RULES.maxLabels),
  };
  const ttlHours = number('TTL_HOURS', SETTING_RULES.ttlHours);
  const tables = readTables(env, problems);
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (region === '') problems.push('AWS_REGION is not set (the Lambda runtime always sets it).');

  const moderation = readModeration(setting, number, problems);

  if (problems.length > 0) {
    throw new ConfigError(`Invalid function configuration:\n${problems.join('\n')}`);
  }
  return {
    prefix: prefix!,
    settings,
    ttlHours,
    tables,
    region,
    ...(moderation ? { moderation } : {}),
  };
}

function readModeration(
  setting: (name: keyof typeof LAMBDA_DEFAULTS) => string,
  number: (name: keyof typeof LAMBDA_DEFAULTS, rule: NumberRule) => number,
  problems: string[],
): ModerationSettings | undefined {
  const mode = setting('MODERATION');
  if (mode !== 'on' && mode !== 'off') {
    problems.push(`MODERATION is ${JSON.stringify(mode)}; expected on or off.`);
    return undefined;
  }
  const minConfidence = number('MODERATION_MIN_CONFIDENCE', SETTING_RULES.minConfidence);
  const adapter = setting('MODERATION_ADAPTER_ARN');
  if (adapter !== '' && !ADAPTER_ARN.test(adapter)) {
    problems.push(`MODERATION_ADAPTER_ARN is ${JSON.stringify(adapter)}; ${ADAPTER_ARN_ALLOWED}.`);
  }
  return mode === 'on' ? { minConfidence, adapter } : undefined;
}

function readTables(env: NodeJS.ProcessEnv, problems: string[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const [name, raw] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const match = TABLE_VARIABLE.exec(name);
    if (!match) continue;
    const environment = match[1]!.toLowerCase().replace(/_/g, '-');
    const table = raw?.trim() ?? '';
    if (!ENVIRONMENT_NAME.test(environment)) {
      problems.push(
        `${name} names environment "${environment}"; environment names are ${ENVIRONMENT_NAME_ALLOWED}.`,
      );
    } else if (!TABLE_NAME.test(table)) {
      problems.push(
        `${name} is ${JSON.stringify(table)}; expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).`,
      );
    } else {
      tables.set(environment, table);
    }
  }
  if (tables.size === 0 && problems.length === 0) {
    problems.push(
      'No DDB_TABLE_<ENV> variable is set, so every object would be skipped. Set one per environment ' +
        'this function handles, e.g. DDB_TABLE_PROD=prod_results.',
    );
  }
  return tables;
}
