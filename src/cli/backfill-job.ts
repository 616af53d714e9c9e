import type { CreateJobCommandInput } from '@aws-sdk/client-s3-control';
import { type BackfillAws, backfillStep } from './backfill-aws.js';
import { backfillReportPrefixOf } from '../shared/backfill-layout.js';
import { CliError } from './cli-io.js';

/** The job as the command creates it: every value CreateJob is given comes from here. */
export interface JobSpec {
  /** S3 Control's AccountId: the role's account. */
  accountId: string;
  partition: string;
  functionArn: string;
  roleArn: string;
  environment: string;
  force: boolean;
  reportBucket: string;
  manifest: { bucket: string; key: string; etag: string };
  priority: number;
  description: string;
  /** Makes a retried CreateJob create one job, not two. */
  clientRequestToken: string;
}

/**
 * The CreateJob request: a LambdaInvoke job (schema 2.0, so the function gets `environment`
 * and `force` as user arguments) over the CSV manifest, with a report of every task, that waits
 * for a person to confirm it.
 */
export function createJobInput(spec: JobSpec): CreateJobCommandInput {
  return {
    AccountId: spec.accountId,
    ConfirmationRequired: true,
    ClientRequestToken: spec.clientRequestToken,
    Priority: spec.priority,
    RoleArn: spec.roleArn,
    Description: spec.description,
    Manifest: {
      Spec: { Format: 'S3BatchOperations_CSV_20180820', Fields: ['Bucket', 'Key'] },
      Location: {
        ObjectArn: `arn:${spec.partition}:s3:::${spec.manifest.bucket}/${spec.manifest.key}`,
        ETag: spec.manifest.etag,
      },
    },
    Operation: {
      LambdaInvoke: {
        FunctionArn: spec.functionArn,
        InvocationSchemaVersion: '2.0',
        UserArguments: { environment: spec.environment, force: spec.force ? 'true' : 'false' },
      },
    },
    Report: {
      Enabled: true,
      Bucket: `arn:${spec.partition}:s3:::${spec.reportBucket}`,
      Prefix: backfillReportPrefixOf(spec.environment),
      Format: 'Report_CSV_20180820',
      ReportScope: 'AllTasks',
    },
  };
}

/** S3 Control limits a job's description to 256 characters. */
export const MAX_DESCRIPTION = 256;

/** `rekognition-label backfill of s3://B/P for E`, shortened to what S3 Control accepts. */
export function defaultDescription(bucket: string, prefix: string, environment: string): string {
  const text = `rekognition-label backfill of s3://${bucket}/${prefix} for ${environment}`;
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** S3 Batch Operations job ids: `[a-zA-Z0-9\-_]+`, at most 36 characters (a UUID). */
const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Creates the job; its id. */
export async function createJob(spec: JobSpec, aws: BackfillAws): Promise<string> {
  const { CreateJobCommand } = await import('@aws-sdk/client-s3-control');
  const control = await aws.control();
  const input = createJobInput(spec);
  const output = await backfillStep(
    aws,
    {
      action: 's3:CreateJob',
      resource: `account ${spec.accountId} in ${aws.region}`,
      statement: 'CreateTheJob',
      passRole: spec.roleArn,
    },
    () => control.send(new CreateJobCommand(input)),
  );
  // The id goes into the commands printed for the user to paste into a shell.
  if (!output.JobId || !JOB_ID.test(output.JobId)) {
    throw new CliError(
      `CreateJob answered with the job id ${JSON.stringify(output.JobId ?? null)}, which is not one; list the jobs with \`aws s3control list-jobs --account-id ${spec.accountId} --region ${aws.region}\`.`,
    );
  }
  return output.JobId;
}

export interface JobCommands {
  confirm: string;
  watch: string;
}

/** The AWS CLI commands that confirm the job and watch it. */
export function jobCommands(accountId: string, jobId: string, region: string): JobCommands {
  const job = `--account-id ${accountId} --job-id ${jobId}`;
  return {
    confirm: `aws s3control update-job-status ${job} --requested-job-status Ready --region ${region}`,
    watch: `aws s3control describe-job ${job} --region ${region} --query 'Job.[Status,ProgressSummary]'`,
  };
}
