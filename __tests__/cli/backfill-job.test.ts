import { describe, expect, it } from 'vitest';
import {
  type JobSpec,
  MAX_DESCRIPTION,
  createJobInput,
  defaultDescription,
  jobCommands,
} from '../../src/cli/backfill-job.js';

const SPEC: JobSpec = {
  accountId: '111122223333',
  partition: 'aws-cn',
  functionArn: 'arn:aws-cn:lambda:cn-north-1:111122223333:function:rekognition-beta-handler',
  roleArn: 'arn:aws-cn:iam::111122223333:role/rekognition-beta-handler-backfill',
  environment: 'beta',
  force: true,
  reportBucket: 'images-bucket',
  manifest: {
    bucket: 'images-bucket',
    key: 'rekognition-backfill/beta/manifests/m.csv',
    etag: 'abc',
  },
  priority: 42,
  description: 'a description',
  clientRequestToken: 'token-1',
};

describe('the CreateJob request', () => {
  it('is built from the spec, every field, in the spec’s partition', () => {
    expect(createJobInput(SPEC)).toEqual({
      AccountId: '111122223333',
      ConfirmationRequired: true,
      ClientRequestToken: 'token-1',
      Priority: 42,
      RoleArn: SPEC.roleArn,
      Description: 'a description',
      Manifest: {
        Spec: { Format: 'S3BatchOperations_CSV_20180820', Fields: ['Bucket', 'Key'] },
        Location: {
          ObjectArn: 'arn:aws-cn:s3:::images-bucket/rekognition-backfill/beta/manifests/m.csv',
          ETag: 'abc',
        },
      },
      Operation: {
        LambdaInvoke: {
          FunctionArn: SPEC.functionArn,
          InvocationSchemaVersion: '2.0',
          UserArguments: { environment: 'beta', force: 'true' },
        },
      },
      Report: {
        Enabled: true,
        Bucket: 'arn:aws-cn:s3:::images-bucket',
        Prefix: 'rekognition-backfill/beta/reports',
        Format: 'Report_CSV_20180820',
        ReportScope: 'AllTasks',
      },
    });
  });

  it('gets a default description S3 Control accepts, however long the prefix', () => {
    expect(defaultDescription('b', 'photos/', 'prod')).toBe(
      'rekognition-label backfill of s3://b/photos/ for prod',
    );
    const long = defaultDescription('b', 'p/'.repeat(300), 'prod');
    expect(long).toHaveLength(MAX_DESCRIPTION);
    expect(long.endsWith('…')).toBe(true);
  });

  it('comes with the commands that confirm and watch the job', () => {
    expect(jobCommands('111122223333', 'job-1', 'cn-north-1')).toEqual({
      confirm:
        'aws s3control update-job-status --account-id 111122223333 --job-id job-1 --requested-job-status Ready --region cn-north-1',
      watch:
        "aws s3control describe-job --account-id 111122223333 --job-id job-1 --region cn-north-1 --query 'Job.[Status,ProgressSummary]'",
    });
  });
});
