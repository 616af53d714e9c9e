import { UserError } from './user-error.js';
import { INPUT } from './input-names.js';
import { Problems } from './input-problems.js';
import { type ReviewInputs, reviewInputs } from './review-inputs.js';
import {
  ADAPTER_ARN,
  ADAPTER_ARN_ALLOWED,
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  ENVIRONMENT_PLACEHOLDER,
  type NumberRule,
  PREFIX_ALLOWED,
  SETTING_RULES,
  TABLE_NAME,
  TABLE_NAME_ALLOWED,
  bucketNameProblem,
  describeNumberRule,
  fillEnvironment,
  normalizePrefix,
  parseNumber,
} from '../shared/settings-rules.js';
import type { Mode } from '../shared/mode.js';
import { GlobPatternError, parsePatterns } from './workspace-files.js';
import { regionProblem } from './aws-region.js';
import {
  type EnvironmentChoice,
  type RunContext,
  readEventPayload,
  readRunContext,
  resolveEnvironment,
} from './run-context.js';

export { INPUT };

/** What `if-no-files-found` asks for when no file matches. */
export type IfNoFilesFound = 'warn' | 'error' | 'ignore';

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
  concurrency: 'auto',
  ifNoFilesFound: 'warn',
  failOnError: 'true',
  waitForResults: '0',
  moderation: 'off',
  moderationMinConfidence: '50',
  moderationPolicy: '',
  moderationAdapterArn: '',
  // action.yml's default is `${{ github.token }}`; run by hand, no token: no GitHub API calls.
  githubToken: '',
  onlyChanged: 'auto',
  // An empty value turns the comparison off, so "unset" is told apart by the variable's absence.
  compareEnvironment: 'auto',
  comment: 'off',
  commentKey: 'default',
  thumbnails: 'on',
  ifNoCredentials: 'error',
  reuseEnvironment: '',
};

/** `moderation`: off (no call, no cost), report (never fails for it), fail (blocked fails). */
export type ModerationMode = 'off' | 'report' | 'fail';

/** Where the policy is looked for when `moderation-policy` is empty. */
export const DEFAULT_POLICY_PATH = '.github/rekognition-label.yml';

/**
 * The longest `wait-for-results`: the session aws-actions/configure-aws-credentials starts
 * lasts an hour by default, and the runner is billed while it waits.
 */
export const MAX_WAIT_SECONDS = 3600;

export interface Inputs extends ReviewInputs {
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
  /** The `environment` input resolved for this run (`auto` → beta or prod). */
  resolvedEnvironment: EnvironmentChoice;
  /** `tableTemplate` for the resolved environment; empty means no DynamoDB write. */
  table: string;
  ttlHours: number;
  /**
   * The ceiling on images and AWS requests in flight. With `auto` (the default) the limit
   * starts under it and finds its level from the service's latency and quota.
   */
  concurrency: number;
  concurrencyAuto: boolean;
  ifNoFilesFound: IfNoFilesFound;
  failOnError: boolean;
  /**
   * Seconds to wait for the Lambda's items in `upload-only` mode; 0 does not wait. Kept as given
   * in `direct` mode, where there is nothing to wait for and the caller ignores it.
   */
  waitForResults: number;
  moderation: ModerationMode;
  /** The floor sent to DetectModerationLabels as MinConfidence. */
  moderationMinConfidence: number;
  /** Workspace-relative policy path; `explicit` false means the default, used if it exists. */
  moderationPolicy: { path: string; explicit: boolean };
  /** "" for Rekognition's own model. */
  moderationAdapterArn: string;
  /**
   * Another environment whose items about the same bytes may give their labels (never their
   * moderation) to this run's images; '' (the default) for none. See docs/search.md.
   */
  reuseEnvironment: string;
  /** `tableTemplate` filled with `reuseEnvironment`; '' when off. */
  reuseTable: string;
}

export type InputReader = (name: string) => string;

/**
 * Reads and validates every input before any AWS call. All problems are reported
 * together so one fix-and-rerun is enough. The environment is resolved here (from `context`,
 * the event and variables the run came from), so names built from it are checked as they will
 * be used.
 */
export function getInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv = {},
  context: RunContext = readRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH)),
): Inputs {
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

  const environmentInput = raw('environment');
  const environment = environmentName(problems, environmentInput);
  const resolvedEnvironment = resolveEnvironment(environment, context);
  const tableTemplate = tableTemplateOf(problems, tableInput);
  const inputs: Inputs = {
    images,
    mode: oneOf(problems, INPUT.mode, raw('mode'), ['direct', 'upload-only'] as const, 'direct'),
    environment,
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
    tableTemplate,
    resolvedEnvironment,
    // With an invalid `environment`, that problem is reported and the table name is not known.
    table:
      environment === environmentInput
        ? tableFor(problems, tableTemplate, resolvedEnvironment)
        : '',
    ttlHours: number(problems, INPUT.ttlHours, raw('ttlHours'), SETTING_RULES.ttlHours),
    ...concurrency(problems, raw('concurrency')),
    ifNoFilesFound: oneOf(
      problems,
      INPUT.ifNoFilesFound,
      raw('ifNoFilesFound'),
      ['warn', 'error', 'ignore'] as const,
      'warn',
    ),
    failOnError: boolean(problems, INPUT.failOnError, raw('failOnError')),
    waitForResults: waitSeconds(problems, raw('waitForResults')),
    moderation: oneOf(
      problems,
      INPUT.moderation,
      raw('moderation'),
      ['off', 'report', 'fail'] as const,
      'off',
    ),
    moderationMinConfidence: number(
      problems,
      INPUT.moderationMinConfidence,
      raw('moderationMinConfidence'),
      SETTING_RULES.minConfidence,
    ),
    moderationPolicy: policyPath(problems, raw('moderationPolicy')),
    moderationAdapterArn: adapterArn(problems, raw('moderationAdapterArn')),
    ...reuseFrom(problems, raw('reuseEnvironment'), tableTemplate, resolvedEnvironment.name),
    ...reviewInputs(problems, {
      read: (key) => (key === 'githubToken' ? read(INPUT[key]).trim() : raw(key)),
      compareEnvironment: compareEnvironmentInput(read, env),
      context,
      tableTemplate,
      environment: resolvedEnvironment.name,
    }),
  };

  modeChecks(problems, inputs, tableInput);
  if (problems.list.length > 0) {
    throw new UserError(problems.list.join('\n'));
  }
  return inputs;
}

/** Inputs that only make sense together. */
function modeChecks(problems: Problems, inputs: Inputs, tableInput: string): void {
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
  if (
    inputs.moderation === 'fail' &&
    inputs.mode === 'upload-only' &&
    inputs.waitForResults === 0
  ) {
    problems.list.push(
      `Input \`${INPUT.moderation}\` is "fail" but \`${INPUT.waitForResults}\` is 0: in "upload-only" mode the Lambda moderates, and this step can only judge what it waits for. Set \`${INPUT.waitForResults}\`, or use "report".`,
    );
  }
}

/** `reuse-environment`: another environment's table, read by sha256 for labels only. */
function reuseFrom(
  problems: Problems,
  value: string,
  tableTemplate: string,
  environment: string,
): Pick<Inputs, 'reuseEnvironment' | 'reuseTable'> {
  const off = { reuseEnvironment: '', reuseTable: '' };
  if (value === '') return off;
  if (!ENVIRONMENT_NAME.test(value)) {
    problems.add(
      INPUT.reuseEnvironment,
      value,
      `expected "" (off) or a name of ${ENVIRONMENT_NAME_ALLOWED}, such as "beta"`,
    );
    return off;
  }
  if (value === environment) {
    problems.list.push(
      `Input \`${INPUT.reuseEnvironment}\` is ${JSON.stringify(value)}, the environment this run writes: its own items are always reused. Name another environment, or set it to "".`,
    );
    return off;
  }
  if (tableTemplate === '' || !tableTemplate.includes(ENVIRONMENT_PLACEHOLDER)) {
    problems.list.push(
      `Input \`${INPUT.reuseEnvironment}\` is ${JSON.stringify(value)} but \`${INPUT.table}\` ${tableTemplate === '' ? 'is empty' : `(${JSON.stringify(tableTemplate)}) has no ${ENVIRONMENT_PLACEHOLDER}`}: the other environment's table is \`${INPUT.table}\` filled with its name. Set \`${INPUT.table}\` to a template such as "${ENVIRONMENT_PLACEHOLDER}_results", or set \`${INPUT.reuseEnvironment}\` to "".`,
    );
    return off;
  }
  const table = fillEnvironment(tableTemplate, value);
  if (!TABLE_NAME.test(table)) {
    problems.list.push(
      `Input \`${INPUT.table}\` names table ${JSON.stringify(table)} for \`${INPUT.reuseEnvironment}\` "${value}"; ${TABLE_NAME_ALLOWED}.`,
    );
    return off;
  }
  return { reuseEnvironment: value, reuseTable: table };
}

/**
 * `compare-environment` as given: an empty value turns the comparison off, so only an input
 * that is not set at all (no INPUT_ variable, as when run by hand) means the default.
 */
function compareEnvironmentInput(read: InputReader, env: NodeJS.ProcessEnv): string {
  const value = read(INPUT.compareEnvironment).trim();
  const set = env[`INPUT_${INPUT.compareEnvironment.toUpperCase()}`] !== undefined;
  return value === '' && !set ? DEFAULTS.compareEnvironment : value;
}

function policyPath(problems: Problems, value: string): Inputs['moderationPolicy'] {
  if (value === '') return { path: DEFAULT_POLICY_PATH, explicit: false };
  const path = value.replace(/^(\.\/)+/, '');
  if (path.startsWith('/') || path.includes('\\') || path.split('/').includes('..')) {
    problems.add(
      INPUT.moderationPolicy,
      value,
      'expected a path inside the workspace, with forward slashes, such as ".github/rekognition-label.yml"',
    );
    return { path: DEFAULT_POLICY_PATH, explicit: false };
  }
  return { path, explicit: true };
}

function adapterArn(problems: Problems, value: string): string {
  if (value === '' || ADAPTER_ARN.test(value)) return value;
  problems.add(INPUT.moderationAdapterArn, value, ADAPTER_ARN_ALLOWED);
  return '';
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

/** `auto`'s ceiling: 2 s calls at a 100 TPS quota; sockets and memory stay bounded. */
export const AUTO_CONCURRENCY_CEILING = 256;

function concurrency(
  problems: Problems,
  value: string,
): { concurrency: number; concurrencyAuto: boolean } {
  if (value === 'auto') return { concurrency: AUTO_CONCURRENCY_CEILING, concurrencyAuto: true };
  const rule = { min: 1, max: AUTO_CONCURRENCY_CEILING, integer: true };
  const parsed = parseNumber(value, rule);
  if (parsed !== undefined) return { concurrency: parsed, concurrencyAuto: false };
  problems.add(
    INPUT.concurrency,
    value,
    `expected auto, or ${describeNumberRule(rule).replace(/^expected /, '')}`,
  );
  return { concurrency: rule.min, concurrencyAuto: false };
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
    `expected "auto" or a name of ${ENVIRONMENT_NAME_ALLOWED}, such as "beta" or "prod"`,
  );
  return 'auto';
}

function region(problems: Problems, value: string, env: NodeJS.ProcessEnv): string {
  const chosen = value || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (chosen === '') {
    problems.list.push(
      `No AWS region: set the \`${INPUT.awsRegion}\` input, or AWS_REGION (aws-actions/configure-aws-credentials sets it from its \`aws-region\`).`,
    );
    return chosen;
  }
  const problem = regionProblem(chosen);
  if (problem) {
    const from = value ? '' : env.AWS_REGION ? ' (from AWS_REGION)' : ' (from AWS_DEFAULT_REGION)';
    problems.list.push(
      `Input \`${INPUT.awsRegion}\` is ${JSON.stringify(chosen)}${from}; ${problem}.`,
    );
  }
  return chosen;
}

function bucket(problems: Problems, value: string): string {
  if (value === '') return value;
  const problem = bucketNameProblem(value);
  if (problem === undefined) return value;
  problems.add(INPUT.bucket, value, problem);
  return '';
}

function prefix(problems: Problems, value: string): string {
  const normalized = normalizePrefix(value);
  if (normalized !== undefined) return normalized;
  problems.add(INPUT.prefix, value, PREFIX_ALLOWED);
  return DEFAULTS.prefix;
}

/** The template's own syntax: only `{environment}` is replaced. Empty when unusable. */
function tableTemplateOf(problems: Problems, value: string): string {
  if (value === '') return '';
  const leftover = value
    .split(ENVIRONMENT_PLACEHOLDER)
    .join('')
    .match(/\{[^}]*\}/);
  if (leftover) {
    problems.add(
      INPUT.table,
      value,
      `unknown placeholder ${leftover[0]}; only ${ENVIRONMENT_PLACEHOLDER} is replaced`,
    );
    return '';
  }
  return value;
}

/** The table name this run uses: the template filled with the resolved environment. */
function tableFor(problems: Problems, template: string, environment: EnvironmentChoice): string {
  if (template === '') return '';
  const name = fillEnvironment(template, environment.name);
  if (TABLE_NAME.test(name)) return name;
  if (!template.includes(ENVIRONMENT_PLACEHOLDER)) {
    problems.add(
      INPUT.table,
      template,
      `${TABLE_NAME_ALLOWED}, optionally with ${ENVIRONMENT_PLACEHOLDER}`,
    );
  } else {
    problems.list.push(
      `Input \`${INPUT.table}\` is ${JSON.stringify(template)}, which names table ${JSON.stringify(name)} for environment "${environment.name}" (${environment.reason}); ${TABLE_NAME_ALLOWED}.`,
    );
  }
  return '';
}
