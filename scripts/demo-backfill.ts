// The backfill part of `npm run demo`: a course library that was in S3 before the action, outside
// its prefix, labeled by prod's function on the stack's S3 Batch Operations, from the bundled
// CLI's dry run to the confirmed job, as docs/deploy.md's "Backfill" tells a user to do it.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  DescribeJobCommand,
  type JobDescriptor,
  S3ControlClient,
  UpdateJobStatusCommand,
} from '@aws-sdk/client-s3-control';
import { createBucket, s3Client, scanTable } from '../local-stack/admin.js';
import { type CliRun, runBundledCli } from '../local-stack/cli-runner.js';
import { makePng } from '../local-stack/png.js';
import { s3ControlClientConfig } from '../local-stack/s3-control.js';
import type { LocalStack } from '../local-stack/stack.js';

const LIBRARY = 'pixel-learning-course-library';
/** The library's folders: `units/unit-1/…`, none under the action's `rekognition-input/`. */
const UNITS = 6;
const PER_UNIT = 6;
export const LIBRARY_IMAGES = UNITS * PER_UNIT;
/** Left out by the command: not JPEG or PNG by extension. */
const OTHER_FILES = ['units/syllabus.pdf', 'units/README.txt'];
/** The local S3 Control accepts any 12-digit account; ARNs are checked for their form. */
const ACCOUNT = '111122223333';
const ENVIRONMENT = 'prod';

export interface BackfillDemo {
  dryRun: CliRun;
  created: CliRun;
  job: JobDescriptor | undefined;
  /** DetectLabels calls the job made, and the table's items before and after. */
  calls: number;
  itemsBefore: number;
  itemsAfter: number;
  find: CliRun;
}

/** The library: small diagrams of distinct sizes (distinct bytes), and two other files. */
async function uploadLibrary(stack: LocalStack): Promise<void> {
  await createBucket(stack, LIBRARY);
  const s3 = s3Client(stack);
  try {
    for (let i = 0; i < LIBRARY_IMAGES; i++) {
      const unit = Math.floor(i / PER_UNIT) + 1;
      const key = `units/unit-${unit}/diagram-${String((i % PER_UNIT) + 1).padStart(2, '0')}.png`;
      const body = makePng(200 + 7 * i, 150 + 3 * i);
      await s3.send(new PutObjectCommand({ Bucket: LIBRARY, Key: key, Body: body }));
    }
    for (const key of OTHER_FILES) {
      await s3.send(new PutObjectCommand({ Bucket: LIBRARY, Key: key, Body: 'not an image' }));
    }
  } finally {
    s3.destroy();
  }
}

/** The label most of the backfilled items have, to search for. */
function commonLabel(items: Awaited<ReturnType<typeof scanTable>>): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!item.filename?.S?.startsWith('units/')) continue;
    for (const name of item.label_names?.L ?? []) {
      counts.set(name.S!, (counts.get(name.S!) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'Diagram';
}

/**
 * Dry run, then the job with `reportBucket` for its manifest and report, confirmed with
 * S3ControlClient as `aws s3control update-job-status` would, waited for, and searched.
 */
export async function backfillDemo(
  stack: LocalStack,
  table: string,
  reportBucket: string,
  print: (title: string, text: string) => void,
): Promise<BackfillDemo> {
  await uploadLibrary(stack);
  const base = [
    'backfill',
    '--bucket',
    LIBRARY,
    '--prefix',
    'units/',
    '--environment',
    ENVIRONMENT,
  ];
  const dryRun = await runBundledCli([...base, '--dry-run'], stack.env);
  print(
    `Backfill, dry run: node dist/cli/index.js ${[...base, '--dry-run'].join(' ')}`,
    output(dryRun),
  );

  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${service === 'iam' ? '' : stack.region}:${ACCOUNT}:${resource}`;
  const created = await runBundledCli(
    [
      ...base,
      ...['--function-arn', arn('lambda', `function:rekognition-${ENVIRONMENT}-handler`)],
      ...['--role-arn', arn('iam', `role/rekognition-${ENVIRONMENT}-handler-backfill`)],
      ...['--report-bucket', reportBucket],
    ],
    stack.env,
  );
  // The estimate again, then what is new: the manifest, the job and the commands.
  const createdText = output(created);
  const from = createdText.indexOf('Manifest:');
  print(
    'Backfill: the same with the CDK outputs, no --dry-run',
    createdText.slice(Math.max(0, from)),
  );

  const jobId = /^Job (\S+) created/m.exec(created.stdout)?.[1];
  const itemsBefore = (await scanTable(stack, table)).length;
  const callsBefore = stack.emulator.stats().byOperation.DetectLabels ?? 0;
  let job: JobDescriptor | undefined;
  if (jobId) job = await confirmAndWait(stack, jobId);
  const calls = (stack.emulator.stats().byOperation.DetectLabels ?? 0) - callsBefore;
  const items = await scanTable(stack, table);
  await stack.streamMappings.get(table)?.idle();
  const find = await runBundledCli(
    ['find', '--table', table, '--label', commonLabel(items)],
    stack.env,
  );
  const progress = job?.ProgressSummary;
  print(
    `Backfill: job ${job?.Status ?? 'not created'}, ${progress?.NumberOfTasksSucceeded ?? 0} of ${progress?.TotalNumberOfTasks ?? 0} tasks succeeded, ${progress?.NumberOfTasksFailed ?? 0} failed`,
    [
      `Rekognition DetectLabels calls: ${calls} for ${LIBRARY_IMAGES} images (each labeled once)`,
      `${table}: ${itemsBefore} -> ${items.length} items`,
      `$ node dist/cli/index.js find --table ${table} --label ${commonLabel(items)}`,
      output(find),
    ].join('\n'),
  );
  return { dryRun, created, job, calls, itemsBefore, itemsAfter: items.length, find };
}

/** Whether the backfill did what the demo promises: every image labeled once, every task done. */
export function backfillDone(demo: BackfillDemo): boolean {
  return (
    demo.dryRun.exitCode === 0 &&
    demo.created.exitCode === 0 &&
    demo.job?.Status === 'Complete' &&
    demo.job.ProgressSummary?.NumberOfTasksSucceeded === LIBRARY_IMAGES &&
    demo.calls === LIBRARY_IMAGES &&
    demo.itemsAfter === demo.itemsBefore + LIBRARY_IMAGES &&
    demo.find.exitCode === 0
  );
}

/** UpdateJobStatus Ready, then the job once it is final (report written), from DescribeJob. */
async function confirmAndWait(
  stack: LocalStack,
  jobId: string,
): Promise<JobDescriptor | undefined> {
  const control = new S3ControlClient(
    s3ControlClientConfig(stack.endpoints.s3Control, stack.region),
  );
  try {
    // The job is Suspended (awaiting confirmation) once its manifest has been read.
    await stack.batchOperations.idle(jobId);
    await control.send(
      new UpdateJobStatusCommand({ AccountId: ACCOUNT, JobId: jobId, RequestedJobStatus: 'Ready' }),
    );
    await stack.batchOperations.idle(jobId);
    const { Job } = await control.send(
      new DescribeJobCommand({ AccountId: ACCOUNT, JobId: jobId }),
    );
    return Job;
  } finally {
    control.destroy();
  }
}

const output = (run: CliRun) =>
  (run.stdout + (run.exitCode === 0 ? '' : `\n(exit ${run.exitCode}) ${run.stderr}`)).trim();
