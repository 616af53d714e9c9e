import {
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  bucketNameProblem,
  type NumberRule,
  PREFIX_ALLOWED,
  SETTING_RULES,
  TABLE_NAME,
  ENVIRONMENT_PLACEHOLDER,
  fillEnvironment,
  normalizePrefix,
  describeNumberRule,
  parseNumber,
} from '../src/shared/settings-rules.js';
import { indexTableFor } from '../src/shared/label-index.js';
import { BACKFILL_PREFIX, outputName } from '../src/shared/backfill-layout.js';
import { backfillRoleFor } from './backfill.js';
import { CONTEXT_KEYS, DEFAULTS, RETENTION_DAYS } from './context-keys.js';
import { type Context, ContextReader } from './context-reader.js';
import { type GitHubSettings, readGitHubSettings } from './github-settings.js';

/** Everything one deploy is built from, read from CDK context (`-c key=value` or cdk.json). */
export interface BackendSettings {
  stackName: string;
  /** Undefined: `rekognition-label-{account}-{region}`, unique per account and region. */
  bucketName?: string;
  prefix: string;
  environments: string[];
  /** `{environment}` is replaced by each environment's name. */
  tableName: string;
  functionName: string;
  /** Hours until an item may expire; 0: never. The default for environments not listed below. */
  ttlHours: number;
  /** Set when `ttl-hours` names environments (`beta=168,prod=0`). */
  ttlHoursByEnvironment?: Record<string, number>;
  minConfidence: number;
  maxLabels: number;
  /** Environments whose function also calls DetectModerationLabels (docs/moderation.md). */
  moderationEnvironments: string[];
  moderationMinConfidence: number;
  expireAfterDays: number;
  logRetentionDays: number;
  pointInTimeRecovery: boolean;
  lambdaTimeoutSeconds: number;
  lambdaMemoryMb: number;
  maxEventAgeSeconds: number;
  reservedConcurrency?: number;
  /** Subscribed to the failed-events alarms. */
  alarmEmail?: string;
  removalPolicy: 'retain' | 'destroy';
  /** Where S3 Batch Operations may take existing images from; empty: no backfill role. */
  backfill: BackfillSource[];
  github?: GitHubSettings;
}

/** One `backfill` location: a whole bucket (`prefix` "") or the keys under `prefix` ("a/b/"). */
export interface BackfillSource {
  bucket: string;
  /** "" or a folder ending in "/": `old-uploads/images` is read as `old-uploads/images/`. */
  prefix: string;
}

const RULES = {
  expireAfterDays: { min: 1, max: 3650, integer: true },
  lambdaTimeoutSeconds: { min: 10, max: 900, integer: true },
  lambdaMemoryMb: { min: 128, max: 10240, integer: true },
  maxEventAgeSeconds: { min: 60, max: 21600, integer: true },
  reservedConcurrency: { min: 1, max: 1000, integer: true },
} as const satisfies Record<string, NumberRule>;

// No dots: they break virtual-hosted TLS. The rest of S3's rules are bucketNameProblem's.
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const LAMBDA_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IAM_ROLE_NAME_MAX = 64;

/** A context value the deploy cannot use; the message lists every problem. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Reads and checks every setting before anything is synthesized, so a typo fails `cdk deploy`
 * with one message naming each key, instead of half a CloudFormation rollout.
 */
export function readSettings(context: Context): BackendSettings {
  const problems: string[] = [];
  const reader = new ContextReader(context, problems);

  const stackName = reader.text(CONTEXT_KEYS.stackName) ?? DEFAULTS.stackName;
  checkStackName(stackName, problems);

  const prefixValue = reader.text(CONTEXT_KEYS.prefix) ?? DEFAULTS.prefix;
  const prefix = normalizePrefix(prefixValue);
  if (prefix === undefined) {
    problems.push(`${CONTEXT_KEYS.prefix} is ${JSON.stringify(prefixValue)}; ${PREFIX_ALLOWED}.`);
  } else if (prefix.includes('*')) {
    // In a policy's resource, "*" also matches "/": beta's role could write prod's keys.
    problems.push(
      `${CONTEXT_KEYS.prefix} is ${JSON.stringify(prefixValue)}; "*" is a wildcard in IAM policies and would let one environment's roles reach another's keys.`,
    );
  }

  const environments = reader.list(CONTEXT_KEYS.environments) ?? [...DEFAULTS.environments];
  checkEnvironments(environments, problems);

  const tableName = reader.text(CONTEXT_KEYS.tableName) ?? DEFAULTS.tableName;
  const functionName = reader.text(CONTEXT_KEYS.functionName) ?? DEFAULTS.functionName;
  checkPerEnvironmentNames(environments, tableName, functionName, problems);

  const bucketName = reader.text(CONTEXT_KEYS.bucketName);
  if (bucketName !== undefined) checkBucketName(bucketName, problems);

  const logRetentionDays = reader.number(CONTEXT_KEYS.logRetentionDays, {
    min: 1,
    max: 3653,
    integer: true,
  });
  const retention = logRetentionDays ?? DEFAULTS.logRetentionDays;
  if (!(RETENTION_DAYS as readonly number[]).includes(retention)) {
    problems.push(
      `${CONTEXT_KEYS.logRetentionDays} is ${retention}; CloudWatch Logs accepts ${RETENTION_DAYS.join(', ')}.`,
    );
  }

  const removalPolicy = reader.choice(CONTEXT_KEYS.removalPolicy, ['retain', 'destroy']);
  const settings: BackendSettings = {
    stackName,
    prefix: prefix ?? DEFAULTS.prefix,
    environments,
    tableName,
    functionName,
    ...ttlHours(reader, environments, problems),
    minConfidence:
      reader.number(CONTEXT_KEYS.minConfidence, SETTING_RULES.minConfidence) ??
      DEFAULTS.minConfidence,
    maxLabels: reader.number(CONTEXT_KEYS.maxLabels, SETTING_RULES.maxLabels) ?? DEFAULTS.maxLabels,
    moderationEnvironments: moderationEnvironments(reader, environments, problems),
    moderationMinConfidence:
      reader.number(CONTEXT_KEYS.moderationMinConfidence, SETTING_RULES.minConfidence) ??
      DEFAULTS.moderationMinConfidence,
    expireAfterDays:
      reader.number(CONTEXT_KEYS.expireAfterDays, RULES.expireAfterDays) ??
      DEFAULTS.expireAfterDays,
    logRetentionDays: retention,
    pointInTimeRecovery:
      reader.flag(CONTEXT_KEYS.pointInTimeRecovery) ?? DEFAULTS.pointInTimeRecovery,
    lambdaTimeoutSeconds:
      reader.number(CONTEXT_KEYS.lambdaTimeoutSeconds, RULES.lambdaTimeoutSeconds) ??
      DEFAULTS.lambdaTimeoutSeconds,
    lambdaMemoryMb:
      reader.number(CONTEXT_KEYS.lambdaMemoryMb, RULES.lambdaMemoryMb) ?? DEFAULTS.lambdaMemoryMb,
    maxEventAgeSeconds:
      reader.number(CONTEXT_KEYS.maxEventAgeSeconds, RULES.maxEventAgeSeconds) ??
      DEFAULTS.maxEventAgeSeconds,
    removalPolicy: removalPolicy ?? DEFAULTS.removalPolicy,
    backfill: backfillSources(reader, { prefix, environments, functionName }, problems),
  };
  if (bucketName !== undefined) settings.bucketName = bucketName;
  const concurrency = reader.number(CONTEXT_KEYS.reservedConcurrency, RULES.reservedConcurrency);
  if (concurrency !== undefined) settings.reservedConcurrency = concurrency;

  const alarmEmail = reader.text(CONTEXT_KEYS.alarmEmail);
  if (alarmEmail !== undefined) {
    if (EMAIL.test(alarmEmail)) settings.alarmEmail = alarmEmail;
    else {
      problems.push(
        `${CONTEXT_KEYS.alarmEmail} is ${JSON.stringify(alarmEmail)}; expected an e-mail address.`,
      );
    }
  }

  const github = readGitHubSettings(reader, environments, problems);
  if (github !== undefined) settings.github = github;

  if (problems.length > 0) {
    throw new SettingsError(
      `The backend's settings (CDK context) are not usable:\n- ${problems.join('\n- ')}`,
    );
  }
  return settings;
}

/** A subset of `environments`; each one moderates, the others cost what they did. */
function moderationEnvironments(
  reader: ContextReader,
  environments: string[],
  problems: string[],
): string[] {
  const chosen = reader.list(CONTEXT_KEYS.moderationEnvironments) ?? [
    ...DEFAULTS.moderationEnvironments,
  ];
  const unknown = chosen.filter((e) => !environments.includes(e));
  if (unknown.length > 0) {
    problems.push(
      `${CONTEXT_KEYS.moderationEnvironments} names ${unknown.join(', ')}, not in ${CONTEXT_KEYS.environments} (${environments.join(', ')}).`,
    );
  }
  return chosen.filter((e) => environments.includes(e));
}

function checkStackName(stackName: string, problems: string[]): void {
  if (!STACK_NAME.test(stackName)) {
    problems.push(
      `${CONTEXT_KEYS.stackName} is ${JSON.stringify(stackName)}; expected a letter, then up to 127 letters, digits and "-".`,
    );
  }
}

function checkBucketName(bucketName: string, problems: string[]): void {
  const problem = BUCKET_NAME.test(bucketName)
    ? bucketNameProblem(bucketName)
    : 'expected 3–63 characters of a-z, 0-9 and "-", starting and ending with a letter or digit';
  if (problem) {
    problems.push(`${CONTEXT_KEYS.bucketName} is ${JSON.stringify(bucketName)}; ${problem}.`);
  }
}

function checkEnvironments(environments: string[], problems: string[]): void {
  if (environments.length === 0) {
    problems.push(`${CONTEXT_KEYS.environments} is empty; name at least one, e.g. "beta,prod".`);
  }
  for (const environment of environments) {
    if (!ENVIRONMENT_NAME.test(environment)) {
      problems.push(
        `${CONTEXT_KEYS.environments} holds ${JSON.stringify(environment)}; expected ${ENVIRONMENT_NAME_ALLOWED}.`,
      );
    }
  }
  const outputs = environments.map(outputName);
  const repeated = environments.filter((_, i) => outputs.indexOf(outputs[i]!) !== i);
  if (repeated.length > 0) {
    problems.push(
      `${CONTEXT_KEYS.environments} names ${repeated.join(', ')} more than once (stack outputs ignore "-").`,
    );
  }
}

/** The label index's stream consumer is named after the labeler: `rekognition-beta-handler-index`. */
export function indexFunctionFor(functionName: string): string {
  return `${functionName}-index`;
}

// One naming for the CDK app and the CLI, which names these outputs in its errors.
export { outputName };

function checkPerEnvironmentNames(
  environments: string[],
  tableName: string,
  functionName: string,
  problems: string[],
): void {
  // Each name also names the label index's table or function, which must be valid too.
  const names = [
    {
      key: CONTEXT_KEYS.tableName,
      template: tableName,
      rule: TABLE_NAME,
      what: 'a table name',
      derived: indexTableFor,
      derivedWhat: "the label index's table",
    },
    {
      key: CONTEXT_KEYS.functionName,
      template: functionName,
      rule: LAMBDA_NAME,
      what: 'a function name (1–64 of A-Z, a-z, 0-9, "-", "_")',
      derived: indexFunctionFor,
      derivedWhat: "the label index's function",
    },
  ];
  for (const { key, template, rule, what, derived, derivedWhat } of names) {
    if (environments.length > 1 && !template.includes(ENVIRONMENT_PLACEHOLDER)) {
      problems.push(
        `${key} is ${JSON.stringify(template)}; it needs ${ENVIRONMENT_PLACEHOLDER} so each environment gets its own.`,
      );
      continue;
    }
    const filled = environments.map((e) => fillEnvironment(template, e));
    const bad = filled.filter((name) => !rule.test(name));
    if (bad.length > 0) {
      problems.push(`${key} gives ${bad.map((n) => JSON.stringify(n)).join(', ')}; not ${what}.`);
      continue;
    }
    const badDerived = filled.map(derived).filter((name) => !rule.test(name));
    if (badDerived.length > 0) {
      problems.push(
        `${key} gives ${badDerived.map((n) => JSON.stringify(n)).join(', ')} for ${derivedWhat}; not ${what}.`,
      );
    }
  }
}

/**
 * `ttl-hours`: one number for every environment, or one per environment, as
 * `beta=168,prod=0` (from `-c`) or `{"beta": 168, "prod": 0}` (cdk.json); an environment left
 * out gets the default. 0: items never expire.
 */
function ttlHours(
  reader: ContextReader,
  environments: string[],
  problems: string[],
): Pick<BackendSettings, 'ttlHours' | 'ttlHoursByEnvironment'> {
  const key = CONTEXT_KEYS.ttlHours;
  const value = reader.raw(key);
  const pairs =
    typeof value === 'string' && value.includes('=')
      ? value.split(',').map((pair) => pair.split('=').map((part) => part.trim()))
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).map(([name, hours]) => [name, String(hours)])
        : undefined;
  if (!pairs) {
    return { ttlHours: reader.number(key, SETTING_RULES.ttlHours) ?? DEFAULTS.ttlHours };
  }
  const byEnvironment: Record<string, number> = {};
  for (const [name = '', hours = ''] of pairs) {
    const parsed = parseNumber(hours, SETTING_RULES.ttlHours);
    if (!environments.includes(name)) {
      problems.push(
        `${key} names ${JSON.stringify(name)}, not in ${CONTEXT_KEYS.environments} (${environments.join(', ')}).`,
      );
    } else if (parsed === undefined) {
      problems.push(
        `${key} for ${name} is ${JSON.stringify(hours)}; ${describeNumberRule(SETTING_RULES.ttlHours)}.`,
      );
    } else {
      byEnvironment[name] = parsed;
    }
  }
  return { ttlHours: DEFAULTS.ttlHours, ttlHoursByEnvironment: byEnvironment };
}

/**
 * `backfill`: `bucket` or `bucket/prefix/` locations, comma-separated (`-c`) or a list
 * (cdk.json). Each becomes an IAM resource (`arn:aws:s3:::bucket/prefix/*`), so a prefix is
 * always a folder, and "*" is refused as in `prefix`.
 */
function backfillSources(
  reader: ContextReader,
  named: { prefix: string | undefined; environments: string[]; functionName: string },
  problems: string[],
): BackfillSource[] {
  const key = CONTEXT_KEYS.backfill;
  const sources: BackfillSource[] = [];
  const seen = new Set<string>();
  for (const location of reader.list(key) ?? []) {
    const source = backfillSource(location, problems);
    if (source === undefined) continue;
    const id = source.prefix === '' ? source.bucket : `${source.bucket}/${source.prefix}`;
    if (seen.has(id)) problems.push(`${key} names ${JSON.stringify(id)} more than once.`);
    else sources.push(source);
    seen.add(id);
  }
  if (sources.length === 0) return [];
  // Manifests and reports go under `rekognition-backfill/`: a labeler notified of keys there
  // would be invoked with every manifest and report.
  const inputs = named.prefix;
  if (
    inputs !== undefined &&
    (inputs === BACKFILL_PREFIX || inputs.startsWith(`${BACKFILL_PREFIX}/`))
  ) {
    problems.push(
      `${CONTEXT_KEYS.prefix} is ${JSON.stringify(inputs)}; with ${key}, the job's manifests and reports go under "${BACKFILL_PREFIX}/", which the functions must not be notified of: choose another prefix.`,
    );
  }
  const roles = named.environments
    .map((e) => backfillRoleFor(fillEnvironment(named.functionName, e)))
    .filter((name) => name.length > IAM_ROLE_NAME_MAX);
  if (roles.length > 0) {
    problems.push(
      `${CONTEXT_KEYS.functionName} gives ${roles.map((n) => JSON.stringify(n)).join(', ')} for the backfill role; IAM role names have at most ${IAM_ROLE_NAME_MAX} characters.`,
    );
  }
  return sources;
}

/** One location, or undefined after naming its problem. */
function backfillSource(location: string, problems: string[]): BackfillSource | undefined {
  const key = CONTEXT_KEYS.backfill;
  const quoted = JSON.stringify(location);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    problems.push(
      `${key} holds ${quoted}; write "bucket" or "bucket/prefix/", without the URL scheme.`,
    );
    return undefined;
  }
  const slash = location.indexOf('/');
  const bucket = slash < 0 ? location : location.slice(0, slash);
  const rest = slash < 0 ? '' : location.slice(slash + 1);
  const bucketProblem = bucketNameProblem(bucket);
  if (bucketProblem !== undefined) {
    problems.push(`${key} holds ${quoted}; bucket ${JSON.stringify(bucket)}: ${bucketProblem}.`);
    return undefined;
  }
  if (rest.replace(/\/+/g, '') === '') return { bucket, prefix: '' };
  const prefix = normalizePrefix(rest);
  if (prefix === undefined) {
    problems.push(`${key} holds ${quoted}; its prefix: ${PREFIX_ALLOWED}.`);
    return undefined;
  }
  if (prefix.includes('*')) {
    problems.push(
      `${key} holds ${quoted}; "*" is a wildcard in IAM policies and would open more keys than the prefix names.`,
    );
    return undefined;
  }
  return { bucket, prefix: `${prefix}/` };
}
