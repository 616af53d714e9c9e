import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SHA256_INDEX } from '../src/shared/results-table.js';
import type { ActionMode } from './github-settings.js';

/**
 * The permissions of every role the backend creates, in one place, so the README's policies for
 * a hand-made deploy and the tests read the same statements the stack deploys.
 */

/** ARNs one environment's roles are scoped to. */
export interface EnvironmentArns {
  /** `arn:aws:s3:::BUCKET/{prefix}/{env}/*`: the only objects this environment may touch. */
  objects: string;
  table: string;
}

export interface LabelerArns extends EnvironmentArns {
  /** The function's own log group, as `...:log-group:NAME:*` (its streams). */
  logStreams: string;
  failureQueue: string;
}

/** ARNs the label index's stream consumer is scoped to. */
export interface IndexWriterArns {
  /** The results table whose stream it reads; it gets nothing on the table itself. */
  resultsTable: string;
  indexTable: string;
  /** Its own log group, as `...:log-group:NAME:*` (its streams). */
  logStreams: string;
  failureQueue: string;
}

/** `{table ARN}/stream/*`: any stream of the table, since a re-enabled stream gets a new label. */
export const streamsOf = (table: string): string => `${table}/stream/*`;

/** The results table's `sha256-index`, where writers look for the same bytes under other paths. */
export const sha256IndexOf = (table: string): string => `${table}/index/${SHA256_INDEX}`;

const allow = (sid: string, actions: string[], resources: string[]): PolicyStatement =>
  new PolicyStatement({ sid, effect: Effect.ALLOW, actions, resources });

// DetectLabels and DetectModerationLabels have no resource type, so IAM accepts only "*".
// Moderation is granted only where it is on.
const label = (moderation: boolean): PolicyStatement =>
  allow(
    'Label',
    ['rekognition:DetectLabels', ...(moderation ? ['rekognition:DetectModerationLabels'] : [])],
    ['*'],
  );

/**
 * Both writers of items (the function, and direct-mode runs) look up a new image's bytes in the
 * `sha256-index` to reuse the labels of a renamed or copied image: a Query of the index only,
 * which reads no more than GetItem on the table already does.
 */
const findSameBytes = (table: string): PolicyStatement =>
  allow('FindSameBytes', ['dynamodb:Query'], [sha256IndexOf(table)]);

/**
 * The S3-triggered function: read its own prefix (HeadObject, ranged GETs, and Rekognition's
 * read of the S3Object, which uses the caller's role), label, read and write its own table,
 * write its own log group, and hand events that still fail to its own queue.
 */
export function labelerStatements(
  arns: LabelerArns,
  moderation = false,
  backfillSources: string[] = [],
): PolicyStatement[] {
  return [
    allow('ReadItsOwnPrefix', ['s3:GetObject'], [arns.objects]),
    ...(backfillSources.length > 0 ? [readBackfillSources(backfillSources)] : []),
    label(moderation),
    allow(
      'ItsOwnTable',
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      [arns.table],
    ),
    findSameBytes(arns.table),
    allow('ItsOwnLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [arns.logStreams]),
    allow('ItsOwnFailureQueue', ['sqs:SendMessage'], [arns.failureQueue]),
  ];
}

/**
 * The label index's stream consumer: read the results table's stream (never the table), put and
 * delete rows of its own index table, write its own log group, and hand batches that still fail
 * to its own queue (Lambda sends them with the function's role).
 */
export function indexWriterStatements(arns: IndexWriterArns): PolicyStatement[] {
  return [
    allow(
      'ReadItsResultsStream',
      [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ],
      [streamsOf(arns.resultsTable)],
    ),
    allow('WriteItsIndex', ['dynamodb:DeleteItem', 'dynamodb:PutItem'], [arns.indexTable]),
    allow('ItsOwnLogGroup', ['logs:CreateLogStream', 'logs:PutLogEvents'], [arns.logStreams]),
    allow('ItsOwnFailureQueue', ['sqs:SendMessage'], [arns.failureQueue]),
  ];
}

/**
 * Whoever runs the CLI's `find` and `labels` (docs/deploy.md): Query the index, then read the
 * hits' current items (every hit is checked against its item). No role of the stack gets this.
 */
export function searchStatements(resultsTable: string, indexTable: string): PolicyStatement[] {
  return [
    allow('QueryTheLabelIndex', ['dynamodb:Query'], [indexTable]),
    allow('ReadTheResults', ['dynamodb:BatchGetItem'], [resultsTable]),
  ];
}

/**
 * A workflow role. `upload-only` uploads and reads the table (to skip images already labeled,
 * and for `wait-for-results`). `direct` also labels from the runner: Rekognition reads the
 * uploaded object with the workflow's role, hence `s3:GetObject`, and the action writes the item.
 */
export function workflowStatements(
  mode: ActionMode,
  arns: EnvironmentArns,
  moderation = false,
): PolicyStatement[] {
  if (mode === 'upload-only') {
    return [
      allow('UploadToItsOwnPrefix', ['s3:PutObject'], [arns.objects]),
      allow('ReadItsOwnTable', ['dynamodb:BatchGetItem', 'dynamodb:GetItem'], [arns.table]),
      extendExpiry(arns.table),
    ];
  }
  return [
    allow('UploadToItsOwnPrefix', ['s3:GetObject', 's3:PutObject'], [arns.objects]),
    label(moderation),
    allow(
      'ItsOwnTable',
      ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      [arns.table],
    ),
    findSameBytes(arns.table),
  ];
}

/** ARNs one environment's S3 Batch Operations role is scoped to. */
export interface BackfillJobArns {
  /** That environment's labeler, unqualified: the ARN the job is created with. */
  function: string;
  /** `arn:aws:s3:::bucket/prefix*` per `backfill` location. */
  sources: string[];
  /** `arn:aws:s3:::IMAGES/rekognition-backfill/{env}/manifests/*`. */
  manifests: string;
  /** `arn:aws:s3:::IMAGES/rekognition-backfill/{env}/reports/*`. */
  reports: string;
}

/** Reading a source object, at its current version or the one the manifest names. */
const READ_OBJECTS = ['s3:GetObject', 's3:GetObjectVersion'];

/**
 * The role S3 Batch Operations assumes to run a backfill job of one environment: invoke that
 * environment's labeler and no other function, read the job's manifest, write its completion
 * report, and read the source objects as the issue asks (a LambdaInvoke job itself only hands
 * keys to the function, which reads the bytes with its own role).
 * No `s3:GetBucketLocation`: AWS's examples grant it on `{bucket}/*`, an object ARN that a
 * bucket action never matches, so their jobs run without it; no `:*` on the function either,
 * since jobs are created with the unqualified ARN.
 */
export function backfillJobStatements(arns: BackfillJobArns): PolicyStatement[] {
  return [
    allow('InvokeItsLabeler', ['lambda:InvokeFunction'], [arns.function]),
    allow('ReadTheSources', READ_OBJECTS, arns.sources),
    allow('ReadItsManifests', READ_OBJECTS, [arns.manifests]),
    allow('WriteItsReports', ['s3:PutObject'], [arns.reports]),
  ];
}

/**
 * What a labeler adds when `backfill` is set: the objects a job hands it, read with its own
 * role (GetObject, ranged GETs and Rekognition's read of the S3Object), at any version.
 */
export function readBackfillSources(sources: string[]): PolicyStatement {
  return allow('ReadBackfillSources', READ_OBJECTS, sources);
}

/** What the person who runs the CLI's `backfill` for one environment is scoped to. */
export interface BackfillRunnerArns {
  /** `arn:aws:s3:::bucket` per source bucket, for listing. */
  sourceBuckets: string[];
  manifests: string;
  /** The environment's completion reports, read back to see what each object came to. */
  reports: string;
  /** The environment's backfill role, which only S3 may be handed. */
  role: string;
  /** `arn:aws:s3:REGION:ACCOUNT:job/*`: this account's Batch Operations jobs here. */
  jobs: string;
}

/**
 * Whoever runs `node dist/cli/index.js backfill` (docs/deploy.md): list the sources, write the
 * manifest, create the job with the backfill role (CreateJob has no resource type), then
 * confirm and watch it. No role of the stack gets this.
 */
export function backfillRunnerStatements(arns: BackfillRunnerArns): PolicyStatement[] {
  return [
    allow('ListTheSources', ['s3:ListBucket'], arns.sourceBuckets),
    allow('WriteTheManifests', ['s3:PutObject'], [arns.manifests]),
    // No resource type to scope it by; the condition allows only jobs that invoke a function.
    new PolicyStatement({
      sid: 'CreateTheJob',
      effect: Effect.ALLOW,
      actions: ['s3:CreateJob'],
      resources: ['*'],
      conditions: { StringEquals: { 's3:RequestJobOperation': 'LambdaInvoke' } },
    }),
    new PolicyStatement({
      sid: 'PassTheBackfillRole',
      effect: Effect.ALLOW,
      actions: ['iam:PassRole'],
      resources: [arns.role],
      // Batch Operations jobs are created through S3's control API: the role goes to S3.
      conditions: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
    }),
    allow('ConfirmAndWatchTheJob', ['s3:DescribeJob', 's3:UpdateJobStatus'], [arns.jobs]),
    allow('ReadTheReports', ['s3:GetObject'], [arns.reports]),
  ];
}

/**
 * Upload-only runs write no item, but they slide the expiry of the items they reuse (the image
 * is still in the repository): an UpdateItem that may touch only the key, the sha256 it checks
 * and `expires_at`.
 */
function extendExpiry(table: string): PolicyStatement {
  return new PolicyStatement({
    sid: 'ExtendItsOwnItems',
    effect: Effect.ALLOW,
    actions: ['dynamodb:UpdateItem'],
    resources: [table],
    conditions: {
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['filename', 'sha256', 'expires_at'] },
    },
  });
}

/**
 * What the action's `compare-environment` reads: the items of another environment's table,
 * never a write. Given to the pull-request role only when asked
 * (`github-pull-request-compare-environment`): it lets pull requests see prod's labels.
 */
export function compareStatements(comparedTable: string): PolicyStatement[] {
  return [
    allow('ReadComparedTable', ['dynamodb:BatchGetItem', 'dynamodb:GetItem'], [comparedTable]),
  ];
}

export const GITHUB_TOKEN_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_AUDIENCE = 'sts.amazonaws.com';

/** The `sub` claim of a pull-request job of `repository`. */
export const pullRequestSubject = (repository: string): string => `repo:${repository}:pull_request`;

/** The `sub` claim of a job on `branch` (a push, or a merge to it). */
export const branchSubject = (repository: string, branch: string): string =>
  `repo:${repository}:ref:refs/heads/${branch}`;

/** Exact matches only: a `StringLike` with `*` would let any branch or fork in. */
export function githubTrustConditions(subject: string): Record<string, Record<string, string>> {
  return {
    StringEquals: {
      [`${GITHUB_TOKEN_HOST}:aud`]: GITHUB_AUDIENCE,
      [`${GITHUB_TOKEN_HOST}:sub`]: subject,
    },
  };
}
