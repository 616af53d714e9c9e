import type { S3Client } from '@aws-sdk/client-s3';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import { AwsCaller, DEFAULT_RETRY_POLICY } from '../shared/aws-caller.js';
import { type AwsOperation, awsFailure, describeNeutral, errorCode } from '../shared/aws-errors.js';
import { clientConfig, resolveCredentials } from '../shared/clients.js';
import type { Clock } from '../shared/clock.js';
import { redact } from '../shared/redact.js';
import { VERSION } from '../shared/version.js';
import { noCredentials } from './cli-aws.js';
import { CliError } from './cli-io.js';
import { BACKFILL_POLICY_DOC } from './backfill-layout.js';

/**
 * The backfill's own clients, S3 and S3 Control (no other command needs them, so they are not
 * in shared/clients.ts), with their requests through one AwsCaller: throttles and 5xx are
 * retried with backoff, as for every other AWS call of the product.
 */
export interface BackfillAws {
  region: string;
  s3: S3Client;
  /** Built on first use: a dry run never loads the S3 Control SDK. */
  control(): Promise<S3ControlClient>;
  caller: AwsCaller;
  close(): void;
}

/** The endpoint the SDK would take from the environment for this service, if any. */
export function configuredEndpoint(
  env: NodeJS.ProcessEnv,
  service: 'S3' | 'S3_CONTROL',
): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  const name = env[`AWS_ENDPOINT_URL_${service}`]
    ? `AWS_ENDPOINT_URL_${service}`
    : 'AWS_ENDPOINT_URL';
  const value = env[name];
  if (!value) return undefined;
  // `localhost:4566` parses as a URL whose scheme is `localhost:`.
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new CliError(
      `${name} is ${JSON.stringify(value)}; expected a URL such as http://127.0.0.1:4566.`,
    );
  }
  return value;
}

/**
 * True for an endpoint whose host cannot take a subdomain: an IP address or `localhost`.
 * S3 Control's endpoint rules put the account id in front of a configured endpoint's host
 * (`123456789012.127.0.0.1`, not a URL at all), which only a DNS name can resolve.
 */
export function hostTakesNoPrefix(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** The product's client settings (no SDK retries: the AwsCaller's), with the CLI's agent. */
const configFor = (region: string) =>
  clientConfig({ region, userAgent: `rekognition-label-cli/${VERSION}` });

async function s3Client(region: string, env: NodeJS.ProcessEnv): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = configuredEndpoint(env, 'S3');
  return new S3Client({
    ...configFor(region),
    // Path-style on a configured endpoint: `bucket.localhost` resolves nowhere.
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  });
}

async function controlClient(region: string, env: NodeJS.ProcessEnv): Promise<S3ControlClient> {
  const { S3ControlClient } = await import('@aws-sdk/client-s3-control');
  const endpoint = configuredEndpoint(env, 'S3_CONTROL');
  // disableHostPrefix would not help: the account id is added by the endpoint rules, not by
  // a host prefix trait, so for such a host the endpoint is given as it is.
  const asIs = endpoint !== undefined && hostTakesNoPrefix(endpoint);
  return new S3ControlClient({
    ...configFor(region),
    ...(endpoint ? { endpoint } : {}),
    ...(asIs ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
  });
}

/** The clients, with credentials checked before the first request. */
export async function connectBackfill(
  region: string,
  env: NodeJS.ProcessEnv,
  clock: Clock,
): Promise<BackfillAws> {
  const s3 = await s3Client(region, env);
  let control: S3ControlClient | undefined;
  const close = () => {
    s3.destroy();
    control?.destroy();
  };
  try {
    await resolveCredentials(s3);
  } catch (error) {
    close();
    throw noCredentials(error);
  }
  return {
    region,
    s3,
    control: async () => (control ??= await controlClient(region, env)),
    // Requests go one at a time. Throttles are retried for hours: listing ten million objects
    // takes a while, and a SlowDown late in it must not throw the listing away.
    caller: new AwsCaller(4, clock, clock.now() + 6 * 3_600_000, DEFAULT_RETRY_POLICY),
    close,
  };
}

/** An AWS request of the backfill, with what a failure must name. */
export interface BackfillOperation extends AwsOperation {
  /** The flag that named the resource: `--bucket`, `--report-bucket`. */
  flag?: string;
  /** The statement of the runner's policy (docs/deploy.md) that allows the action. */
  statement: string;
  /** The role CreateJob passes, for an iam:PassRole denial. */
  passRole?: string;
}

/** Whether `error` came from AWS or the network (a bug is not worded as one). */
function fromAws(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { $metadata?: unknown; code?: unknown };
  return (
    e.$metadata !== undefined ||
    typeof e.code === 'string' ||
    errorCode(error) === 'CredentialsProviderError'
  );
}

/** One request through the caller; an AWS failure becomes the CliError that says what to fix. */
export async function backfillStep<T>(
  aws: BackfillAws,
  operation: BackfillOperation,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await aws.caller.call(send, operation.action.split(':')[0]);
  } catch (error) {
    if (!fromAws(error)) throw error;
    throw new CliError(describeBackfillFailure(aws.region, operation, error));
  }
}

export function describeBackfillFailure(
  region: string,
  operation: BackfillOperation,
  error: unknown,
): string {
  const failure = awsFailure(error, operation);
  const { code, detail } = failure;
  const flag = operation.flag === undefined ? '' : ` (${operation.flag})`;
  switch (failure.topic) {
    case 'denied': {
      const passRole = operation.passRole !== undefined && /iam:PassRole/i.test(detail);
      const action = passRole ? 'iam:PassRole' : operation.action;
      const resource = passRole ? operation.passRole : operation.resource;
      const statement = passRole ? 'PassTheBackfillRole' : operation.statement;
      return redact(
        `AccessDenied: ${action} on ${resource} was denied. Allow it for the credentials you are using: ` +
          `${BACKFILL_POLICY_DOC} gives the policy (statement ${statement}).`,
      );
    }
    case 'missing-bucket':
      return `The bucket ${operation.bucket}${flag} does not exist in ${region} (NoSuchBucket). Check the name and --region.`;
    case 'wrong-region':
      return redact(
        `The bucket ${operation.bucket}${flag} is not in ${region} (${code}: ${detail}). A backfill reads buckets in the region of its function and stack (Rekognition reads an S3Object only from its own region): pass that region with --region, or copy the images to a bucket there.`,
      );
    case 'credentials':
      return redact(
        `AWS rejected your credentials (${code}: ${detail}). Refresh them (aws sso login, or new keys) and try again.`,
      );
    default:
      return redact(describeNeutral(failure));
  }
}
