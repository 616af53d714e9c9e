import type { BatchJob } from './batch-job.js';

/**
 * S3 Control's REST-XML replies for the job operations, element for element as the API
 * reference (and the SDK's deserializer) has them: lists as `<member>`, maps as
 * `<entry><key/><value/></entry>`, timestamps in ISO 8601.
 */

export const S3_CONTROL_NAMESPACE = 'http://awss3control.amazonaws.com/doc/2018-08-20/';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

type Scalar = string | number | boolean | Date;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `<name>value</name>`, or nothing for an absent value. */
function leaf(name: string, value: Scalar | undefined): string {
  if (value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** `<name>children</name>` (children already XML). */
function node(name: string, ...children: string[]): string {
  return `<${name}>${children.join('')}</${name}>`;
}

/** A whole reply document: the result element in S3 Control's namespace. */
export function document(root: string, ...children: string[]): string {
  return `${XML_DECLARATION}<${root} xmlns="${S3_CONTROL_NAMESPACE}">${children.join('')}</${root}>`;
}

function progressXml(job: BatchJob, activeSeconds: number): string {
  return node(
    'ProgressSummary',
    leaf('TotalNumberOfTasks', job.tasks.length),
    leaf('NumberOfTasksSucceeded', job.succeeded),
    leaf('NumberOfTasksFailed', job.failed),
    node('Timers', leaf('ElapsedTimeInActiveSeconds', activeSeconds)),
  );
}

function manifestXml(job: BatchJob): string {
  const { manifest } = job.request;
  return node(
    'Manifest',
    node(
      'Spec',
      leaf('Format', manifest.format),
      node('Fields', ...manifest.fields.map((field) => leaf('member', field))),
    ),
    node(
      'Location',
      leaf('ObjectArn', manifest.objectArn),
      leaf('ObjectVersionId', manifest.objectVersionId),
      leaf('ETag', manifest.etag),
    ),
  );
}

function operationXml(job: BatchJob): string {
  const { lambdaInvoke } = job.request;
  const userArguments = lambdaInvoke.userArguments
    ? node(
        'UserArguments',
        ...Object.entries(lambdaInvoke.userArguments).map(([key, value]) =>
          node('entry', leaf('key', key), leaf('value', value)),
        ),
      )
    : '';
  return node(
    'Operation',
    node(
      'LambdaInvoke',
      leaf('FunctionArn', lambdaInvoke.functionArn),
      leaf('InvocationSchemaVersion', lambdaInvoke.schema),
      userArguments,
    ),
  );
}

function reportXml(job: BatchJob): string {
  const { report } = job.request;
  if (!report.enabled) return node('Report', leaf('Enabled', false));
  return node(
    'Report',
    leaf('Bucket', report.bucketArn),
    leaf('Format', report.format),
    leaf('Enabled', true),
    leaf('Prefix', report.prefix),
    leaf('ReportScope', report.scope),
  );
}

/** DescribeJob's `<Job>`. */
export function jobDescriptorXml(job: BatchJob, activeSeconds: number): string {
  const failures = job.failureReasons.length
    ? node(
        'FailureReasons',
        ...job.failureReasons.map((failure) =>
          node('member', leaf('FailureCode', failure.code), leaf('FailureReason', failure.reason)),
        ),
      )
    : '';
  return node(
    'Job',
    leaf('JobId', job.id),
    leaf('ConfirmationRequired', job.request.confirmationRequired),
    leaf('Description', job.request.description),
    leaf('JobArn', job.arn),
    leaf('Status', job.status),
    manifestXml(job),
    operationXml(job),
    leaf('Priority', job.request.priority),
    progressXml(job, activeSeconds),
    leaf('StatusUpdateReason', job.statusUpdateReason),
    failures,
    reportXml(job),
    leaf('CreationTime', job.creationTime),
    leaf('TerminationDate', job.terminationDate),
    leaf('RoleArn', job.request.roleArn),
    leaf('SuspendedDate', job.suspendedDate),
    leaf('SuspendedCause', job.suspendedCause),
  );
}

/** One `<member>` of ListJobs' `<Jobs>`. */
export function jobListMemberXml(job: BatchJob, activeSeconds: number): string {
  return node(
    'member',
    leaf('JobId', job.id),
    leaf('Description', job.request.description),
    leaf('Operation', 'LambdaInvoke'),
    leaf('Priority', job.request.priority),
    leaf('Status', job.status),
    leaf('CreationTime', job.creationTime),
    leaf('TerminationDate', job.terminationDate),
    progressXml(job, activeSeconds),
  );
}

export const createJobResultXml = (jobId: string) =>
  document('CreateJobResult', leaf('JobId', jobId));

export const updateJobStatusResultXml = (jobId: string, status: string, reason?: string) =>
  document(
    'UpdateJobStatusResult',
    leaf('JobId', jobId),
    leaf('Status', status),
    leaf('StatusUpdateReason', reason),
  );

/** S3 Control's errors are wrapped, unlike S3's: `<ErrorResponse><Error>...</Error>`. */
export function errorXml(code: string, message: string, requestId: string): string {
  return `${XML_DECLARATION}${node(
    'ErrorResponse',
    node('Error', leaf('Code', code), leaf('Message', message)),
    leaf('RequestId', requestId),
    leaf('HostId', requestId),
  )}`;
}
