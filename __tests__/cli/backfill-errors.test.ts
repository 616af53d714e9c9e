import {
  ListObjectsV2Command,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateJobCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { USAGE, run } from '../../src/cli/main.js';
import {
  ACCOUNT,
  ENV,
  FUNCTION_ARN,
  JOB_FLAGS,
  REGION,
  REPORT_BUCKET,
  ROLE_ARN,
  SOURCE,
  capture,
  object,
  stubCredentials,
  stubNoCredentials,
} from './backfill-fixtures.js';

const s3Mock = mockClient(S3Client);
const controlMock = mockClient(S3ControlClient);

const awsError = (name: string, status: number, message = `${name} happened`) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

beforeEach(() => {
  s3Mock.reset();
  controlMock.reset();
  stubCredentials();
  s3Mock.on(ListObjectsV2Command, { Bucket: SOURCE }).resolves({
    Contents: [object('a.jpg', 10)],
    IsTruncated: false,
  });
  s3Mock.on(PutObjectCommand).resolves({ ETag: '"e"' });
  controlMock.on(CreateJobCommand).resolves({ JobId: 'job-1' });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

async function backfill(args: string[], env: NodeJS.ProcessEnv = ENV) {
  const io = capture();
  const exitCode = await run(['backfill', ...args], env, io);
  return { exitCode, ...io };
}

const BASE = ['--bucket', SOURCE, '--environment', 'prod'];

describe('backfill: usage mistakes exit 2 with the usage, before any request', () => {
  const usage = 'usage: node dist/cli/index.js backfill --bucket BUCKET --environment ENV';

  it.each([
    [
      ['--bucket', SOURCE, '--dry-run'],
      'backfill needs --environment, the environment whose function labels (e.g. --environment prod).',
    ],
    [
      ['--environment', 'prod', '--dry-run'],
      'backfill needs --bucket, the bucket holding the images (e.g. --bucket course-library).',
    ],
    [
      ['--bucket', 's3://course-library/photos/', '--environment', 'prod', '--dry-run'],
      '--bucket is "s3://course-library/photos/"; give the bucket\'s name alone (and the rest as --prefix).',
    ],
    [
      ['--bucket', 'Course_Library', '--environment', 'prod', '--dry-run'],
      '--bucket is "Course_Library"; expected an S3 bucket name',
    ],
    [
      ['--bucket', SOURCE, '--environment', 'Prod', '--dry-run'],
      '--environment is "Prod"; environment names are 1-32 lowercase letters',
    ],
    [
      BASE,
      'backfill needs --function-arn (the CDK output ProdFunctionArn), --role-arn (the CDK output ProdBackfillRoleArn), --report-bucket (the CDK output BackfillReportBucket) to create the job, or --dry-run for the estimate alone; docs/deploy.md, "Backfill" says where to find them.',
    ],
    [
      [
        '--bucket',
        SOURCE,
        '--environment',
        'pr-preview',
        '--role-arn',
        ROLE_ARN,
        '--report-bucket',
        REPORT_BUCKET,
      ],
      'backfill needs --function-arn (the CDK output PrPreviewFunctionArn) to create the job',
    ],
    [
      [...BASE, '--dry-run', '--price-per-image', '1O'],
      '--price-per-image is "1O"; expected a number from 0 to 1.',
    ],
    [
      [...BASE, '--dry-run', '--price-per-image', ''],
      '--price-per-image is ""; expected a number from 0 to 1.',
    ],
    [
      [...BASE, '--dry-run', '--price-per-image', '2'],
      '--price-per-image is "2"; expected a number from 0 to 1.',
    ],
    [
      [...BASE, '--dry-run', '--quota-tps', '0'],
      '--quota-tps is "0"; expected a number from 1 to 100000.',
    ],
    [
      [...BASE, '--dry-run', '--quota-tps', '50tps'],
      '--quota-tps is "50tps"; expected a number from 1 to 100000.',
    ],
    [
      [...BASE, ...JOB_FLAGS, '--priority', '1.5'],
      '--priority is "1.5"; expected an integer from 0 to 2147483647.',
    ],
    [
      [...BASE, ...JOB_FLAGS, '--priority=-1'],
      '--priority is "-1"; expected an integer from 0 to 2147483647.',
    ],
    [[...BASE, ...JOB_FLAGS, '--description', '   '], '--description must be 1-256 characters'],
    [
      [
        ...BASE,
        '--function-arn',
        ROLE_ARN,
        '--role-arn',
        ROLE_ARN,
        '--report-bucket',
        REPORT_BUCKET,
      ],
      `--function-arn is "${ROLE_ARN}"; expected a Lambda function ARN, arn:aws:lambda:REGION:ACCOUNT:function:NAME (the CDK output {Env}FunctionArn).`,
    ],
    [
      [
        ...BASE,
        '--function-arn',
        `${FUNCTION_ARN}:live`,
        '--role-arn',
        ROLE_ARN,
        '--report-bucket',
        REPORT_BUCKET,
      ],
      `--function-arn ends with the qualifier "live"; give the unqualified ARN (${FUNCTION_ARN}): the backfill role may invoke only that one.`,
    ],
    [
      [
        ...BASE,
        '--function-arn',
        FUNCTION_ARN,
        '--role-arn',
        'rekognition-prod-handler-backfill',
        '--report-bucket',
        REPORT_BUCKET,
      ],
      '--role-arn is "rekognition-prod-handler-backfill"; expected an IAM role ARN, arn:aws:iam::ACCOUNT:role/NAME (the CDK output {Env}BackfillRoleArn).',
    ],
    [
      [
        ...BASE,
        '--function-arn',
        FUNCTION_ARN,
        '--role-arn',
        'arn:aws:iam::210987654321:role/r',
        '--report-bucket',
        REPORT_BUCKET,
      ],
      `--function-arn is in account ${ACCOUNT} (aws) and --role-arn in 210987654321 (aws); give the outputs of one stack (docs/deploy.md, "Backfill").`,
    ],
    [
      [
        ...BASE,
        '--dry-run',
        '--function-arn',
        FUNCTION_ARN,
        '--role-arn',
        'arn:aws-cn:iam::123456789012:role/r',
      ],
      `--function-arn is in account ${ACCOUNT} (aws) and --role-arn in ${ACCOUNT} (aws-cn)`,
    ],
    [
      [...BASE, ...JOB_FLAGS, '--region', 'us-east-1'],
      `--function-arn is in ${REGION} but the job would be created in us-east-1; pass --region ${REGION}: the job, its function and its report bucket share a region.`,
    ],
    [[...BASE, '--report-bucket', 'a'], '--report-bucket is "a"; expected an S3 bucket name'],
    [[...BASE, '--dry-run', '--prefx', 'photos/'], "Unknown option '--prefx'"],
    [[...BASE, '--dry-run', 'photos/'], 'backfill takes no arguments besides flags; got "photos/"'],
  ])('%j', async (args, message) => {
    const result = await backfill(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`error: ${message}`)).toBe(true);
    expect(result.stderr).toContain(`\n\n${usage}`);
    expect(s3Mock.calls()).toHaveLength(0);
    expect(controlMock.calls()).toHaveLength(0);
  });

  it('--help prints the usage, with the --json shape, and exits 0', async () => {
    const result = await backfill(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(usage);
    expect(result.stdout).toContain('leftOut: {notImage, tooLarge, folders, empty}');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'the first-tier list price of DetectLabels as of 2026-11-28',
    );
    const top = capture();
    expect(await run(['--help'], ENV, top)).toBe(0);
    expect(top.stdout).toContain('  backfill  label the images already in a bucket');
    expect(USAGE).toContain('(backfill --help)');
  });

  it('a dry run checks the job flags it is given', async () => {
    const result = await backfill([...BASE, '--dry-run', '--function-arn', 'nope']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--function-arn is "nope"');
  });
});

describe('backfill: what stops it before any request', () => {
  it('no region', async () => {
    const result = await backfill([...BASE, '--dry-run'], {});
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'error: No AWS region: pass --region (e.g. --region eu-west-1) or set AWS_REGION.\n',
    );
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it('no credentials', async () => {
    const home = await mkdtemp(join(tmpdir(), 'backfill-home-'));
    try {
      stubNoCredentials(home);
      const result = await backfill([...BASE, '--dry-run']);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^error: No AWS credentials found \(.*aws sso login`\.\n$/s);
      expect(s3Mock.calls()).toHaveLength(0);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('an endpoint variable that is not a URL', async () => {
    const result = await backfill([...BASE, '--dry-run'], {
      ...ENV,
      AWS_ENDPOINT_URL_S3: 'localhost:4566',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'error: AWS_ENDPOINT_URL_S3 is "localhost:4566"; expected a URL such as http://127.0.0.1:4566.\n',
    );
  });
});

describe('backfill: AWS failures name what to fix, without a trace', () => {
  const policy = 'docs/deploy.md, "Backfill" gives the policy';

  async function failing(args: string[]) {
    const result = await backfill(args);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // The progress note comes first; the error follows it.
    expect(result.stderr).toMatch(/^Listing s3:\/\/[^\n]+…\n/);
    return result.stderr.replace(/^Listing [^\n]*\n/, '');
  }

  it('a bucket that does not exist', async () => {
    expect(
      await failing(['--bucket', 'no-such-bucket', '--environment', 'prod', '--dry-run']),
    ).toBe(
      `error: The bucket no-such-bucket (--bucket) does not exist in ${REGION} (NoSuchBucket). Check the name and --region.\n`,
    );
  });

  beforeEach(() => {
    s3Mock
      .on(ListObjectsV2Command, { Bucket: 'no-such-bucket' })
      .rejects(awsError('NoSuchBucket', 404));
  });

  it('a bucket in another region', async () => {
    s3Mock
      .on(ListObjectsV2Command, { Bucket: SOURCE })
      .rejects(
        awsError(
          'PermanentRedirect',
          301,
          'The bucket you are attempting to access must be addressed using the specified endpoint.',
        ),
      );
    expect(await failing([...BASE, '--dry-run'])).toBe(
      `error: The bucket ${SOURCE} (--bucket) is not in ${REGION} (PermanentRedirect: The bucket you are attempting to access must be addressed using the specified endpoint.). A backfill reads buckets in the region of its function and stack (Rekognition reads an S3Object only from its own region): pass that region with --region, or copy the images to a bucket there.\n`,
    );
  });

  it('ListBucket denied', async () => {
    s3Mock.on(ListObjectsV2Command).rejects(awsError('AccessDenied', 403));
    expect(await failing([...BASE, '--dry-run'])).toBe(
      `error: AccessDenied: s3:ListBucket on arn:aws:s3:::${SOURCE} was denied. Allow it for the credentials you are using: ${policy} (statement ListTheSources).\n`,
    );
  });

  it('PutObject denied: no job, and the temporary manifest removed', async () => {
    const paths: string[] = [];
    s3Mock.on(PutObjectCommand).callsFake((input: PutObjectCommandInput) => {
      const body = input.Body as unknown as { path: string; destroy(): void };
      paths.push(body.path);
      body.destroy();
      throw awsError('AccessDenied', 403);
    });
    const stderr = await failing([...BASE, ...JOB_FLAGS]);
    expect(stderr).toMatch(
      new RegExp(
        `^error: AccessDenied: s3:PutObject on arn:aws:s3:::${REPORT_BUCKET}/rekognition-backfill/prod/manifests/\\S+\\.csv was denied\\. Allow it for the credentials you are using: docs/deploy\\.md, "Backfill" gives the policy \\(statement WriteTheManifests\\)\\.\\n$`,
      ),
    );
    expect(controlMock.calls()).toHaveLength(0);
    expect(paths).toHaveLength(1);
    expect(existsSync(paths[0]!)).toBe(false);
  });

  it('a report bucket that does not exist', async () => {
    s3Mock.on(PutObjectCommand).rejects(awsError('NoSuchBucket', 404));
    expect(await failing([...BASE, ...JOB_FLAGS])).toBe(
      `error: The bucket ${REPORT_BUCKET} (--report-bucket) does not exist in ${REGION} (NoSuchBucket). Check the name and --region.\n`,
    );
  });

  it('CreateJob denied', async () => {
    controlMock.on(CreateJobCommand).rejects(awsError('AccessDenied', 403, 'Access Denied'));
    expect(await failing([...BASE, ...JOB_FLAGS])).toBe(
      `error: AccessDenied: s3:CreateJob on account ${ACCOUNT} in ${REGION} was denied. Allow it for the credentials you are using: ${policy} (statement CreateTheJob).\n`,
    );
  });

  it('iam:PassRole denied', async () => {
    controlMock
      .on(CreateJobCommand)
      .rejects(
        awsError(
          'AccessDenied',
          403,
          `User: arn:aws:iam::${ACCOUNT}:user/ops is not authorized to perform: iam:PassRole on resource: ${ROLE_ARN}`,
        ),
      );
    expect(await failing([...BASE, ...JOB_FLAGS])).toBe(
      `error: AccessDenied: iam:PassRole on ${ROLE_ARN} was denied. Allow it for the credentials you are using: ${policy} (statement PassTheBackfillRole).\n`,
    );
  });

  it('rejected credentials, without the key id', async () => {
    s3Mock
      .on(ListObjectsV2Command)
      .rejects(
        awsError(
          'InvalidAccessKeyId',
          403,
          'The AWS Access Key Id AKIAIOSFODNN7EXAMPLE you provided does not exist in our records.',
        ),
      );
    const stderr = await failing([...BASE, '--dry-run']);
    expect(stderr).toContain(
      'error: AWS rejected your credentials (InvalidAccessKeyId: The AWS Access Key Id AKIA[REDACTED] you provided',
    );
    expect(stderr).toContain('Refresh them (aws sso login, or new keys) and try again.');
    expect(stderr).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('another CreateJob failure, as S3 Control said it', async () => {
    controlMock
      .on(CreateJobCommand)
      .rejects(awsError('InvalidRequest', 400, 'The manifest ETag does not match'));
    expect(await failing([...BASE, ...JOB_FLAGS])).toBe(
      'error: s3:CreateJob failed: InvalidRequest: The manifest ETag does not match\n',
    );
  });

  it('a job id that could not be pasted into a shell', async () => {
    controlMock.on(CreateJobCommand).resolves({ JobId: 'x; rm -rf ~' });
    expect(await failing([...BASE, ...JOB_FLAGS])).toContain(
      'error: CreateJob answered with the job id "x; rm -rf ~", which is not one;',
    );
  });

  it('a temporary folder it cannot write to', async () => {
    const missing = join(tmpdir(), 'backfill-no-such-folder', 'deeper');
    vi.stubEnv('TMPDIR', missing);
    const stderr = await failing([...BASE, ...JOB_FLAGS]);
    expect(stderr).toMatch(
      /^error: The manifest cannot be written to a temporary file under \S+deeper \(ENOENT: .*\); set TMPDIR to a writable folder with room for it/,
    );
    expect(s3Mock).not.toHaveReceivedCommand(PutObjectCommand);
  });

  it('a listing that says it goes on but gives no token', async () => {
    s3Mock.on(ListObjectsV2Command).resolves({ Contents: [object('a.jpg', 1)], IsTruncated: true });
    expect(await failing([...BASE, '--dry-run'])).toBe(
      `error: S3 said the listing of s3://${SOURCE}/ goes on after 1 objects but gave no continuation token.\n`,
    );
  });
});
