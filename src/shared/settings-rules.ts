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
export const ENVIRONMENT_NAME = /^[a-z0-9-]{1,32}$/;
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
  ttlHours: { min: 0, max: 24 * 365 * 10, integer: false, exclusiveMin: true },
} as const satisfies Record<string, NumberRule>;
