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
export function labelerStatements(arns: LabelerArns, moderation = false): PolicyStatement[] {
  return [
    allow('ReadItsOwnPrefix', ['s3:GetObject'], [arns.objects]),
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
