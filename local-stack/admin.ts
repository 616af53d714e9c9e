import {
  type AttributeValue,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
  paginateScan,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { RekognitionClient, type RekognitionClientConfig } from '@aws-sdk/client-rekognition';
import { CreateBucketCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { setTimeout as sleep } from 'node:timers/promises';
import { SHA256_INDEX } from '../src/shared/results-table.js';

/**
 * Setup and inspection helpers for tests, benchmarks and the demo, all through the real
 * SDK against the stack's endpoints.
 */

/** Anything that knows the stack's endpoints: a LocalStack or a spawned stack. */
export interface StackRef {
  endpoints: { s3: string; dynamodb: string; rekognition: string };
  env: Record<string, string>;
}

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const regionOf = (stack: StackRef) => stack.env.AWS_REGION ?? 'us-east-1';

export function s3Client(stack: StackRef): S3Client {
  return new S3Client({
    endpoint: stack.endpoints.s3,
    region: regionOf(stack),
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function dynamoClient(
  stack: StackRef,
  config: Partial<DynamoDBClientConfig> = {},
): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: stack.endpoints.dynamodb,
    region: regionOf(stack),
    credentials,
    ...config,
  });
}

export function rekognitionClient(
  stack: StackRef,
  config: Partial<RekognitionClientConfig> = {},
): RekognitionClient {
  return new RekognitionClient({
    endpoint: stack.endpoints.rekognition,
    region: regionOf(stack),
    credentials,
    ...config,
  });
}

export async function createBucket(stack: StackRef, name: string): Promise<void> {
  const s3 = s3Client(stack);
  try {
    await s3.send(new CreateBucketCommand({ Bucket: name }));
  } finally {
    s3.destroy();
  }
}

export interface CreateTableOptions {
  /** TTL attribute enabled after creation; default `expires_at`. */
  ttlAttribute?: string;
  /** A NEW_AND_OLD_IMAGES stream (emulated by the shim), as the label index needs. */
  stream?: boolean;
}

/** Creates the table and returns once it is ACTIVE; the caller destroys `db`. */
async function createActive(db: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  await db.send(new CreateTableCommand(input));
  // The SDK waiter sleeps 20 s between polls; dynalite is ACTIVE within milliseconds.
  for (let i = 0; i < 200; i++) {
    const { Table } = await db.send(new DescribeTableCommand({ TableName: input.TableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await sleep(10);
  }
}

/** A results table's label index (label-index.ts): `index_key` and `filename`, on-demand. */
export async function createIndexTable(stack: StackRef, name: string): Promise<void> {
  const db = dynamoClient(stack);
  try {
    await createActive(db, {
      TableName: name,
      AttributeDefinitions: [
        { AttributeName: 'index_key', AttributeType: 'S' },
        { AttributeName: 'filename', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'index_key', KeyType: 'HASH' },
        { AttributeName: 'filename', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    });
  } finally {
    db.destroy();
  }
}

/**
 * The action's table: partition key `filename` (S), the `sha256-index`, on-demand, TTL on
 * `expires_at`.
 */
export async function createTable(
  stack: StackRef,
  name: string,
  options: CreateTableOptions = {},
): Promise<void> {
  const db = dynamoClient(stack);
  try {
    await createActive(db, {
      TableName: name,
      AttributeDefinitions: [
        { AttributeName: 'filename', AttributeType: 'S' },
        { AttributeName: 'sha256', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'filename', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      // As the CDK app creates it: renamed images find their labels by their bytes.
      GlobalSecondaryIndexes: [
        {
          IndexName: SHA256_INDEX,
          KeySchema: [{ AttributeName: 'sha256', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      ...(options.stream
        ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }
        : {}),
    });
    await db.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: {
          Enabled: true,
          AttributeName: options.ttlAttribute ?? 'expires_at',
        },
      }),
    );
  } finally {
    db.destroy();
  }
}

export interface ListedObject {
  key: string;
  size: number;
}

export async function listObjects(
  stack: StackRef,
  bucket: string,
  prefix?: string,
): Promise<ListedObject[]> {
  const s3 = s3Client(stack);
  try {
    const out: ListedObject[] = [];
    for await (const page of paginateListObjectsV2(
      { client: s3 },
      { Bucket: bucket, Prefix: prefix },
    )) {
      for (const object of page.Contents ?? [])
        out.push({ key: object.Key!, size: object.Size ?? 0 });
    }
    return out;
  } finally {
    s3.destroy();
  }
}

/** Every item of the table, in DynamoDB's attribute-value form. */
export async function scanTable(
  stack: StackRef,
  table: string,
): Promise<Record<string, AttributeValue>[]> {
  const db = dynamoClient(stack);
  try {
    const out: Record<string, AttributeValue>[] = [];
    for await (const page of paginateScan({ client: db }, { TableName: table })) {
      out.push(...(page.Items ?? []));
    }
    return out;
  } finally {
    db.destroy();
  }
}
