/**
 * Where a backfill's files go in the images bucket, and how the CDK app names an environment's
 * outputs: one copy for the CDK app (which scopes the backfill role and the runner's policy to
 * these prefixes) and the CLI (which writes there and names the outputs in its errors). The
 * prefix is outside every notified `{prefix}/{env}/` (the CDK settings refuse a `prefix` under
 * it), so a manifest or a report never invokes a labeler.
 */
export const BACKFILL_PREFIX = 'rekognition-backfill';

/** `rekognition-backfill/prod/manifests/`: the manifests of prod's jobs. */
export const backfillManifestsOf = (environment: string): string =>
  `${BACKFILL_PREFIX}/${environment}/manifests/`;

/**
 * `rekognition-backfill/prod/reports`: a job's report prefix. No trailing slash: S3 Batch
 * Operations adds `/job-{id}/…` after it, inside the role's `reports/*`.
 */
export const backfillReportPrefixOf = (environment: string): string =>
  `${BACKFILL_PREFIX}/${environment}/reports`;

/** `pr-preview` → `PrPreview`: stack output names allow only letters and digits. */
export function outputName(environment: string): string {
  return environment
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
