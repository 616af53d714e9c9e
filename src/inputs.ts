import { UserError } from './errors.js';
import { REKOGNITION_LIMITS } from './limits.js';
import type { IfNoFilesFound, Mode } from './types.js';
import { GlobPatternError, parsePatterns } from './workspace-files.js';

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
};

export const ENVIRONMENT_PLACEHOLDER = '{environment}';

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
}

export type InputReader = (name: string) => string;

const ENVIRONMENT_NAME = /^[a-z0-9-]{1,32}$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const PREFIX_SEGMENT = /^[A-Za-z0-9!_.*'()-]+$/;

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
    minConfidence: number(problems, INPUT.minConfidence, raw('minConfidence'), {
      min: 0,
      max: 100,
      integer: false,
    }),
    maxLabels: number(problems, INPUT.maxLabels, raw('maxLabels'), {
      min: 1,
      max: REKOGNITION_LIMITS.maxLabels,
      integer: true,
    }),
    region: region(problems, raw('awsRegion'), env),
    bucket: bucket(problems, raw('bucket')),
    prefix: prefix(problems, raw('prefix')),
    tableTemplate: table(problems, raw('table')),
    ttlHours: number(problems, INPUT.ttlHours, raw('ttlHours'), {
      min: 0,
      max: 24 * 365 * 10,
      integer: false,
      exclusiveMin: true,
    }),
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
  };

  if (inputs.mode === 'upload-only' && inputs.bucket === '') {
    problems.list.push(
      `Input \`${INPUT.bucket}\` is required when \`${INPUT.mode}\` is "upload-only": the Lambda reads the images from that bucket.`,
    );
  }
  if (problems.list.length > 0) {
    throw new UserError(problems.list.join('\n'));
  }
  return inputs;
}

/** Fills `{environment}` in the table input. */
export function tableName(template: string, environment: string): string {
  return template.split(ENVIRONMENT_PLACEHOLDER).join(environment);
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

interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
  exclusiveMin?: boolean;
}

function number(problems: Problems, name: string, value: string, rule: NumberRule): number {
  // A strict pattern: parseInt('10abc') would quietly give 10.
  const pattern = rule.integer ? /^\d+$/ : /^\d+(?:\.\d+)?$/;
  const parsed = Number(value);
  const aboveMin = rule.exclusiveMin ? parsed > rule.min : parsed >= rule.min;
  if (pattern.test(value) && aboveMin && parsed <= rule.max) return parsed;
  const kind = rule.integer ? 'a whole number' : 'a number';
  const lower = rule.exclusiveMin ? `greater than ${rule.min}` : `from ${rule.min}`;
  problems.add(name, value, `expected ${kind} ${lower} to ${rule.max}`);
  return rule.min;
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
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  const segments = trimmed.split('/');
  const valid = segments.every((s) => PREFIX_SEGMENT.test(s) && s !== '.' && s !== '..');
  if (trimmed !== '' && valid) return trimmed;
  problems.add(
    INPUT.prefix,
    value,
    'expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts',
  );
  return DEFAULTS.prefix;
}

function table(problems: Problems, value: string): string {
  if (value === '') return '';
  const leftover = tableName(value, 'beta').match(/\{[^}]*\}/);
  if (leftover) {
    problems.add(
      INPUT.table,
      value,
      `unknown placeholder ${leftover[0]}; only {environment} is replaced`,
    );
    return '';
  }
  if (TABLE_NAME.test(tableName(value, 'beta'))) return value;
  problems.add(
    INPUT.table,
    value,
    'expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -), optionally with {environment}',
  );
  return '';
}
