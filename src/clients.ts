import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { S3Client } from '@aws-sdk/client-s3';

export interface AwsClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  rekognition: RekognitionClient;
}

export interface ClientOptions {
  region: string;
  userAgent?: string;
  /** Sockets per client; the SDK's default of 50 would cap `concurrency` 100. */
  maxSockets?: number;
}

/**
 * The one place clients are built. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL_* variables, so tests and the demo need no code path of
 * their own. Retries are AwsCaller's job, hence maxAttempts 1.
 */
export function createClients(options: ClientOptions): AwsClients {
  const common = {
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
  return {
    s3: new S3Client(common),
    dynamodb: new DynamoDBClient(common),
    rekognition: new RekognitionClient(common),
  };
}

/** Resolves credentials once, before any image is touched, so a missing role fails fast. */
export async function resolveCredentials(client: {
  config: { credentials: unknown };
}): Promise<void> {
  const provider = client.config.credentials;
  if (typeof provider === 'function') await (provider as () => Promise<unknown>)();
}

export function destroyClients(clients: AwsClients): void {
  clients.s3.destroy();
  clients.dynamodb.destroy();
  clients.rekognition.destroy();
}
