import { LAMBDA_DEFAULTS } from '../src/lambda/config.js';
import {
  ENVIRONMENT_NAME,
  type NumberRule,
  PREFIX_ALLOWED,
  SETTING_RULES,
  TABLE_NAME,
  describeNumberRule,
  normalizePrefix,
  parseNumber,
} from '../src/settings-rules.js';

/** How the action's workflow roles use the backend; `direct` also labels from the runner. */
export type ActionMode = 'upload-only' | 'direct';

export interface GitHubSettings {
  /** `owner/name`, pinned in both roles' trust policies. */
  repository: string;
  defaultBranch: string;
  /** The environment pull requests write: the pull-request role may touch only this one. */
  pullRequestEnvironment: string;
  /** The environment the default branch writes. */
  defaultBranchEnvironment: string;
  /** An existing provider for token.actions.githubusercontent.com; one is created otherwise. */
  providerArn?: string;
  actionMode: ActionMode;
  maxSessionHours: number;
}

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
  ttlHours: number;
  minConfidence: number;
  maxLabels: number;
  expireAfterDays: number;
  logRetentionDays: number;
  pointInTimeRecovery: boolean;
  lambdaTimeoutSeconds: number;
  lambdaMemoryMb: number;
  maxEventAgeSeconds: number;
  reservedConcurrency?: number;
  removalPolicy: 'retain' | 'destroy';
  github?: GitHubSettings;
}

/** The context keys, in one place: the README's table and the tests use this list. */
export const CONTEXT_KEYS = {
  stackName: 'stack-name',
  bucketName: 'bucket-name',
  prefix: 'prefix',
  environments: 'environments',
  tableName: 'table-name',
  functionName: 'function-name',
  ttlHours: 'ttl-hours',
  minConfidence: 'min-confidence',
  maxLabels: 'max-labels',
  expireAfterDays: 'expire-after-days',
  logRetentionDays: 'log-retention-days',
  pointInTimeRecovery: 'point-in-time-recovery',
  lambdaTimeoutSeconds: 'lambda-timeout-seconds',
  lambdaMemoryMb: 'lambda-memory-mb',
  maxEventAgeSeconds: 'max-event-age-seconds',
  reservedConcurrency: 'reserved-concurrency',
  removalPolicy: 'removal-policy',
  githubRepository: 'github-repository',
  githubDefaultBranch: 'github-default-branch',
  githubPullRequestEnvironment: 'github-pull-request-environment',
  githubDefaultBranchEnvironment: 'github-default-branch-environment',
  githubOidcProviderArn: 'github-oidc-provider-arn',
  githubActionMode: 'github-action-mode',
  githubMaxSessionHours: 'github-max-session-hours',
} as const;

export const ENVIRONMENT_PLACEHOLDER = '{environment}';

export const DEFAULTS = {
  stackName: 'RekognitionLabel',
  prefix: LAMBDA_DEFAULTS.PREFIX,
  environments: ['beta', 'prod'],
  tableName: `${ENVIRONMENT_PLACEHOLDER}_results`,
  functionName: `rekognition-${ENVIRONMENT_PLACEHOLDER}-handler`,
  ttlHours: Number(LAMBDA_DEFAULTS.TTL_HOURS),
  minConfidence: Number(LAMBDA_DEFAULTS.MIN_CONFIDENCE),
  maxLabels: Number(LAMBDA_DEFAULTS.MAX_LABELS),
  expireAfterDays: 30,
  logRetentionDays: 14,
  pointInTimeRecovery: false,
  lambdaTimeoutSeconds: 60,
  lambdaMemoryMb: 256,
  maxEventAgeSeconds: 3600,
  removalPolicy: 'retain',
  githubDefaultBranch: 'main',
  githubPullRequestEnvironment: 'beta',
  githubDefaultBranchEnvironment: 'prod',
  githubActionMode: 'upload-only',
  githubMaxSessionHours: 1,
} as const;

/** CloudWatch Logs accepts only these retention periods. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;

const RULES = {
  expireAfterDays: { min: 1, max: 3650, integer: true },
  lambdaTimeoutSeconds: { min: 10, max: 900, integer: true },
  lambdaMemoryMb: { min: 128, max: 10240, integer: true },
  maxEventAgeSeconds: { min: 60, max: 21600, integer: true },
  reservedConcurrency: { min: 1, max: 1000, integer: true },
  githubMaxSessionHours: { min: 1, max: 12, integer: true },
} as const satisfies Record<string, NumberRule>;

// S3's rules for a bucket name, without the dots that break virtual-hosted TLS.
const BUCKET_NAME = /^(?!xn--|sthree-)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
// A git ref name, restricted to what needs no quoting in a trust policy's `sub`.
const BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[A-Za-z0-9._/-]{1,255}(?<![/.])$/;
const OIDC_PROVIDER_ARN =
  /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/;
const LAMBDA_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

/** A context value the deploy cannot use; the message lists every problem. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

type Context = (key: string) => unknown;

/**
 * Reads and checks every setting before anything is synthesized, so a typo fails `cdk deploy`
 * with one message naming each key, instead of half a CloudFormation rollout.
 */
export function readSettings(context: Context): BackendSettings {
  const problems: string[] = [];
  const reader = new ContextReader(context, problems);

  const stackName = reader.text(CONTEXT_KEYS.stackName) ?? DEFAULTS.stackName;
  if (!STACK_NAME.test(stackName)) {
    problems.push(
      `${CONTEXT_KEYS.stackName} is ${JSON.stringify(stackName)}; expected a letter, then up to 127 letters, digits and "-".`,
    );
  }

  const prefixValue = reader.text(CONTEXT_KEYS.prefix) ?? DEFAULTS.prefix;
  const prefix = normalizePrefix(prefixValue);
  if (prefix === undefined) {
    problems.push(`${CONTEXT_KEYS.prefix} is ${JSON.stringify(prefixValue)}; ${PREFIX_ALLOWED}.`);
  }

  const environments = reader.list(CONTEXT_KEYS.environments) ?? [...DEFAULTS.environments];
  checkEnvironments(environments, problems);

  const tableName = reader.text(CONTEXT_KEYS.tableName) ?? DEFAULTS.tableName;
  const functionName = reader.text(CONTEXT_KEYS.functionName) ?? DEFAULTS.functionName;
  checkPerEnvironmentNames(environments, tableName, functionName, problems);

  const bucketName = reader.text(CONTEXT_KEYS.bucketName);
  if (bucketName !== undefined && !BUCKET_NAME.test(bucketName)) {
    problems.push(
      `${CONTEXT_KEYS.bucketName} is ${JSON.stringify(bucketName)}; expected 3–63 characters of a-z, 0-9 and "-", starting and ending with a letter or digit.`,
    );
  }

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
    ttlHours: reader.number(CONTEXT_KEYS.ttlHours, SETTING_RULES.ttlHours) ?? DEFAULTS.ttlHours,
    minConfidence:
      reader.number(CONTEXT_KEYS.minConfidence, SETTING_RULES.minConfidence) ??
      DEFAULTS.minConfidence,
    maxLabels: reader.number(CONTEXT_KEYS.maxLabels, SETTING_RULES.maxLabels) ?? DEFAULTS.maxLabels,
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
  };
  if (bucketName !== undefined) settings.bucketName = bucketName;
  const concurrency = reader.number(CONTEXT_KEYS.reservedConcurrency, RULES.reservedConcurrency);
  if (concurrency !== undefined) settings.reservedConcurrency = concurrency;

  const github = readGitHubSettings(reader, environments, problems);
  if (github !== undefined) settings.github = github;

  if (problems.length > 0) {
    throw new SettingsError(
      `The backend's settings (CDK context) are not usable:\n- ${problems.join('\n- ')}`,
    );
  }
  return settings;
}

function checkEnvironments(environments: string[], problems: string[]): void {
  if (environments.length === 0) {
    problems.push(`${CONTEXT_KEYS.environments} is empty; name at least one, e.g. "beta,prod".`);
  }
  for (const environment of environments) {
    if (!ENVIRONMENT_NAME.test(environment)) {
      problems.push(
        `${CONTEXT_KEYS.environments} holds ${JSON.stringify(environment)}; expected 1–32 characters of a-z, 0-9 and "-".`,
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

/** `pr-preview` → `PrPreview`: stack output names allow only letters and digits. */
export function outputName(environment: string): string {
  return environment
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function checkPerEnvironmentNames(
  environments: string[],
  tableName: string,
  functionName: string,
  problems: string[],
): void {
  const names = [
    { key: CONTEXT_KEYS.tableName, template: tableName, rule: TABLE_NAME, what: 'a table name' },
    {
      key: CONTEXT_KEYS.functionName,
      template: functionName,
      rule: LAMBDA_NAME,
      what: 'a function name (1–64 of A-Z, a-z, 0-9, "-", "_")',
    },
  ];
  for (const { key, template, rule, what } of names) {
    if (environments.length > 1 && !template.includes(ENVIRONMENT_PLACEHOLDER)) {
      problems.push(
        `${key} is ${JSON.stringify(template)}; it needs ${ENVIRONMENT_PLACEHOLDER} so each environment gets its own.`,
      );
      continue;
    }
    const bad = environments
      .map((e) => perEnvironment(template, e))
      .filter((name) => !rule.test(name));
    if (bad.length > 0) {
      problems.push(`${key} gives ${bad.map((n) => JSON.stringify(n)).join(', ')}; not ${what}.`);
    }
  }
}

function readGitHubSettings(
  reader: ContextReader,
  environments: string[],
  problems: string[],
): GitHubSettings | undefined {
  const repository = reader.text(CONTEXT_KEYS.githubRepository);
  const providerArn = reader.text(CONTEXT_KEYS.githubOidcProviderArn);
  if (repository === undefined) {
    if (providerArn !== undefined) {
      problems.push(
        `${CONTEXT_KEYS.githubOidcProviderArn} is set without ${CONTEXT_KEYS.githubRepository}; the roles need the repository to trust.`,
      );
    }
    return undefined;
  }
  if (!REPOSITORY.test(repository)) {
    problems.push(
      `${CONTEXT_KEYS.githubRepository} is ${JSON.stringify(repository)}; expected "owner/name".`,
    );
  }
  const defaultBranch =
    reader.text(CONTEXT_KEYS.githubDefaultBranch) ?? DEFAULTS.githubDefaultBranch;
  if (!BRANCH.test(defaultBranch)) {
    problems.push(
      `${CONTEXT_KEYS.githubDefaultBranch} is ${JSON.stringify(defaultBranch)}; expected a branch name such as "main".`,
    );
  }
  if (providerArn !== undefined && !OIDC_PROVIDER_ARN.test(providerArn)) {
    problems.push(
      `${CONTEXT_KEYS.githubOidcProviderArn} is ${JSON.stringify(providerArn)}; expected arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com.`,
    );
  }
  const environmentOf = (key: string, fallback: string): string => {
    const value = reader.text(key) ?? fallback;
    if (!environments.includes(value)) {
      problems.push(
        `${key} is ${JSON.stringify(value)}, which is not one of ${CONTEXT_KEYS.environments} (${environments.join(', ')}).`,
      );
    }
    return value;
  };
  const github: GitHubSettings = {
    repository,
    defaultBranch,
    pullRequestEnvironment: environmentOf(
      CONTEXT_KEYS.githubPullRequestEnvironment,
      DEFAULTS.githubPullRequestEnvironment,
    ),
    defaultBranchEnvironment: environmentOf(
      CONTEXT_KEYS.githubDefaultBranchEnvironment,
      DEFAULTS.githubDefaultBranchEnvironment,
    ),
    actionMode:
      reader.choice(CONTEXT_KEYS.githubActionMode, ['upload-only', 'direct']) ??
      DEFAULTS.githubActionMode,
    maxSessionHours:
      reader.number(CONTEXT_KEYS.githubMaxSessionHours, RULES.githubMaxSessionHours) ??
      DEFAULTS.githubMaxSessionHours,
  };
  if (providerArn !== undefined) github.providerArn = providerArn;
  return github;
}

/** `{environment}_results` for `beta` is `beta_results`. */
export function perEnvironment(template: string, environment: string): string {
  return template.split(ENVIRONMENT_PLACEHOLDER).join(environment);
}

/**
 * Context values arrive as strings from `-c key=value` and as JSON values from cdk.json;
 * both spellings are accepted, nothing else is.
 */
class ContextReader {
  constructor(
    private readonly context: Context,
    private readonly problems: string[],
  ) {}

  text(key: string): string | undefined {
    const value = this.context(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problems.push(`${key} is ${JSON.stringify(value)}; expected a string.`);
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  list(key: string): string[] | undefined {
    const value = this.context(key);
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return value.map((v: string) => v.trim());
    }
    if (typeof value === 'string') {
      return value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
    }
    this.problems.push(`${key} is ${JSON.stringify(value)}; expected a list such as "beta,prod".`);
    return undefined;
  }

  number(key: string, rule: NumberRule): number | undefined {
    const value = this.context(key);
    if (value === undefined || value === null || value === '') return undefined;
    const text = typeof value === 'number' ? String(value) : value;
    const parsed = typeof text === 'string' ? parseNumber(text.trim(), rule) : undefined;
    if (parsed === undefined) {
      this.problems.push(`${key} is ${JSON.stringify(value)}; ${describeNumberRule(rule)}.`);
    }
    return parsed;
  }

  flag(key: string): boolean | undefined {
    const value = this.context(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    this.problems.push(`${key} is ${JSON.stringify(value)}; expected true or false.`);
    return undefined;
  }

  choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.text(key);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(
      `${key} is ${JSON.stringify(value)}; expected ${allowed.map((a) => `"${a}"`).join(' or ')}.`,
    );
    return undefined;
  }
}
