import { LAMBDA_DEFAULTS } from '../src/lambda/config.js';
import { ENVIRONMENT_PLACEHOLDER } from '../src/shared/settings-rules.js';

/** The context keys, in one place: docs/deploy.md's settings table and the tests use this list. */
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
  moderationEnvironments: 'moderation-environments',
  moderationMinConfidence: 'moderation-min-confidence',
  expireAfterDays: 'expire-after-days',
  logRetentionDays: 'log-retention-days',
  pointInTimeRecovery: 'point-in-time-recovery',
  lambdaTimeoutSeconds: 'lambda-timeout-seconds',
  lambdaMemoryMb: 'lambda-memory-mb',
  maxEventAgeSeconds: 'max-event-age-seconds',
  reservedConcurrency: 'reserved-concurrency',
  alarmEmail: 'alarm-email',
  removalPolicy: 'removal-policy',
  backfill: 'backfill',
  githubRepository: 'github-repository',
  githubDefaultBranch: 'github-default-branch',
  githubPullRequestEnvironment: 'github-pull-request-environment',
  githubDefaultBranchEnvironment: 'github-default-branch-environment',
  githubPullRequestCompareEnvironment: 'github-pull-request-compare-environment',
  githubOidcProviderArn: 'github-oidc-provider-arn',
  githubActionMode: 'github-action-mode',
  githubMaxSessionHours: 'github-max-session-hours',
} as const;

export const DEFAULTS = {
  stackName: 'RekognitionLabel',
  prefix: LAMBDA_DEFAULTS.PREFIX,
  environments: ['beta', 'prod'],
  tableName: `${ENVIRONMENT_PLACEHOLDER}_results`,
  functionName: `rekognition-${ENVIRONMENT_PLACEHOLDER}-handler`,
  ttlHours: Number(LAMBDA_DEFAULTS.TTL_HOURS),
  minConfidence: Number(LAMBDA_DEFAULTS.MIN_CONFIDENCE),
  maxLabels: Number(LAMBDA_DEFAULTS.MAX_LABELS),
  moderationEnvironments: [] as string[],
  moderationMinConfidence: Number(LAMBDA_DEFAULTS.MODERATION_MIN_CONFIDENCE),
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
