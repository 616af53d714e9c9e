import { AwsCaller, DEFAULT_RETRY_POLICY } from '../shared/aws-caller.js';
import { type AwsFailure, describeNeutral, errorCode, errorMessage } from '../shared/aws-errors.js';
import {
  type AwsClients,
  createClients,
  dynamodbOf,
  resolveCredentials,
} from '../shared/clients.js';
import { systemClock } from '../shared/clock.js';
import { ImageFailure } from '../shared/image-failure.js';
import { SearchDenied } from '../shared/label-search.js';
import { redact } from '../shared/redact.js';
import type { Services } from '../shared/services.js';
import { VERSION } from '../shared/version.js';
import { CliError } from './cli-io.js';

/** Where the command's AWS calls go: the region, from --region or the SDK's variables. */
export function regionOf(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const region = flag ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || '');
  if (region === '') {
    throw new CliError('No AWS region: pass --region (e.g. --region eu-west-1) or set AWS_REGION.');
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new CliError(
      `--region is ${JSON.stringify(region)}; expected a region such as eu-west-1.`,
    );
  }
  return region;
}

/** Failures worded for someone at a terminal: the flag or the credentials to fix. */
function cliWording(region: string): (failure: AwsFailure) => string {
  return (failure) => {
    const { operation, detail, code } = failure;
    switch (failure.topic) {
      case 'denied':
        return redact(
          `AccessDenied: ${operation.action} on ${operation.resource} was denied. Allow it for the credentials you are using.`,
        );
      case 'missing-resource':
        return redact(
          `${operation.resource} does not exist in ${region}. Check --table (and --index-table) and --region: ` +
            'the label index is created by the CDK app (docs/search.md).',
        );
      case 'credentials':
        return redact(
          `AWS rejected your credentials (${code}: ${detail}). Refresh them (aws sso login, or new keys) and try again.`,
        );
      default:
        return redact(describeNeutral(failure));
    }
  };
}

export interface CliAws {
  services: Services;
  close(): void;
}

/** Clients (DynamoDB only) with credentials checked before the first request. */
export async function connect(region: string): Promise<CliAws> {
  const clients: AwsClients = await createClients({
    region,
    userAgent: `rekognition-label-cli/${VERSION}`,
    s3: false,
  });
  const close = () => {
    clients.dynamodb?.destroy();
    clients.rekognition.destroy();
  };
  try {
    await resolveCredentials(dynamodbOf(clients));
  } catch (error) {
    close();
    throw noCredentials(error);
  }
  const services: Services = {
    clients,
    caller: new AwsCaller(16, systemClock, Date.now() + 10 * 60_000, DEFAULT_RETRY_POLICY),
    clock: systemClock,
    describe: cliWording(region),
  };
  return { services, close };
}

/**
 * Connects, asks, and closes: the one way a command talks to AWS. An AWS failure comes out as
 * the CliError it is for the user.
 */
export async function askAws<T>(
  region: string,
  ask: (services: Services) => Promise<T>,
): Promise<T> {
  const aws = await connect(region);
  try {
    return await ask(aws.services).catch((error: unknown) => {
      throw asCliError(error);
    });
  } finally {
    aws.close();
  }
}

/** An AWS failure as the CliError it is for the user; anything else is a bug and stays one. */
export function asCliError(error: unknown): unknown {
  if (error instanceof ImageFailure) return new CliError(error.message);
  if (error instanceof SearchDenied) {
    return new CliError(
      `AccessDenied: ${error.message}. Allow it for the credentials you are using.`,
    );
  }
  if (errorCode(error) === 'CredentialsProviderError') return new CliError(errorMessage(error));
  return error;
}

/**
 * The CliError for credentials the SDK could not find, as `connect` words it: for commands that
 * build clients of their own (backfill: S3 and S3 Control).
 */
export function noCredentials(error: unknown): CliError {
  return new CliError(
    `No AWS credentials found (${redact(errorMessage(error))}). Set AWS_PROFILE, or ` +
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`.',
  );
}
