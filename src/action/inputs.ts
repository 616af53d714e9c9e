import { UserError } from './user-error.js';
import {
  ENVIRONMENT_NAME,
  type NumberRule,
  PREFIX_ALLOWED,
  SETTING_RULES,
  TABLE_NAME,
  describeNumberRule,
  fillEnvironment,
  normalizePrefix,
  parseNumber,
} from '../shared/settings-rules.js';
import type { Mode } from '../shared/mode.js';
import { GlobPatternError, parsePatterns } from './workspace-files.js';

/** What `if-no-files-found` asks for when no file matches. */
export type IfNoFilesFound = 'warn' | 'error' | 'ignore';

/** Input names, exactly as in action.yml. */
export const INPUT = {
  images: 'images',
  mode: 'mode',
  environment: 'environment',
  minConfidence: 'min-confidence',
  maxLabels: 'max-labels',
  awsRegion: 'aws-region',
  bucket: 'bucket',
  prefix: 'prefix',
  table: 'table',
  ttlHours: 'ttl-hours',
  concurrency: 'concurrency',
  ifNoFilesFound: 'if-no-files-found',
  failOnError: 'fail-on-error',
  waitForResults: 'wait-for-results',
} as const;

/** Defaults, mirrored in action.yml so a direct `node dist/index.js` behaves the same. */
export const DEFAULTS: Record<keyof typeof INPUT, string> = {
  images: '**/*.{jpg,jpeg,png}',
  mode: 'direct',
  environment: 'auto',
  minConfidence: '70',
  maxLabels: '10',
  awsRegion: '',
  bucket: '',
  prefix: 'rekognition-input',
  table: '',
  ttlHours: '168',
  concurrency: '10',
  ifNoFilesFound: 'warn',
  failOnError: 'true',
  waitForResults: '0',
};

/**
 * The longest `wait-for-results`: the session aws-actions/configure-aws-credentials starts
 * lasts an hour by default, and the runner is billed while it waits.
 */
export const MAX_WAIT_SECONDS = 3600;

export interface Inputs {
  /** Raw glob lines; resolved against the workspace later. */
  images: string;
  mode: Mode;
  /** `auto` or an explicit environment name. */
  environment: string;
  minConfidence: number;
  maxLabels: number;
  region: string;
  /** Empty when no bucket is used. */
  bucket: string;
  /** Without leading or trailing slashes. */
  prefix: string;
  /** May hold `{environment}`; empty means no DynamoDB write. */
  tableTemplate: string;
  ttlHours: number;
  concurrency: number;
  ifNoFilesFound: IfNoFilesFound;
  failOnError: boolean;
  /**
   * Seconds to wait for the Lambda's items in `upload-only` mode; 0 does not wait. Kept as given
   * in `direct` mode, where there is nothing to wait for and the caller ignores it.
   */
  waitForResults: number;
}

export type InputReader = (name: string) => string;

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

class Problems {
  readonly list: string[] = [];
  add(name: string, value: string, allowed: string): void {
    this.list.push(`Input \`${name}\` is ${JSON.stringify(value)}; ${allowed}.`);
  }
}

/**
 * Reads and validates every input before any AWS call. All problems are reported
 * together so one fix-and-rerun is enough.
 */
export function getInputs(read: InputReader, env: NodeJS.ProcessEnv = {}): Inputs {
  const problems = new Problems();
  const raw = (key: keyof typeof INPUT): string => {
    const value = read(INPUT[key]).trim();
    return value === '' ? DEFAULTS[key] : value;
  };

  const images = raw('images');
  const tableInput = raw('table');
  try {
    parsePatterns(images);
  } catch (error) {
    if (!(error instanceof GlobPatternError)) throw error;
    problems.list.push(`Input \`${INPUT.images}\`: ${error.message}`);
  }

  const inputs: Inputs = {
    images,
    mode: oneOf(problems, INPUT.mode, raw('mode'), ['direct', 'upload-only'] as const, 'direct'),
    environment: environmentName(problems, raw('environment')),
    minConfidence: number(
      problems,
      INPUT.minConfidence,
      raw('minConfidence'),
      SETTING_RULES.minConfidence,
    ),
    maxLabels: number(problems, INPUT.maxLabels, raw('maxLabels'), SETTING_RULES.maxLabels),
    region: region(problems, raw('awsRegion'), env),
    bucket: bucket(problems, raw('bucket')),
    prefix: prefix(problems, raw('prefix')),
    tableTemplate: table(problems, tableInput),
    ttlHours: number(problems, INPUT.ttlHours, raw('ttlHours'), SETTING_RULES.ttlHours),
    concurrency: number(problems, INPUT.concurrency, raw('concurrency'), {
      min: 1,
      max: 100,
      integer: true,
    }),
    ifNoFilesFound: oneOf(
      problems,
      INPUT.ifNoFilesFound,
      raw('ifNoFilesFound'),
      ['warn', 'error', 'ignore'] as const,
      'warn',
    ),
    failOnError: boolean(problems, INPUT.failOnError, raw('failOnError')),
    waitForResults: waitSeconds(problems, raw('waitForResults')),
  };

  if (inputs.mode === 'upload-only' && inputs.bucket === '') {
    problems.list.push(
      `Input \`${INPUT.bucket}\` is required when \`${INPUT.mode}\` is "upload-only": the Lambda reads the images from that bucket.`,
    );
  }
  if (inputs.mode === 'upload-only' && inputs.waitForResults > 0 && tableInput === '') {
    problems.list.push(
      `Input \`${INPUT.waitForResults}\` is ${inputs.waitForResults} but \`${INPUT.table}\` is empty: in "upload-only" mode the results are read from the items the Lambda writes in that table. Set \`${INPUT.table}\`, or leave \`${INPUT.waitForResults}\` at 0.`,
    );
  }
  if (problems.list.length > 0) {
    throw new UserError(problems.list.join('\n'));
  }
  return inputs;
}

function oneOf<T extends string>(
  problems: Problems,
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.add(name, value, `allowed: ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return fallback;
}

function number(problems: Problems, name: string, value: string, rule: NumberRule): number {
  const parsed = parseNumber(value, rule);
  if (parsed !== undefined) return parsed;
  problems.add(name, value, describeNumberRule(rule));
  return rule.min;
}

function waitSeconds(problems: Problems, value: string): number {
  if (/^\d+$/.test(value) && Number(value) <= MAX_WAIT_SECONDS) return Number(value);
  problems.add(
    INPUT.waitForResults,
    value,
    `expected a whole number of seconds from 0 to ${MAX_WAIT_SECONDS}: at most an hour, because the AWS session from configure-aws-credentials lasts an hour by default and the runner is billed while it waits`,
  );
  return 0;
}

function boolean(problems: Problems, name: string, value: string): boolean {
  // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  problems.add(name, value, 'expected true or false');
  return true;
}

function environmentName(problems: Problems, value: string): string {
  if (value === 'auto' || ENVIRONMENT_NAME.test(value)) return value;
  problems.add(
    INPUT.environment,
    value,
    'expected "auto" or a name of 1-32 lowercase letters, digits and "-", such as "beta" or "prod"',
  );
  return 'auto';
}

function region(problems: Problems, value: string, env: NodeJS.ProcessEnv): string {
  const chosen = value || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (chosen === '') {
    problems.list.push(
      `No AWS region: set the \`${INPUT.awsRegion}\` input, or AWS_REGION (aws-actions/configure-aws-credentials sets it from its \`aws-region\`).`,
    );
  } else if (!REGION.test(chosen)) {
    problems.add(INPUT.awsRegion, chosen, 'expected a region code such as "us-east-1"');
  }
  return chosen;
}

function bucket(problems: Problems, value: string): string {
  if (value === '' || (BUCKET_NAME.test(value) && !value.includes('..'))) return value;
  problems.add(
    INPUT.bucket,
    value,
    'expected an S3 bucket name: 3-63 lowercase letters, digits, "." and "-" (a name, not an s3:// URL)',
  );
  return '';
}

function prefix(problems: Problems, value: string): string {
  const normalized = normalizePrefix(value);
  if (normalized !== undefined) return normalized;
  problems.add(INPUT.prefix, value, PREFIX_ALLOWED);
  return DEFAULTS.prefix;
}

function table(problems: Problems, value: string): string {
  if (value === '') return '';
  const leftover = fillEnvironment(value, 'beta').match(/\{[^}]*\}/);
  if (leftover) {
    problems.add(
      INPUT.table,
      value,
      `unknown placeholder ${leftover[0]}; only {environment} is replaced`,
    );
    return '';
  }
  if (TABLE_NAME.test(fillEnvironment(value, 'beta'))) return value;
  problems.add(
    INPUT.table,
    value,
    'expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -), optionally with {environment}',
  );
  return '';
}
