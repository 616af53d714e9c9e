import { createHash } from 'node:crypto';
import { REPORT_FORMAT, type ReportSpec } from './batch-job-request.js';

/**
 * The completion report S3 Batch Operations writes when a job that ran tasks ends
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-examples-reports.html):
 * `{Prefix}/job-{id}/results/{name}.csv`, one file for the succeeded tasks and one for the
 * failed ones, and `{Prefix}/job-{id}/manifest.json` listing them with their MD5.
 */

/** What manifest.json declares, verbatim. */
export const REPORT_SCHEMA =
  'Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage';

export interface ReportedTask {
  bucket: string;
  /** As the manifest lists it (URL-encoded). */
  key: string;
  versionId: string | null;
  status: 'succeeded' | 'failed';
  httpStatusCode: number;
  errorCode: string;
  resultString: string;
}

export interface ReportObject {
  key: string;
  body: string;
  contentType: string;
}

export interface ReportManifest {
  Format: typeof REPORT_FORMAT;
  ReportCreationDate: string;
  Results: { TaskExecutionStatus: string; Bucket: string; MD5Checksum: string; Key: string }[];
  ReportSchema: typeof REPORT_SCHEMA;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row. The columns come in the order S3 writes them, which is not quite the order
 * ReportSchema declares: HTTPStatusCode comes before ErrorCode (AWS's own examples read
 * `succeeded,200,,message` and `failed,200,PermanentFailure,"Lambda returned function error..."`).
 */
export function reportRow(task: ReportedTask): string {
  return [
    task.bucket,
    task.key,
    task.versionId ?? '',
    task.status,
    String(task.httpStatusCode),
    task.errorCode,
    task.resultString,
  ]
    .map(csvField)
    .join(',');
}

/** `{Prefix}/job-{id}`, or `job-{id}` without a prefix. */
export function reportBase(prefix: string | undefined, jobId: string): string {
  return prefix ? `${prefix}/job-${jobId}` : `job-${jobId}`;
}

const md5 = (body: string) => createHash('md5').update(body, 'utf8').digest('hex');

/** The report's objects: the results files, then manifest.json (written last, as it lists them). */
export function completionReport(
  spec: Extract<ReportSpec, { enabled: true }>,
  jobId: string,
  tasks: readonly ReportedTask[],
  createdAt: Date,
): ReportObject[] {
  const base = reportBase(spec.prefix, jobId);
  const statuses: ReportedTask['status'][] =
    spec.scope === 'AllTasks' ? ['succeeded', 'failed'] : ['failed'];
  const files: ReportObject[] = [];
  const results: ReportManifest['Results'] = [];
  for (const status of statuses) {
    const rows = tasks.filter((task) => task.status === status).map(reportRow);
    if (rows.length === 0) continue;
    const name = createHash('sha1').update(`${jobId}/${status}`).digest('hex');
    const file: ReportObject = {
      key: `${base}/results/${name}.csv`,
      body: `${rows.join('\n')}\n`,
      contentType: 'text/csv',
    };
    files.push(file);
    results.push({
      TaskExecutionStatus: status,
      Bucket: spec.bucket,
      MD5Checksum: md5(file.body),
      Key: file.key,
    });
  }
  const manifest: ReportManifest = {
    Format: REPORT_FORMAT,
    ReportCreationDate: createdAt.toISOString(),
    Results: results,
    ReportSchema: REPORT_SCHEMA,
  };
  files.push({
    key: `${base}/manifest.json`,
    body: JSON.stringify(manifest),
    contentType: 'application/json',
  });
  return files;
}
