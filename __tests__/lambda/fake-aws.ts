import {
  DynamoDBClient,
  GetItemCommand,
  type GetItemCommandInput,
  PutItemCommand,
  type PutItemCommandInput,
  UpdateItemCommand,
  QueryCommand,
  type QueryCommandInput,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import {
  DetectLabelsCommand,
  type DetectLabelsCommandInput,
  type DetectLabelsCommandOutput,
  DetectModerationLabelsCommand,
  type DetectModerationLabelsCommandOutput,
  RekognitionClient,
} from '@aws-sdk/client-rekognition';
import {
  GetObjectCommand,
  type GetObjectCommandInput,
  HeadObjectCommand,
  type HeadObjectCommandInput,
  S3Client,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AwsClients } from '../../src/shared/clients.js';
import type { Item } from '../../src/shared/record.js';

export const awsError = (name: string, status: number) =>
  Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

export interface StoredObject {
  body: Buffer;
  metadata?: Record<string, string>;
  /** HeadObject's LastModified, when a test needs one. */
  lastModified?: Date;
}

/**
 * A bucket, tables and Rekognition behind aws-sdk-client-mock. Every answer depends on the
 * request's bucket, key or table, never on the order of calls.
 */
export function fakeAws() {
  const s3 = mockClient(S3Client);
  const dynamodb = mockClient(DynamoDBClient);
  const rekognition = mockClient(RekognitionClient);
  const objects = new Map<string, StoredObject>();
  const tables = new Map<string, Map<string, Item>>();
  /** Keys whose DetectLabels answers this error. */
  const detectErrors = new Map<string, Error>();
  let labels: DetectLabelsCommandOutput['Labels'] = [
    { Name: 'Cat', Confidence: 99.876543 },
    { Name: 'Pet', Confidence: 95.123456 },
  ];

  const etagOf = (body: Buffer) => createHash('md5').update(body).digest('hex');
  const find = (bucket: string | undefined, key: string | undefined) =>
    objects.get(`${bucket}/${key}`);

  s3.on(HeadObjectCommand).callsFake((input: HeadObjectCommandInput) => {
    const object = find(input.Bucket, input.Key);
    if (!object) throw awsError('NotFound', 404);
    return {
      ETag: `"${etagOf(object.body)}"`,
      ContentLength: object.body.length,
      Metadata: object.metadata ?? {},
      ...(object.lastModified ? { LastModified: object.lastModified } : {}),
    };
  });
  s3.on(GetObjectCommand).callsFake((input: GetObjectCommandInput) => {
    const object = find(input.Bucket, input.Key);
    if (!object) throw awsError('NoSuchKey', 404);
    const range = /^bytes=(\d+)-(\d+)$/.exec(input.Range ?? '');
    const body = range ? object.body.subarray(Number(range[1]), Number(range[2]) + 1) : object.body;
    return {
      Body: sdkStreamMixin(Readable.from([body])),
      ContentLength: body.length,
      ETag: `"${etagOf(object.body)}"`,
    };
  });
  dynamodb.on(GetItemCommand).callsFake((input: GetItemCommandInput) => ({
    Item: tables.get(input.TableName!)?.get(input.Key!.filename!.S!),
  }));
  dynamodb.on(PutItemCommand).callsFake((input: PutItemCommandInput) => {
    const table = tables.get(input.TableName!);
    if (!table) throw awsError('ResourceNotFoundException', 400);
    const key = input.Item!.filename!.S!;
    if (input.ConditionExpression !== undefined) {
      // The one condition the writers use (results-table.ts); dynalite checks the real thing.
      expect(input.ConditionExpression).toBe(
        'attribute_not_exists(filename) OR attribute_not_exists(observed_at) OR observed_at <= :observed',
      );
      const stored = table.get(key)?.observed_at?.N;
      const observed = input.ExpressionAttributeValues![':observed']!.N!;
      if (stored !== undefined && Number(stored) > Number(observed)) {
        throw awsError('ConditionalCheckFailedException', 400);
      }
    }
    table.set(key, input.Item!);
    return {};
  });
  // Only the sliding-expiry update (results-table.ts extendExpiry); dynalite runs the real one.
  dynamodb.on(UpdateItemCommand).callsFake((input: UpdateItemCommandInput) => {
    const item = tables.get(input.TableName!)?.get(input.Key!.filename!.S!);
    if (!item || item.sha256?.S !== input.ExpressionAttributeValues![':sha']!.S) {
      throw awsError('ConditionalCheckFailedException', 400);
    }
    const rest = { ...item };
    delete rest.expires_at;
    const at = input.ExpressionAttributeValues![':at'];
    tables
      .get(input.TableName!)!
      .set(input.Key!.filename!.S!, at ? { ...rest, expires_at: at } : rest);
    return {};
  });
  // Only the sha256-index look-up (results-table.ts findSameBytes); dynalite runs the real one.
  dynamodb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    expect(input).toMatchObject({
      IndexName: 'sha256-index',
      KeyConditionExpression: 'sha256 = :sha',
    });
    const sha = input.ExpressionAttributeValues![':sha']!.S;
    const table = tables.get(input.TableName!);
    if (!table) throw awsError('ResourceNotFoundException', 400);
    return { Items: [...table.values()].filter((item) => item.sha256?.S === sha) };
  });
  rekognition.on(DetectLabelsCommand).callsFake((input: DetectLabelsCommandInput) => {
    // Errors are set by key; bytes are traced back to the object that holds them.
    const bytes = input.Image?.Bytes ? Buffer.from(input.Image.Bytes) : undefined;
    const key = bytes
      ? [...objects].find(([, object]) => object.body.equals(bytes))?.[0].replace(/^[^/]*\//, '')
      : input.Image?.S3Object?.Name;
    const error = detectErrors.get(key ?? '');
    if (error) throw error;
    return { Labels: labels, LabelModelVersion: '3.0' };
  });
  let moderationLabels: DetectModerationLabelsCommandOutput['ModerationLabels'] = [];
  rekognition
    .on(DetectModerationLabelsCommand)
    .callsFake(() => ({ ModerationLabels: moderationLabels, ModerationModelVersion: '7.0' }));

  const clients: AwsClients = {
    s3: new S3Client({ region: 'us-east-1' }),
    dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
    rekognition: new RekognitionClient({ region: 'us-east-1' }),
  };

  return {
    s3,
    dynamodb,
    rekognition,
    clients,
    detectErrors,
    etagOf,
    putObject(bucket: string, key: string, object: StoredObject) {
      objects.set(`${bucket}/${key}`, object);
    },
    object(bucket: string, key: string): StoredObject | undefined {
      return find(bucket, key);
    },
    deleteObject(bucket: string, key: string) {
      objects.delete(`${bucket}/${key}`);
    },
    createTable(name: string) {
      tables.set(name, new Map());
    },
    item(table: string, key: string): Item | undefined {
      return tables.get(table)?.get(key);
    },
    setLabels(next: DetectLabelsCommandOutput['Labels']) {
      labels = next;
    },
    setModerationLabels(next: DetectModerationLabelsCommandOutput['ModerationLabels']) {
      moderationLabels = next;
    },
    restore() {
      s3.restore();
      dynamodb.restore();
      rekognition.restore();
    },
  };
}
