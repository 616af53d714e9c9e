// A peer, for comparison by the benchmark (bench/): what a careful user would write by hand
// instead of the action. The AWS SDK v3 with its adaptive retry mode (client-side rate
// limiting learned from throttling; 10 attempts rather than 3, as a batch job would set) and
// a fixed pool of workers, each doing what the action's direct mode does per image: read the
// file, DetectLabels with its bytes, or PutObject and DetectLabels on the S3 object, and
// PutItem of the labels when a table is given. No hashing, no cache.
//
//   node bench/peers/sdk-pool.ts [--bucket B] [--table T] [--workers 10] [DIR]
//
// Labels every file of DIR (default images), relative to the working directory. Endpoints,
// region and credentials come from the environment (AWS_ENDPOINT_URL_*, AWS_REGION...).
// Prints one JSON line: {"labeled":N,"failed":F,"errors":[...]}. Run by Node itself (type
// stripping), not tsx, so its RSS is its own.
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DetectLabelsCommand, type Image, RekognitionClient } from '@aws-sdk/client-rekognition';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    bucket: { type: 'string' },
    table: { type: 'string' },
    workers: { type: 'string', default: '10' },
    prefix: { type: 'string', default: 'rekognition-input/beta' },
  },
  allowPositionals: true,
});
const bucket = values.bucket;
const table = values.table;
const config = { retryMode: 'adaptive', maxAttempts: 10 };
const rekognition = new RekognitionClient(config);
const s3 = bucket ? new S3Client(config) : undefined;
const dynamodb = table ? new DynamoDBClient(config) : undefined;

async function label(path: string): Promise<void> {
  const bytes = await readFile(path);
  let image: Image = { Bytes: bytes };
  let name = path;
  if (s3 && bucket) {
    name = `${values.prefix}/${path}`;
    const type = extname(path).toLowerCase() === '.png' ? 'image/png' : 'image/jpeg';
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: name, Body: bytes, ContentType: type }),
    );
    image = { S3Object: { Bucket: bucket, Name: name } };
  }
  const { Labels = [] } = await rekognition.send(
    new DetectLabelsCommand({ Image: image, MaxLabels: 10, MinConfidence: 70 }),
  );
  if (dynamodb && table) {
    const labels = Labels.map((l) => ({ name: l.Name, confidence: l.Confidence }));
    await dynamodb.send(
      new PutItemCommand({
        TableName: table,
        Item: {
          filename: { S: name },
          labels: { S: JSON.stringify(labels) },
          labeled_at: { S: new Date().toISOString() },
        },
      }),
    );
  }
}

const dir = positionals[0] ?? 'images';
const files = (await readdir(dir)).sort().map((file) => join(dir, file));
let next = 0;
let labeled = 0;
const errors: string[] = [];
async function worker(): Promise<void> {
  while (next < files.length) {
    const path = files[next++]!;
    try {
      await label(path);
      labeled++;
    } catch (error) {
      errors.push(`${path}: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
}
await Promise.all(Array.from({ length: Number(values.workers) }, worker));
console.log(JSON.stringify({ labeled, failed: errors.length, errors: errors.slice(0, 5) }));
