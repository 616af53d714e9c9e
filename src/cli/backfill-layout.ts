/**
 * Where a backfill's files go in the report bucket, and the names of the CDK outputs that hold
 * what the command needs. infra/backfill.ts scopes the backfill role and the runner's policy to
 * the same prefixes (a test holds the two together); the CLI bundle must not load the CDK.
 */
export const BACKFILL_PREFIX = 'rekognition-backfill';

/** `rekognition-backfill/prod/manifests/`: the manifests of prod's jobs. */
export const manifestsPrefixOf = (environment: string): string =>
  `${BACKFILL_PREFIX}/${environment}/manifests/`;

/**
 * `rekognition-backfill/prod/reports`: the job's report prefix. No trailing slash: S3 Batch
 * Operations adds `/job-{id}/…` after it, inside the role's `reports/*`.
 */
export const reportsPrefixOf = (environment: string): string =>
  `${BACKFILL_PREFIX}/${environment}/reports`;

/** `pr-preview` → `PrPreview`, as the CDK app names an environment's outputs. */
export function outputNameOf(environment: string): string {
  return environment
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Where the person running the command finds the policy it needs. */
export const BACKFILL_POLICY_DOC = 'docs/deploy.md, "Backfill"';
