import {
  ListObjectsV2Command,
  type ListObjectsV2CommandInput,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  type _Object,
} from '@aws-sdk/client-s3';
import { CreateJobCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backfillCommandWith } from '../../src/cli/backfill-command.js';
import { run } from '../../src/cli/main.js';
import { fakeClock } from '../helpers/fake-clock.js';
import {
  ACCOUNT,
  ENV,
  FUNCTION_ARN,
  JOB_FLAGS,
  MIXED_PAGES,
  MIXED_TO_LABEL,
  REGION,
  REPORT_BUCKET,
  ROLE_ARN,
  SOURCE,
  capture,
  object,
  stubCredentials,
} from './backfill-fixtures.js';

const s3Mock = mockClient(S3Client);
const controlMock = mockClient(S3ControlClient);

const awsError = (name: string, status: number, message = `${name} happened`) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

/** What PutObject was given, the body read from its stream. */
interface PutSeen {
  input: PutObjectCommandInput;
  body: string;
  path: string;
}

let puts: PutSeen[];
let listed: ListObjectsV2CommandInput[];

/** Serves `pages` of SOURCE: page n+1 is asked for with the token `page-n+1`. */
function serve(pages: _Object[][], bucket = SOURCE, encoded = false): void {
  s3Mock.on(ListObjectsV2Command).callsFake((input: ListObjectsV2CommandInput) => {
    listed.push(input);
    if (input.Bucket !== bucket) throw awsError('NoSuchBucket', 404);
    const index = input.ContinuationToken ? Number(input.ContinuationToken.slice(5)) : 0;
    const last = index === pages.length - 1;
    return {
      Contents: pages[index],
      IsTruncated: !last,
      ...(last ? {} : { NextContinuationToken: `page-${index + 1}` }),
      ...(encoded ? { EncodingType: 'url' } : {}),
    };
  });
}

beforeEach(() => {
  s3Mock.reset();
  controlMock.reset();
  stubCredentials();
  puts = [];
  listed = [];
  s3Mock.on(PutObjectCommand).callsFake(async (input: PutObjectCommandInput) => {
    const stream = input.Body as Readable & { path: string };
    let body = '';
    for await (const chunk of stream) body += String(chunk);
    puts.push({ input, body, path: stream.path });
    return { ETag: '"0123456789abcdef0123456789abcdef"' };
  });
  controlMock.on(CreateJobCommand).resolves({ JobId: 'a1b2c3d4-0000-4000-8000-123456789abc' });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function backfill(...args: string[]) {
  const io = capture();
  const exitCode = await run(['backfill', ...args], ENV, io);
  return { exitCode, ...io };
}

describe('backfill --dry-run', () => {
  it('lists every page and counts what it labels and what it leaves out, by reason', async () => {
    serve(MIXED_PAGES);
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--prefix',
      'photos/',
      '--environment',
      'prod',
      '--dry-run',
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      command: 'backfill',
      bucket: SOURCE,
      prefix: 'photos/',
      environment: 'prod',
      region: REGION,
      objects: 14,
      toLabel: 6,
      leftOut: { notImage: 3, tooLarge: 2, folders: 2, empty: 1 },
      rekognitionCalls: 6,
      pricePerImage: 0.001,
      priceDate: '2026-11-28',
      estimatedCostUsd: 0.006,
      quotaTps: 50,
      estimatedSeconds: 1,
      dryRun: true,
    });
    expect(listed).toEqual([
      { Bucket: SOURCE, Prefix: 'photos/', EncodingType: 'url' },
      { Bucket: SOURCE, Prefix: 'photos/', EncodingType: 'url', ContinuationToken: 'page-1' },
      { Bucket: SOURCE, Prefix: 'photos/', EncodingType: 'url', ContinuationToken: 'page-2' },
    ]);
    // A dry run writes nothing and creates nothing.
    expect(s3Mock).not.toHaveReceivedCommand(PutObjectCommand);
    expect(controlMock).not.toHaveReceivedCommand(CreateJobCommand);
  });

  it('prints the estimate with the price date, the quota and how to read yours', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => object(`p/${i}.jpg`, 100));
    serve(Array.from({ length: 500 }, () => many));
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--dry-run',
      '--moderation',
    );
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`s3://${SOURCE}/ for prod in ${REGION}`);
    expect(lines).toContain('  500,000 objects found');
    expect(lines).toContain('  500,000 to label (JPEG and PNG by extension, at most 15 MB)');
    expect(lines).toContain(
      '  0 left out: 0 not .jpg, .jpeg or .png, 0 over 15 MB, 0 folder markers, 0 empty',
    );
    expect(result.stdout).toContain(
      "Rekognition calls: 1,000,000 (2 per image: DetectLabels and DetectModerationLabels, which the environment's function runs too (MODERATION=on))",
    );
    expect(result.stdout).toContain(
      'Estimated cost: US$1,000.00 at US$0.001 per call (the first-tier list price of DetectLabels as of 2026-11-28; --price-per-image to change it)',
    );
    expect(result.stdout).toContain('An upper bound: an object whose item already holds');
    expect(result.stdout).toContain(
      'Estimated time: 5 h 33 min at 50 calls a second (--quota-tps; the default is the default DetectLabels quota in us-east-1, us-west-2 and eu-west-1; read yours in Service Quotas: `aws service-quotas list-service-quotas --service-code rekognition`)',
    );
    expect(lines.at(-2)).toBe('Dry run: no manifest written, no job created.');
    // Progress goes to stderr, a line every hundred pages.
    expect(result.stderr).toBe(
      `Listing s3://${SOURCE}/ in ${REGION}…\n` +
        [100, 200, 300, 400, 500]
          .map((p) => `${p * 1000} objects listed, ${p * 1000} to label\n`)
          .join(''),
    );
  });

  it('takes the price and the quota from their flags', async () => {
    serve([[object('a.jpg', 1), object('b.png', 1), object('c.jpeg', 1)]]);
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--dry-run',
      '--json',
      '--price-per-image',
      '0.0008',
      '--quota-tps',
      '2',
      '--moderation',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      toLabel: 3,
      rekognitionCalls: 6,
      pricePerImage: 0.0008,
      estimatedCostUsd: 0.0048,
      quotaTps: 2,
      estimatedSeconds: 3,
    });
    const text = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--dry-run',
      '--price-per-image',
      '0.0008',
      '--force',
    );
    expect(text.stdout).toContain(
      'at US$0.0008 per call (--price-per-image; the default, US$0.001, is the first-tier list price of DetectLabels as of 2026-11-28)',
    );
    expect(text.stdout).toContain('With --force every object is labeled again');
    expect(text.stdout).not.toContain('An upper bound');
  });

  it('decodes the keys of a listing S3 URL-encoded', async () => {
    serve([[object('a+b%2Bc.jpg', 1), object('x%0Ay.txt', 1), object('dir%2F/', 0)]], SOURCE, true);
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--json',
      ...JOB_FLAGS,
    );
    expect(JSON.parse(result.stdout)).toMatchObject({
      objects: 3,
      toLabel: 1,
      leftOut: { notImage: 1, folders: 1 },
    });
    // "a b+c.jpg", encoded for the manifest: a space is %20, a plus %2B.
    expect(puts[0]!.body).toBe(`${SOURCE},a%20b%2Bc.jpg\n`);
  });
});

describe('backfill, creating the job', () => {
  it('puts the manifest, then creates the job with exactly this request', async () => {
    serve(MIXED_PAGES);
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--prefix',
      'photos/',
      '--environment',
      'prod',
      '--json',
      ...JOB_FLAGS,
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);

    expect(puts).toHaveLength(1);
    const put = puts[0]!;
    const key = put.input.Key!;
    expect(key).toMatch(/^rekognition-backfill\/prod\/manifests\/\d{8}T\d{6}Z-[0-9a-f]{8}\.csv$/);
    const manifest = MIXED_TO_LABEL.map(
      (k) => `${SOURCE},${k.split('/').map(encodeURIComponent).join('/')}\n`,
    ).join('');
    expect(put.body).toBe(manifest);
    expect(put.input).toMatchObject({
      Bucket: REPORT_BUCKET,
      ContentLength: Buffer.byteLength(manifest),
      ContentType: 'text/csv',
      ChecksumSHA256: createHash('sha256').update(manifest).digest('base64'),
    });
    // The temporary file is gone.
    expect(existsSync(put.path)).toBe(false);

    expect(controlMock).toHaveReceivedCommandTimes(CreateJobCommand, 1);
    const input = controlMock.commandCalls(CreateJobCommand)[0]!.args[0].input;
    expect(input).toEqual({
      AccountId: ACCOUNT,
      ConfirmationRequired: true,
      ClientRequestToken: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      Priority: 10,
      RoleArn: ROLE_ARN,
      Description: `rekognition-label backfill of s3://${SOURCE}/photos/ for prod`,
      Manifest: {
        Spec: { Format: 'S3BatchOperations_CSV_20180820', Fields: ['Bucket', 'Key'] },
        Location: {
          ObjectArn: `arn:aws:s3:::${REPORT_BUCKET}/${key}`,
          ETag: '0123456789abcdef0123456789abcdef',
        },
      },
      Operation: {
        LambdaInvoke: {
          FunctionArn: FUNCTION_ARN,
          InvocationSchemaVersion: '2.0',
          UserArguments: { environment: 'prod', force: 'false' },
        },
      },
      Report: {
        Enabled: true,
        Bucket: `arn:aws:s3:::${REPORT_BUCKET}`,
        Prefix: 'rekognition-backfill/prod/reports',
        Format: 'Report_CSV_20180820',
        ReportScope: 'AllTasks',
      },
    });

    const jobId = 'a1b2c3d4-0000-4000-8000-123456789abc';
    expect(JSON.parse(result.stdout)).toMatchObject({
      dryRun: false,
      toLabel: 6,
      manifest: { bucket: REPORT_BUCKET, key, etag: '0123456789abcdef0123456789abcdef' },
      job: {
        id: jobId,
        accountId: ACCOUNT,
        region: REGION,
        confirmCommand: `aws s3control update-job-status --account-id ${ACCOUNT} --job-id ${jobId} --requested-job-status Ready --region ${REGION}`,
        watchCommand: `aws s3control describe-job --account-id ${ACCOUNT} --job-id ${jobId} --region ${REGION} --query 'Job.[Status,ProgressSummary]'`,
        reportPrefix: 'rekognition-backfill/prod/reports',
      },
    });
  });

  it('passes --force, --priority and --description to the job', async () => {
    serve([[object('a.jpg', 1)]]);
    const result = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--force',
      '--priority',
      '0',
      '--description',
      '  the 2019 uploads  ',
      ...JOB_FLAGS,
    );
    expect(result.exitCode).toBe(0);
    expect(controlMock).toHaveReceivedCommandWith(CreateJobCommand, {
      Priority: 0,
      Description: 'the 2019 uploads',
      Operation: {
        LambdaInvoke: {
          FunctionArn: FUNCTION_ARN,
          InvocationSchemaVersion: '2.0',
          UserArguments: { environment: 'prod', force: 'true' },
        },
      },
    });
  });

  it('prints the job id and the commands that confirm and watch it', async () => {
    serve([[object('a.jpg', 1), object('b.jpg', 1)]]);
    const result = await backfill('--bucket', SOURCE, '--environment', 'prod', ...JOB_FLAGS);
    expect(result.exitCode).toBe(0);
    const jobId = 'a1b2c3d4-0000-4000-8000-123456789abc';
    const key = puts[0]!.input.Key!;
    expect(result.stdout).toContain(
      `Manifest: s3://${REPORT_BUCKET}/${key} (2 objects)\n` +
        `Job ${jobId} created in account ${ACCOUNT}, ${REGION}. It waits for your confirmation; confirm it with:\n` +
        `  aws s3control update-job-status --account-id ${ACCOUNT} --job-id ${jobId} --requested-job-status Ready --region ${REGION}\n` +
        'Watch it with:\n' +
        `  aws s3control describe-job --account-id ${ACCOUNT} --job-id ${jobId} --region ${REGION} --query 'Job.[Status,ProgressSummary]'\n` +
        `Its completion report goes under s3://${REPORT_BUCKET}/rekognition-backfill/prod/reports/job-${jobId}/.\n`,
    );
  });

  it('with nothing to label writes no manifest and creates no job', async () => {
    serve([[object('notes.txt', 5), object('photos/', 0)], [object('big.png', 16 * 1024 * 1024)]]);
    const result = await backfill('--bucket', SOURCE, '--environment', 'prod', ...JOB_FLAGS);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `Nothing to label under s3://${SOURCE}/: no manifest written, no job created.`,
    );
    expect(s3Mock).not.toHaveReceivedCommand(PutObjectCommand);
    expect(controlMock).not.toHaveReceivedCommand(CreateJobCommand);
    const json = await backfill(
      '--bucket',
      SOURCE,
      '--environment',
      'prod',
      '--json',
      ...JOB_FLAGS,
    );
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ objects: 3, toLabel: 0, dryRun: false });
    expect(answer).not.toHaveProperty('job');
    expect(answer).not.toHaveProperty('manifest');
  });

  it('retries a throttled listing and a throttled CreateJob with the same request token', async () => {
    let throttles = 2;
    const answer = { Contents: [object('a.jpg', 1)], IsTruncated: false };
    s3Mock.on(ListObjectsV2Command).callsFake(() => {
      if (throttles-- > 0) throw awsError('SlowDown', 503);
      return answer;
    });
    controlMock
      .on(CreateJobCommand)
      .rejectsOnce(awsError('TooManyRequestsException', 429))
      .resolves({ JobId: 'job-1' });
    const clock = fakeClock({ start: Date.UTC(2026, 10, 28, 10, 15, 0) });
    const command = backfillCommandWith({ clock, random: () => 'cafe0001', uuid: () => 'token-1' });
    const io = capture();
    const exitCode = await command(
      ['--bucket', SOURCE, '--environment', 'prod', '--json', ...JOB_FLAGS],
      ENV,
      io,
    );
    expect(io.stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(s3Mock).toHaveReceivedCommandTimes(ListObjectsV2Command, 3);
    const tokens = controlMock
      .commandCalls(CreateJobCommand)
      .map((call) => call.args[0].input.ClientRequestToken);
    expect(tokens).toEqual(['token-1', 'token-1']);
    expect(clock.sleeps).toHaveLength(3);
    // Named by the clock it was given, after the listing's two backoffs (300 ms).
    expect(JSON.parse(io.stdout).manifest.key).toBe(
      'rekognition-backfill/prod/manifests/20261128T101500Z-cafe0001.csv',
    );
  });
});
