import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import type { S3Client } from '@aws-sdk/client-s3';
import { encodeImagesNatively } from './native-base64.js';
import { releaseBodiesOnceSent } from './release-body.js';

export interface AwsClients {
  /** Only when asked for: bytes mode never loads the S3 SDK (8 MB of memory, measured). */
  s3?: S3Client;
  /** Only when asked for: a run without a table never loads the DynamoDB SDK (start-up). */
  dynamodb?: DynamoDBClient;
  rekognition: RekognitionClient;
}

export interface ClientOptions {
  region: string;
  userAgent?: string;
  /** Sockets per client; the SDK's default of 50 would cap `concurrency` 100. */
  maxSockets?: number;
  /** Build the S3 client too (default true). */
  s3?: boolean;
  /** Build the DynamoDB client too (default true). */
  dynamodb?: boolean;
}

/**
 * What every client of the product is built with: the region, no SDK retries (AwsCaller's job,
 * hence maxAttempts 1), the connection and request timeouts, sockets when asked for, and the
 * user agent. Commands with clients of their own (the CLI's backfill: S3 and S3 Control) start
 * from it too.
 */
export function clientConfig(options: Omit<ClientOptions, 's3' | 'dynamodb'>) {
  return {
    region: options.region,
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: 5_000,
      requestTimeout: 120_000,
      ...(options.maxSockets
        ? {
            httpAgent: { keepAlive: true, maxSockets: options.maxSockets },
            httpsAgent: { keepAlive: true, maxSockets: options.maxSockets },
          }
        : {}),
    },
    ...(options.userAgent ? { customUserAgent: options.userAgent } : {}),
  };
}

/**
 * The one place clients are built. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL_* variables, so tests and the demo need no code path of
 * their own. Retries are AwsCaller's job, hence maxAttempts 1.
 */
export async function createClients(options: ClientOptions): Promise<AwsClients> {
  const common = clientConfig(options);
  const rekognition = new RekognitionClient(common);
  // Image bytes are the only large bodies (DetectLabels and uploads): see release-body.ts.
  releaseBodiesOnceSent(rekognition.middlewareStack);
  // Their base64, too: see native-base64.ts.
  encodeImagesNatively(rekognition.middlewareStack);
  const clients: AwsClients = { rekognition };
  if (options.dynamodb !== false) {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    clients.dynamodb = new DynamoDBClient(common);
  }
  if (options.s3 !== false) {
    const { S3Client } = await import('@aws-sdk/client-s3');
    clients.s3 = new S3Client(common);
    releaseBodiesOnceSent(clients.s3.middlewareStack);
  }
  return clients;
}

/** The S3 client; only code that runs with a bucket asks for it. */
export function s3Of(clients: AwsClients): S3Client {
  if (!clients.s3) throw new Error('Internal error: S3 was used without a bucket configured.');
  return clients.s3;
}

/** The DynamoDB client; only code that runs with a table asks for it. */
export function dynamodbOf(clients: AwsClients): DynamoDBClient {
  if (!clients.dynamodb) {
    throw new Error('Internal error: DynamoDB was used without a table configured.');
  }
  return clients.dynamodb;
}

/** Resolves credentials once, before any image is touched, so a missing role fails fast. */
export async function resolveCredentials(client: {
  config: { credentials: unknown };
}): Promise<void> {
  const provider = client.config.credentials;
  if (typeof provider === 'function') await (provider as () => Promise<unknown>)();
}

/** What the default credential chain tried, in the SDK's own debug lines, and how it ended. */
export interface CredentialsTrace {
  /** Undefined when the chain found credentials this time. */
  error?: unknown;
  /** `@aws-sdk/credential-provider-node - defaultProvider::fromIni`, `@smithy/property-provider -> …` */
  steps: string[];
}

/**
 * Runs the default credential chain again, on a client of its own with a logger, to learn which
 * provider failed and why: the chain reports only its last error ("Could not load credentials
 * from any providers"), while each provider says why it passed in a debug line. Only for
 * explaining a failure: the clients that send requests carry no logger.
 */
export async function traceCredentials(region: string): Promise<CredentialsTrace> {
  const steps: string[] = [];
  const ignore = () => {};
  const logger = {
    debug: (...parts: unknown[]) => {
      steps.push(parts.map(String).join(' '));
    },
    info: ignore,
    warn: ignore,
    error: ignore,
  };
  const client = new RekognitionClient({ region, maxAttempts: 1, logger });
  try {
    await resolveCredentials(client);
    return { steps };
  } catch (error) {
    return { error, steps };
  } finally {
    client.destroy();
  }
}

export function destroyClients(clients: AwsClients): void {
  clients.s3?.destroy();
  clients.dynamodb?.destroy();
  clients.rekognition.destroy();
}
