import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  CreateJobCommand,
  type CreateJobCommandInput,
  DescribeJobCommand,
  ListJobsCommand,
  S3ControlClient,
  UpdateJobStatusCommand,
} from '@aws-sdk/client-s3-control';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBucket, s3Client } from '../../local-stack/admin.js';
import type { BatchInvocationEvent } from '../../local-stack/batch-invocation.js';
import { readCreateJob } from '../../local-stack/batch-job-request.js';
import { readXml, XmlReadError } from '../../local-stack/batch-xml-read.js';
import { s3ControlClientConfig } from '../../local-stack/s3-control.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';

/**
 * The local S3 Control on the wire, with the SDK's S3ControlClient: jobs over manifests in the
 * local S3, invoking a fixture function (batch-answer.mjs) in the Lambda link's processes.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/lambda/', import.meta.url));
const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const FUNCTION = 'backfill-handler';
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:000000000000:function:${FUNCTION}`;
const IMAGES = 'backfill-images';
const REPORTS = 'backfill-reports';
const REDRIVES = 3;

/** A key as the CLI writes it in a manifest: each segment URL-encoded. */
const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

describe('S3 Control and S3 Batch Operations on the local stack', () => {
  let dir: string;
  let stack: LocalStack;
  let s3: S3Client;
  let control: S3ControlClient;
  let manifests = 0;

  const recordFile = () => join(dir, 'events.jsonl');

  /** Every event the function received so far. */
  function received(): BatchInvocationEvent[] {
    if (!existsSync(recordFile())) return [];
    return readFileSync(recordFile(), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as BatchInvocationEvent);
  }

  /** Puts the objects and a manifest listing them; the manifest's location for CreateJob. */
  async function manifestOf(keys: string[]) {
    for (const key of keys) {
      await s3.send(new PutObjectCommand({ Bucket: IMAGES, Key: key, Body: 'image' }));
    }
    const key = `manifests/${++manifests}.csv`;
    const body = keys.map((k) => `${IMAGES},${encodeKey(k)}\n`).join('');
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: IMAGES, Key: key, Body: body }));
    return { ObjectArn: `arn:aws:s3:::${IMAGES}/${key}`, ETag: ETag! };
  }

  async function jobInput(
    keys: string[],
    overrides: Partial<CreateJobCommandInput> = {},
  ): Promise<CreateJobCommandInput> {
    return {
      AccountId: ACCOUNT,
      ConfirmationRequired: false,
      ClientRequestToken: `token-${Math.random()}`,
      Priority: 10,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/backfill`,
      Description: 'backfill test',
      Operation: {
        LambdaInvoke: {
          FunctionArn: FUNCTION_ARN,
          InvocationSchemaVersion: '2.0',
          UserArguments: { environment: 'prod', force: 'false' },
        },
      },
      Manifest: {
        Spec: { Format: 'S3BatchOperations_CSV_20180820', Fields: ['Bucket', 'Key'] },
        Location: await manifestOf(keys),
      },
      Report: {
        Enabled: true,
        Bucket: `arn:aws:s3:::${REPORTS}`,
        Prefix: 'reports',
        Format: 'Report_CSV_20180820',
        ReportScope: 'AllTasks',
      },
      ...overrides,
    };
  }

  /** Creates the job and waits until it is at rest; its id. */
  async function run(input: CreateJobCommandInput): Promise<string> {
    const { JobId } = await control.send(new CreateJobCommand(input));
    await stack.batchOperations.idle(JobId);
    return JobId!;
  }

  const describeJob = async (JobId: string) =>
    (await control.send(new DescribeJobCommand({ AccountId: ACCOUNT, JobId }))).Job!;

  async function text(bucket: string, key: string): Promise<string> {
    const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Body!.transformToString();
  }

  /** The completion report's rows by status, through ordinary GetObject calls. */
  async function reportRows(jobId: string): Promise<Record<string, string[]>> {
    const manifest = JSON.parse(await text(REPORTS, `reports/job-${jobId}/manifest.json`)) as {
      Results: { TaskExecutionStatus: string; Key: string }[];
    };
    const rows: Record<string, string[]> = {};
    for (const result of manifest.Results) {
      rows[result.TaskExecutionStatus] = (await text(REPORTS, result.Key)).trimEnd().split('\n');
    }
    return rows;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 's3-control-test-'));
    stack = await startLocalStack({
      region: REGION,
      github: false,
      lambda: {
        log: () => {},
        functions: [
          {
            name: FUNCTION,
            handler: join(FIXTURES, 'batch-answer.mjs'),
            // Invoked by jobs only, never by an upload.
            s3: false,
            concurrency: 4,
            env: { RECORD_FILE: recordFile(), COUNT_DIR: dir },
          },
        ],
      },
      batchOperations: { redriveAttempts: REDRIVES, redriveDelayMs: 0, sleep: async () => {} },
    });
    await createBucket(stack, IMAGES);
    await createBucket(stack, REPORTS);
    s3 = s3Client(stack);
    control = new S3ControlClient({
      ...s3ControlClientConfig(stack.endpoints.s3Control, REGION),
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    s3?.destroy();
    control?.destroy();
    await stack?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('points SDK clients at S3 Control through the stack env', () => {
    expect(stack.endpoints.s3Control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.env.AWS_ENDPOINT_URL_S3_CONTROL).toBe(stack.endpoints.s3Control);
  });

  it('holds a job for confirmation, runs it once Ready, and completes it with counts', async () => {
    const keys = ['photos/a.png', 'photos/b perm.png', 'photos/c.png'];
    const input = await jobInput(keys, { ConfirmationRequired: true });
    const { JobId } = await control.send(new CreateJobCommand(input));
    expect(JobId).toMatch(/^[0-9a-f-]{36}$/);
    await stack.batchOperations.idle(JobId);
    const suspended = await describeJob(JobId!);
    expect(suspended).toMatchObject({
      JobId,
      Status: 'Suspended',
      ConfirmationRequired: true,
      SuspendedCause: 'AwaitingConfirmation',
      ProgressSummary: { TotalNumberOfTasks: 3, NumberOfTasksSucceeded: 0, NumberOfTasksFailed: 0 },
    });
    expect(received().filter((event) => event.job.id === JobId)).toEqual([]);

    const confirmed = await control.send(
      new UpdateJobStatusCommand({
        AccountId: ACCOUNT,
        JobId,
        RequestedJobStatus: 'Ready',
        StatusUpdateReason: 'estimate checked',
      }),
    );
    expect(confirmed).toMatchObject({
      JobId,
      Status: 'Ready',
      StatusUpdateReason: 'estimate checked',
    });
    await stack.batchOperations.idle(JobId);

    const job = await describeJob(JobId!);
    expect(job).toMatchObject({
      JobId,
      JobArn: `arn:aws:s3:${REGION}:${ACCOUNT}:job/${JobId}`,
      Status: 'Complete',
      Description: 'backfill test',
      Priority: 10,
      RoleArn: input.RoleArn,
      StatusUpdateReason: 'estimate checked',
      ProgressSummary: { TotalNumberOfTasks: 3, NumberOfTasksSucceeded: 2, NumberOfTasksFailed: 1 },
      Operation: { LambdaInvoke: input.Operation!.LambdaInvoke },
      Manifest: input.Manifest,
      Report: input.Report,
    });
    expect(job.CreationTime).toBeInstanceOf(Date);
    expect(job.TerminationDate!.getTime()).toBeGreaterThanOrEqual(job.CreationTime!.getTime());
    expect(job.FailureReasons).toBeUndefined();
  });

  it('writes the completion report, readable with GetObject', async () => {
    const JobId = await run(await jobInput(['r/ok.png', 'r/no perm.png']));
    const manifest = JSON.parse(await text(REPORTS, `reports/job-${JobId}/manifest.json`));
    expect(manifest).toMatchObject({
      Format: 'Report_CSV_20180820',
      ReportSchema: 'Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage',
    });
    expect(Date.parse(manifest.ReportCreationDate)).not.toBeNaN();
    expect(await reportRows(JobId)).toEqual({
      succeeded: [
        `${IMAGES},r/ok.png,,succeeded,200,,"processed ${IMAGES}/r/ok.png for {""environment"":""prod"",""force"":""false""}"`,
      ],
      failed: [
        `${IMAGES},r/no%20perm.png,,failed,400,PermanentFailure,refused ${IMAGES}/r/no%20perm.png`,
      ],
    });
  });

  it('invokes with schema 1.0 and 2.0 events, keys still URL-encoded as in the manifest', async () => {
    const key = 'schemas/Ünï code+1 (2),x.png';
    const encoded = encodeKey(key);
    const v1 = await run(
      await jobInput([key], {
        Operation: { LambdaInvoke: { FunctionArn: FUNCTION_ARN, InvocationSchemaVersion: '1.0' } },
      }),
    );
    const v2 = await run(await jobInput([key]));
    const [one] = received().filter((event) => event.job.id === v1);
    const [two] = received().filter((event) => event.job.id === v2);
    expect(one).toEqual({
      invocationSchemaVersion: '1.0',
      invocationId: expect.any(String),
      job: { id: v1 },
      tasks: [
        {
          taskId: expect.any(String),
          s3Key: encoded,
          s3VersionId: null,
          s3BucketArn: `arn:aws:s3:::${IMAGES}`,
        },
      ],
    });
    expect(two).toEqual({
      invocationSchemaVersion: '2.0',
      invocationId: expect.any(String),
      job: { id: v2, userArguments: { environment: 'prod', force: 'false' } },
      tasks: [{ taskId: expect.any(String), s3Bucket: IMAGES, s3Key: encoded, s3VersionId: null }],
    });
    expect(one!.invocationId).not.toBe(two!.invocationId);
    const job = stack.batchOperations.job(v2)!;
    expect(two!.tasks[0]!.taskId).toBe(job.tasks[0]!.taskId);
    expect(two!.invocationId).toBe(job.tasks[0]!.invocationIds[0]);
  });

  it('redrives TemporaryFailure: twice then success ends Succeeded after 3 attempts', async () => {
    const JobId = await run(await jobInput(['redrive/x temp-2.png', 'redrive/y temp-always.png']));
    const tasks = stack.batchOperations.job(JobId)!.tasks;
    expect(tasks.map((task) => [task.entry.key, task.attempts, task.status])).toEqual([
      ['redrive/x%20temp-2.png', 3, 'succeeded'],
      ['redrive/y%20temp-always.png', 1 + REDRIVES, 'failed'],
    ]);
    // The function saw each attempt, with the same task id and a new invocation id.
    const events = received().filter((event) => event.job.id === JobId);
    expect(events).toHaveLength(3 + 1 + REDRIVES);
    const first = events.filter((event) => event.tasks[0]!.s3Key === 'redrive/x%20temp-2.png');
    expect(new Set(first.map((event) => event.tasks[0]!.taskId)).size).toBe(1);
    expect(new Set(first.map((event) => event.invocationId)).size).toBe(3);
    expect(await reportRows(JobId)).toEqual({
      succeeded: [
        `${IMAGES},redrive/x%20temp-2.png,,succeeded,200,,"processed ${IMAGES}/redrive/x%20temp-2.png for {""environment"":""prod"",""force"":""false""}"`,
      ],
      failed: [
        `${IMAGES},redrive/y%20temp-always.png,,failed,500,TemporaryFailure,throttled ${1 + REDRIVES}`,
      ],
    });
  });

  it('fails a task whose function throws or answers out of shape, without a redrive', async () => {
    const JobId = await run(
      await jobInput(['bad/throw.png', 'bad/garbage.png', 'bad/missing.png']),
    );
    expect((await describeJob(JobId)).ProgressSummary).toMatchObject({ NumberOfTasksFailed: 3 });
    expect(stack.batchOperations.job(JobId)!.tasks.map((task) => task.attempts)).toEqual([1, 1, 1]);
    // Synchronous invocations: Lambda itself neither retries the error nor sends it anywhere.
    const thrown = stack.lambda!.invocations.filter(
      (invocation) =>
        (invocation.event as BatchInvocationEvent).job?.id === JobId &&
        invocation.outcome === 'failed',
    );
    expect(thrown).toMatchObject([
      { trigger: 'sync', attempts: 1, errors: [{ errorType: 'TypeError' }] },
    ]);
    expect(stack.lambda!.failures).toEqual([]);
    expect((await reportRows(JobId)).failed).toEqual([
      `${IMAGES},bad/throw.png,,failed,200,PermanentFailure,"Lambda returned function error: {""errorType"":""TypeError"",""errorMessage"":""cannot read bad/throw.png""}"`,
      `${IMAGES},bad/garbage.png,,failed,200,PermanentFailure,"Lambda returned an invalid response: invocationSchemaVersion is null, expected ""2.0"""`,
      `${IMAGES},bad/missing.png,,failed,400,PermanentFailure,no result for task ${stack.batchOperations.job(JobId)!.tasks[2]!.taskId}`,
    ]);
  });

  it('fails the job, with the reason, when the manifest ETag does not match', async () => {
    const input = await jobInput(['etag/a.png']);
    input.Manifest!.Location!.ETag = '"0123456789abcdef0123456789abcdef"';
    const JobId = await run(input);
    const job = await describeJob(JobId);
    expect(job.Status).toBe('Failed');
    expect(job.FailureReasons).toEqual([
      {
        FailureCode: '400',
        FailureReason: expect.stringMatching(
          /^Reading the manifest failed: the ETag of arn:aws:s3:::backfill-images\/manifests\/\d+\.csv is [0-9a-f]{32}, not the job's "0123456789abcdef0123456789abcdef"$/,
        ),
      },
    ]);
    expect(received().filter((event) => event.job.id === JobId)).toEqual([]);
  });

  it('answers NoSuchJob (404) for a job that does not exist', async () => {
    for (const send of [
      () => control.send(new DescribeJobCommand({ AccountId: ACCOUNT, JobId: 'no-such-job' })),
      () =>
        control.send(
          new UpdateJobStatusCommand({
            AccountId: ACCOUNT,
            JobId: 'no-such-job',
            RequestedJobStatus: 'Ready',
          }),
        ),
    ]) {
      await expect(send()).rejects.toMatchObject({
        name: 'NoSuchJob',
        message: 'The specified job does not exist: no-such-job',
        $metadata: { httpStatusCode: 404 },
      });
    }
  });

  it('gives the same job for the same ClientRequestToken, IdempotencyException for another request', async () => {
    const input = await jobInput(['token/a.png'], { ClientRequestToken: 'same-token' });
    const first = await control.send(new CreateJobCommand(input));
    const again = await control.send(new CreateJobCommand(input));
    expect(again.JobId).toBe(first.JobId);
    await expect(
      control.send(new CreateJobCommand({ ...input, Priority: 99 })),
    ).rejects.toMatchObject({
      name: 'IdempotencyException',
      $metadata: { httpStatusCode: 400 },
    });
    await stack.batchOperations.idle(first.JobId);
    expect(received().filter((event) => event.job.id === first.JobId)).toHaveLength(1);
  });

  it('cancels a job awaiting confirmation; it can then not be confirmed', async () => {
    const JobId = await run(await jobInput(['cancel/a.png'], { ConfirmationRequired: true }));
    const cancelled = await control.send(
      new UpdateJobStatusCommand({ AccountId: ACCOUNT, JobId, RequestedJobStatus: 'Cancelled' }),
    );
    expect(cancelled.Status).toBe('Cancelled');
    await expect(
      control.send(
        new UpdateJobStatusCommand({ AccountId: ACCOUNT, JobId, RequestedJobStatus: 'Ready' }),
      ),
    ).rejects.toMatchObject({ name: 'JobStatusException' });
    expect((await describeJob(JobId)).Status).toBe('Cancelled');
    expect(received().filter((event) => event.job.id === JobId)).toEqual([]);
  });

  it('lists jobs by status, newest first, a page at a time', async () => {
    const older = await run(await jobInput(['list/b.png']));
    const suspended = await run(await jobInput(['list/a.png'], { ConfirmationRequired: true }));
    const { Jobs } = await control.send(
      new ListJobsCommand({ AccountId: ACCOUNT, JobStatuses: ['Suspended'] }),
    );
    expect(Jobs).toEqual([
      {
        JobId: suspended,
        Description: 'backfill test',
        Operation: 'LambdaInvoke',
        Priority: 10,
        Status: 'Suspended',
        CreationTime: expect.any(Date),
        ProgressSummary: {
          TotalNumberOfTasks: 1,
          NumberOfTasksSucceeded: 0,
          NumberOfTasksFailed: 0,
          Timers: { ElapsedTimeInActiveSeconds: 0 },
        },
      },
    ]);
    const page = await control.send(new ListJobsCommand({ AccountId: ACCOUNT, MaxResults: 1 }));
    expect(page.Jobs!.map((job) => job.JobId)).toEqual([suspended]);
    expect(page.NextToken).toBeDefined();
    const next = await control.send(
      new ListJobsCommand({ AccountId: ACCOUNT, MaxResults: 1, NextToken: page.NextToken }),
    );
    expect(next.Jobs!.map((job) => [job.JobId, job.Status])).toEqual([[older, 'Complete']]);
  });

  it('refuses what S3 Control refuses, with InvalidRequest and the reason', async () => {
    const refused = async (overrides: Partial<CreateJobCommandInput>, message: string) =>
      expect(
        control.send(new CreateJobCommand(await jobInput(['bad/x.png'], overrides))),
      ).rejects.toMatchObject({
        name: 'InvalidRequest',
        message,
        $metadata: { httpStatusCode: 400 },
      });
    await refused(
      { Operation: { LambdaInvoke: { FunctionArn: FUNCTION_ARN, UserArguments: { a: 'b' } } } },
      'UserArguments require InvocationSchemaVersion 2.0 for LambdaInvoke operations',
    );
    await refused(
      { Operation: { S3PutObjectTagging: { TagSet: [{ Key: 'k', Value: 'v' }] } } },
      'Operation S3PutObjectTagging is not emulated: the local S3 Batch Operations runs LambdaInvoke jobs only',
    );
    await refused({ RoleArn: 'backfill' }, 'RoleArn backfill is not an IAM role ARN');
    await refused(
      {
        Report: {
          Enabled: true,
          Bucket: 'reports',
          Format: 'Report_CSV_20180820',
          ReportScope: 'AllTasks',
        },
      },
      'Report.Bucket reports is not an S3 bucket ARN',
    );
  });

  it('fails every task with ResourceNotFoundException for a function Lambda does not have', async () => {
    const functionArn = `arn:aws:lambda:${REGION}:000000000000:function:nobody`;
    const JobId = await run(
      await jobInput(['missing-fn/a.png'], {
        Operation: { LambdaInvoke: { FunctionArn: functionArn, InvocationSchemaVersion: '2.0' } },
      }),
    );
    expect((await describeJob(JobId)).Status).toBe('Complete');
    expect((await reportRows(JobId)).failed).toEqual([
      `${IMAGES},missing-fn/a.png,,failed,404,ResourceNotFoundException,Function not found: ${functionArn}`,
    ]);
  });

  it('refuses an unsigned request (AccessDenied) and an unknown route (NotImplemented)', async () => {
    const unsigned = await fetch(`${stack.endpoints.s3Control}/v20180820/jobs`, {
      headers: { 'x-amz-account-id': ACCOUNT },
    });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>AccessDenied</Code>');
    const signed = {
      authorization:
        'AWS4-HMAC-SHA256 Credential=S3RVER/20260101/eu-west-1/s3/aws4_request, Signature=x',
      'x-amz-account-id': ACCOUNT,
    };
    const unknown = await fetch(`${stack.endpoints.s3Control}/v20180820/accesspoint/x`, {
      headers: signed,
    });
    expect(unknown.status).toBe(501);
    expect(await unknown.text()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><ErrorResponse><Error><Code>NotImplemented<\/Code>/,
    );
    const malformed = await fetch(`${stack.endpoints.s3Control}/v20180820/jobs`, {
      method: 'POST',
      headers: signed,
      body: '<CreateJobRequest><Priority>1</CreateJobRequest>',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('<Code>MalformedXML</Code>');
  });
});

describe('reading CreateJobRequest XML', () => {
  it('reads elements, entities and self-closing tags, and skips the prolog and comments', () => {
    const root = readXml(
      '<?xml version="1.0"?><!-- c --><A xmlns="n"><B>x &amp; &lt;y&gt; &#233;&#x41;</B><C/><!-- d --><D><E>1</E></D></A>',
    );
    expect(root).toEqual({
      name: 'A',
      text: '',
      children: [
        { name: 'B', text: 'x & <y> éA', children: [] },
        { name: 'C', text: '', children: [] },
        { name: 'D', text: '', children: [{ name: 'E', text: '1', children: [] }] },
      ],
    });
  });

  it('refuses mismatched tags, unknown entities and trailing content', () => {
    expect(() => readXml('<A><B></A>')).toThrow(XmlReadError);
    expect(() => readXml('<A>&nbsp;</A>')).toThrow(/unknown entity/);
    expect(() => readXml('<A/><B/>')).toThrow(/after the root/);
  });

  it('reads a whole request into the job it asks for', () => {
    const request = readCreateJob(
      readXml(
        `<CreateJobRequest><ConfirmationRequired>true</ConfirmationRequired><ClientRequestToken>t</ClientRequestToken>` +
          `<Priority>5</Priority><RoleArn>arn:aws:iam::${ACCOUNT}:role/r</RoleArn>` +
          `<Operation><LambdaInvoke><FunctionArn>${FUNCTION_ARN}</FunctionArn><InvocationSchemaVersion>2.0</InvocationSchemaVersion>` +
          `<UserArguments><entry><key>environment</key><value>prod</value></entry></UserArguments></LambdaInvoke></Operation>` +
          `<Manifest><Spec><Format>S3BatchOperations_CSV_20180820</Format><Fields><member>Bucket</member><member>Key</member><member>VersionId</member></Fields></Spec>` +
          `<Location><ObjectArn>arn:aws:s3:::b/m/a.csv</ObjectArn><ETag>e</ETag></Location></Manifest>` +
          `<Report><Enabled>false</Enabled></Report></CreateJobRequest>`,
      ),
    );
    expect(request).toEqual({
      confirmationRequired: true,
      clientRequestToken: 't',
      priority: 5,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/r`,
      lambdaInvoke: {
        functionArn: FUNCTION_ARN,
        schema: '2.0',
        userArguments: { environment: 'prod' },
      },
      manifest: {
        format: 'S3BatchOperations_CSV_20180820',
        fields: ['Bucket', 'Key', 'VersionId'],
        objectArn: 'arn:aws:s3:::b/m/a.csv',
        bucket: 'b',
        key: 'm/a.csv',
        etag: 'e',
      },
      report: { enabled: false },
      tags: [],
    });
  });
});
