import { REKOGNITION_LIMITS } from './limits.js';

/**
 * Value rules shared by the action's inputs and the Lambda's environment, so both accept
 * exactly the same settings.
 */
export interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
  exclusiveMin?: boolean;
}

/** The number, or undefined when `value` is not one the rule allows. Strict: `10abc` is not 10. */
export function parseNumber(value: string, rule: NumberRule): number | undefined {
  const pattern = rule.integer ? /^\d+$/ : /^\d+(?:\.\d+)?$/;
  const parsed = Number(value);
  const aboveMin = rule.exclusiveMin ? parsed > rule.min : parsed >= rule.min;
  return pattern.test(value) && aboveMin && parsed <= rule.max ? parsed : undefined;
}

/** What the rule allows, for error messages. */
export function describeNumberRule(rule: NumberRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const lower = rule.exclusiveMin ? `greater than ${rule.min}` : `from ${rule.min}`;
  return `expected ${kind} ${lower} to ${rule.max}`;
}

/** Stands for the environment's name in table (and, in infra, function) name templates. */
export const ENVIRONMENT_PLACEHOLDER = '{environment}';

/** `{environment}_results` for `beta` is `beta_results`. */
export function fillEnvironment(template: string, environment: string): string {
  return template.split(ENVIRONMENT_PLACEHOLDER).join(environment);
}

export const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
/** What TABLE_NAME allows, for messages. */
export const TABLE_NAME_ALLOWED = 'expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)';

/** 1-32 of a-z, 0-9 and `-`, starting and ending with a letter or digit: `beta`, `pr-preview`. */
export const ENVIRONMENT_NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
/** What ENVIRONMENT_NAME allows, for messages. */
export const ENVIRONMENT_NAME_ALLOWED =
  '1-32 lowercase letters, digits and "-", starting and ending with a letter or digit';

const BUCKET_NAME_SHAPE = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** What a general purpose bucket name looks like, for messages. */
export const BUCKET_NAME_ALLOWED =
  'expected an S3 bucket name: 3-63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit (a name, not an s3:// URL)';
/** S3 reserves these for its own features (`sthree-` covers `sthree-configurator`). */
const RESERVED_BUCKET_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_BUCKET_SUFFIXES: [string, string][] = [
  ['-s3alias', 'access point aliases'],
  ['--ol-s3', 'Object Lambda access point aliases'],
  ['.mrap', 'Multi-Region Access Points'],
  ['--x-s3', 'directory buckets'],
  ['--table-s3', 'table buckets'],
];

/**
 * Why S3 would refuse `name` for a general purpose bucket (its bucket naming rules), or undefined
 * when it is a valid name.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (!BUCKET_NAME_SHAPE.test(name)) return BUCKET_NAME_ALLOWED;
  if (name.includes('..')) return 'a bucket name must not contain two adjacent periods';
  if (/\.-|-\./.test(name)) {
    return 'a bucket name must not have a period next to a hyphen ("a.-b", "a-.b"): each part between periods starts and ends with a letter or digit';
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name)) {
    return 'a bucket name must not be formatted as an IP address';
  }
  const prefix = RESERVED_BUCKET_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `S3 reserves the prefix "${prefix}"; choose another name`;
  const suffix = RESERVED_BUCKET_SUFFIXES.find(([s]) => name.endsWith(s));
  if (suffix) return `S3 reserves the suffix "${suffix[0]}" for ${suffix[1]}; choose another name`;
  return undefined;
}
const PREFIX_SEGMENT = /^[A-Za-z0-9!_.*'()-]+$/;

/** The prefix without surrounding slashes, or undefined when a part is not allowed. */
export function normalizePrefix(value: string): string | undefined {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  const valid = trimmed.split('/').every((s) => PREFIX_SEGMENT.test(s) && s !== '.' && s !== '..');
  return trimmed !== '' && valid ? trimmed : undefined;
}

export const PREFIX_ALLOWED =
  'expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts';

export const SETTING_RULES = {
  minConfidence: { min: 0, max: 100, integer: false },
  maxLabels: { min: 1, max: REKOGNITION_LIMITS.maxLabels, integer: true },
  // 0: the item never expires (no expires_at).
  ttlHours: { min: 0, max: 24 * 365 * 10, integer: false },
} as const satisfies Record<string, NumberRule>;

/**
 * A moderation adapter's version ARN, as Rekognition's API reference gives the pattern of
 * DetectModerationLabels' ProjectVersion: the action's input, the Lambda's variable and the
 * local emulator check it alike.
 */
export const ADAPTER_ARN =
  /^arn:[a-z\d-]+:rekognition:[a-z\d-]+:\d{12}:project\/[a-zA-Z0-9_.-]{1,255}\/version\/[a-zA-Z0-9_.-]{1,255}\/[0-9]+$/;

export const ADAPTER_ARN_ALLOWED =
  'expected the ARN of a moderation adapter version, arn:aws:rekognition:REGION:ACCOUNT:project/NAME/version/NAME/NUMBER';
