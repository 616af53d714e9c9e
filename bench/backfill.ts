import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  DescribeJobCommand,
  type JobDescriptor,
  S3ControlClient,
  UpdateJobStatusCommand,
} from '@aws-sdk/client-s3-control';
import { type SpawnedStack, spawnLocalStack } from '../__tests__/helpers/stack.js';
import { createTable, dynamoClient, s3Client, scanTable } from '../local-stack/admin.js';
import { runBundledCli } from '../local-stack/cli-runner.js';
import { epochNow, type EmulatorStats } from '../local-stack/emulator-stats.js';
import { s3ControlClientConfig } from '../local-stack/s3-control.js';
import { backfillReportPrefixOf } from '../src/shared/backfill-layout.js';
import { forEachAtOnce } from '../src/shared/at-once.js';
import {
  BASE_LATENCY_MS,
  BASE_TPS,
  type BenchContext,
  emulatorNote,
  LAMBDA_PREFIX,
  latencyText,
  quotaRow,
  type Scenario,
  seconds,
} from './context.js';
import { ensureImages } from './images.js';
import { type CountSample, perSecond } from './stats.js';
import type { Row } from './table.js';

/**
 * 10. Backfill (issue 15): N images already in a bucket, outside the Lambda's prefix, labeled by
 * the bundled Lambda on the stack's S3 Batch Operations. The bundled CLI lists them, writes the
 * manifest and creates the job; S3ControlClient confirms it and polls DescribeJob until it is
 * Complete, as a user watching it would. Ideal: N / TPS from the confirmation.
 */

/** The environment whose function labels the backfill, and its table (lambda-cli.ts's names). */
const ENVIRONMENT = 'library';
const TABLE = `${ENVIRONMENT}_results`;
const FUNCTION = `rekognition-${ENVIRONMENT}-handler`;
const SOURCE_BUCKET = 'bench-course-library';
/** The course library's folder: outside `{LAMBDA_PREFIX}/{env}/`, so uploads invoke nothing. */
const SOURCE_PREFIX = 'library/';
const REPORT_BUCKET = 'bench-backfill-reports';
/** The job's account: the stack checks ARNs for their form only. */
const ACCOUNT = '111122223333';
const POLL_MS = 250;
const UPLOADS_AT_ONCE = 16;
/** Objects per folder of the library (`library/unit-000/`...). */
const FOLDER_SIZE = 20;
/** The warm-up's objects: the first ten folders, `library/unit-000/` to `unit-009/`. */
const WARM_PREFIX = `${SOURCE_PREFIX}unit-00`;
const WARM_OBJECTS = 10 * FOLDER_SIZE;
/**
 * What a task takes besides its Rekognition call on this stack (HeadObject, GetItem, GetObject,
 * the sha256 Query, PutItem, the invocation itself), for sizing the function's concurrency.
 */
export const TASK_OVERHEAD_MS = 150;
const TERMINAL = new Set(['Complete', 'Failed', 'Cancelled']);
/** The target for the backfill, like throughput's: wall within 15% of N / TPS. */
export const BACKFILL_RATIO_TARGET = 1.15;

export interface BackfillSetup {
  latencyMs: number;
  /** The emulator's injected ThrottlingException share, on top of the TPS bucket. */
  throttleRate: number;
}

/** Each latency without injected throttling, then the first latency with it (when > 0). */
export function backfillSetups(
  latencies: readonly number[],
  throttleRate: number,
): BackfillSetup[] {
  const setups = latencies.map((latencyMs) => ({ latencyMs, throttleRate: 0 }));
  if (throttleRate > 0 && latencies.length > 0) {
    setups.push({ latencyMs: latencies[0]!, throttleRate });
  }
  return setups;
}

/**
 * Execution environments that keep the quota busy (Little's law: calls in flight = rate x time
 * a task takes), with a quarter more for the spread: enough that the quota is the limit, not so
 * many that their processes crowd a small machine's cores.
 */
export function concurrencyFor(tps: number, latencyMs: number): number {
  return Math.ceil((tps * (latencyMs + TASK_OVERHEAD_MS) * 1.25) / 1000);
}

export interface StackPlan {
  concurrency: number;
  setups: BackfillSetup[];
}

/**
 * The setups grouped by the concurrency they need (`fixed`, or sized to each latency), in the
 * order they first appear: one stack, one warm-up for each group.
 */
export function stackPlans(
  setups: readonly BackfillSetup[],
  fixed: number | undefined,
): StackPlan[] {
  const plans: StackPlan[] = [];
  for (const setup of setups) {
    const concurrency = fixed ?? concurrencyFor(BASE_TPS, setup.latencyMs);
    const plan = plans.find((p) => p.concurrency === concurrency);
    if (plan) plan.setups.push(setup);
    else plans.push({ concurrency, setups: [setup] });
  }
  return plans;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and newlines), as the report has. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    // A blank line (or the end after a final newline) is no record.
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
    }
  }
  endRecord();
  return records;
}

/** Tasks per TaskStatus (the 4th column: Bucket, Key, VersionId, TaskStatus, ...) of a report CSV. */
export function reportTaskCounts(csv: string): { succeeded: number; failed: number } {
  const counts = { succeeded: 0, failed: 0 };
  for (const record of csvRecords(csv)) {
    const status = record[3];
    if (status === 'succeeded' || status === 'failed') counts[status]++;
    else throw new Error(`a completion report row without a task status: ${record.join(',')}`);
  }
  return counts;
}

type CpuTimes = ReturnType<typeof cpus>[number]['times'];

/**
 * The machine's busy share between two `os.cpus()` readings: the Lambda's execution
 * environments are the stack's children, whose CPU no process counter of ours includes.
 */
export function busyShare(before: readonly CpuTimes[], after: readonly CpuTimes[]): number {
  let busy = 0;
  let total = 0;
  after.forEach((now, i) => {
    const then = before[i];
    if (!then) return;
    const idle = now.idle - then.idle;
    const all = Object.keys(now).reduce(
      (sum, key) => sum + now[key as keyof CpuTimes] - then[key as keyof CpuTimes],
      0,
    );
    busy += all - idle;
    total += all;
  });
  return total > 0 ? busy / total : NaN;
}

const cpuTimes = () => cpus().map((cpu) => cpu.times);

/**
 * A stack for one setup: the function's concurrency (and the job's parallelism, so S3 Batch
 * Operations keeps every environment busy) sized to it. The stacks share one S3 directory, so
 * the images are uploaded once; the first creates the buckets.
 */
function startBackfillStack(
  ctx: BenchContext,
  concurrency: number,
  s3Dir: string,
  first: boolean,
): Promise<SpawnedStack> {
  return spawnLocalStack([
    ...['--latency-ms', String(BASE_LATENCY_MS), '--tps', String(BASE_TPS), '--s3-dir', s3Dir],
    ...(first ? ['--bucket', SOURCE_BUCKET, '--bucket', REPORT_BUCKET] : []),
    ...['--lambda', ctx.lambdaBundle!, '--lambda-env', ENVIRONMENT],
    ...['--lambda-prefix', LAMBDA_PREFIX, '--lambda-concurrency', String(concurrency)],
    ...['--batch-parallelism', String(concurrency)],
  ]);
}

/** The images under SOURCE_PREFIX in folders of FOLDER_SIZE; how many distinct contents they have. */
async function uploadSource(s3: S3Client, files: readonly string[]): Promise<number> {
  const hashes = new Set<string>();
  const indexed = files.map((file, i) => ({ file, i }));
  await forEachAtOnce(indexed, UPLOADS_AT_ONCE, async ({ file, i }) => {
    const body = await readFile(file);
    hashes.add(createHash('sha256').update(body).digest('hex'));
    const folder = `unit-${String(Math.floor(i / FOLDER_SIZE)).padStart(3, '0')}`;
    await s3.send(
      new PutObjectCommand({
        Bucket: SOURCE_BUCKET,
        Key: `${SOURCE_PREFIX}${folder}/${basename(file)}`,
        Body: body,
      }),
    );
  });
  return hashes.size;
}

/** An empty table for each run: the Lambda would answer "unchanged" for what it holds. */
async function recreateTable(stack: SpawnedStack): Promise<void> {
  const db = dynamoClient(stack);
  try {
    await db.send(new DeleteTableCommand({ TableName: TABLE }));
    for (let i = 0; i < 500; i++) {
      const gone = await db.send(new DescribeTableCommand({ TableName: TABLE })).then(
        () => false,
        (error: Error) => error.name === 'ResourceNotFoundException',
      );
      if (gone) break;
      await sleep(10);
    }
  } finally {
    db.destroy();
  }
  await createTable(stack, TABLE);
}

interface CreatedJob {
  jobId: string;
  toLabel: number;
  estimatedSeconds: number;
  cliMs: number;
}

/** `node dist/cli/index.js backfill ... --json`, as a user creates the job. */
async function createWithCli(stack: SpawnedStack, prefix: string): Promise<CreatedJob> {
  const region = stack.env.AWS_REGION!;
  const run = await runBundledCli(
    [
      'backfill',
      ...['--bucket', SOURCE_BUCKET, '--prefix', prefix, '--environment', ENVIRONMENT],
      ...['--function-arn', `arn:aws:lambda:${region}:${ACCOUNT}:function:${FUNCTION}`],
      ...['--role-arn', `arn:aws:iam::${ACCOUNT}:role/${FUNCTION}-backfill`],
      ...['--report-bucket', REPORT_BUCKET, '--quota-tps', String(BASE_TPS), '--json'],
    ],
    stack.env,
  );
  if (run.exitCode !== 0) throw new Error(`backfill exited ${run.exitCode}: ${run.stderr}`);
  const answer = JSON.parse(run.stdout) as {
    toLabel: number;
    estimatedSeconds: number;
    job?: { id: string };
  };
  if (!answer.job) throw new Error(`backfill created no job: ${run.stdout}`);
  return {
    jobId: answer.job.id,
    toLabel: answer.toLabel,
    estimatedSeconds: answer.estimatedSeconds,
    cliMs: run.ms,
  };
}

interface Watched {
  job: JobDescriptor;
  /** Calls the emulator accepted so far, every POLL_MS. */
  samples: CountSample[];
}

/** DescribeJob every POLL_MS until the job is final, and the emulator's counters beside it. */
async function watch(
  stack: SpawnedStack,
  control: S3ControlClient,
  jobId: string,
  limitMs: number,
): Promise<Watched> {
  const samples: CountSample[] = [];
  const start = epochNow();
  for (let tick = 1; ; tick++) {
    const before = epochNow();
    const [{ Job }, stats] = await Promise.all([
      control.send(new DescribeJobCommand({ AccountId: ACCOUNT, JobId: jobId })),
      stack.emulatorAdmin.stats(),
    ]);
    samples.push({ ms: (before + epochNow()) / 2, count: stats.requests - stats.throttled });
    if (Job?.Status && TERMINAL.has(Job.Status)) return { job: Job, samples };
    if (epochNow() - start > limitMs) {
      throw new Error(`job ${jobId} still ${Job?.Status} after ${seconds(limitMs)}`);
    }
    await sleep(Math.max(0, start + tick * POLL_MS - epochNow()));
  }
}

/** The completion report's tasks, read as a user would: manifest.json, then each CSV. */
async function readReport(s3: S3Client, jobId: string) {
  const text = async (Key: string) =>
    (await s3.send(new GetObjectCommand({ Bucket: REPORT_BUCKET, Key }))).Body!.transformToString();
  const prefix = `${backfillReportPrefixOf(ENVIRONMENT)}/job-${jobId}`;
  const manifest = JSON.parse(await text(`${prefix}/manifest.json`)) as {
    Results: { Key: string }[];
  };
  const counts = { succeeded: 0, failed: 0 };
  for (const result of manifest.Results) {
    const file = reportTaskCounts(await text(result.Key));
    counts.succeeded += file.succeeded;
    counts.failed += file.failed;
  }
  return counts;
}

interface RunResult {
  created: CreatedJob;
  watched: Watched;
  confirmAt: number;
  emulator: EmulatorStats;
  /**
   * HeadObject requests: the Lambda heads the object first in each invocation, once (the
   * bench's images are all under 5 MB, read inline), so this is tasks + redrives.
   */
  heads: number;
  report: { succeeded: number; failed: number };
  labeledItems: number;
  busy: number;
}

/**
 * One backfill of the `n` objects under `prefix`: a fresh table, the CLI's job, confirmed and
 * watched to the end.
 */
async function runOnce(
  stack: SpawnedStack,
  control: S3ControlClient,
  setup: BackfillSetup,
  source: { prefix: string; n: number },
): Promise<RunResult> {
  const { prefix, n } = source;
  await recreateTable(stack);
  const created = await createWithCli(stack, prefix);
  if (created.toLabel !== n) throw new Error(`backfill listed ${created.toLabel} images, not ${n}`);
  await stack.emulatorAdmin.reset();
  await stack.emulatorAdmin.config({
    latencyMs: setup.latencyMs,
    tps: BASE_TPS,
    throttleRate: setup.throttleRate,
  });
  await stack.s3Admin.reset();
  const cpuBefore = cpuTimes();
  const confirmAt = Date.now();
  await control.send(
    new UpdateJobStatusCommand({
      AccountId: ACCOUNT,
      JobId: created.jobId,
      RequestedJobStatus: 'Ready',
    }),
  );
  const watched = await watch(stack, control, created.jobId, 60_000 + (20_000 * n) / BASE_TPS);
  const busy = busyShare(cpuBefore, cpuTimes());
  const [emulator, s3Stats] = await Promise.all([
    stack.emulatorAdmin.stats(),
    stack.s3Admin.stats(),
  ]);
  const s3 = s3Client(stack);
  try {
    const report = await readReport(s3, created.jobId);
    const items = await scanTable(stack, TABLE);
    const labeledItems = items.filter((item) => item.status?.S === 'labeled').length;
    const heads = s3Stats.byMethod.HEAD ?? 0;
    return { created, watched, confirmAt, emulator, heads, report, labeledItems, busy };
  } finally {
    s3.destroy();
  }
}

/** From the confirmation to the job's TerminationDate (the report written). */
function wallOf(run: RunResult): number {
  const end = run.watched.job.TerminationDate?.getTime() ?? run.watched.samples.at(-1)!.ms;
  return end - run.confirmAt;
}

/**
 * The quota's row is held to N / TPS; the row with refusals injected at random (not the quota:
 * each costs its task a back-off) to the "every object labeled exactly once".
 */
export function targetOf(setup: BackfillSetup): string {
  const exact = 'every task Succeeded, calls = N (issue 15)';
  return setup.throttleRate > 0 ? exact : `ratio <= ${BACKFILL_RATIO_TARGET}, ${exact}`;
}

interface Measured {
  setup: BackfillSetup;
  concurrency: number;
  n: number;
  distinct: number;
  run: RunResult;
}

function backfillRow({ setup, concurrency, n, distinct, run }: Measured): Row {
  const { job } = run.watched;
  const succeeded = job.ProgressSummary?.NumberOfTasksSucceeded ?? 0;
  const failed = job.ProgressSummary?.NumberOfTasksFailed ?? 0;
  const accepted = run.emulator.succeededByOperation.DetectLabels ?? 0;
  const lastLabel =
    run.emulator.lastReplyAt === null ? '?' : seconds(run.emulator.lastReplyAt - run.confirmAt);
  const throttle = setup.throttleRate > 0 ? `, ${setup.throttleRate * 100}% throttled` : '';
  const row = quotaRow(
    { wallMs: wallOf(run), failed: n - succeeded, peakRssKb: null },
    n,
    BASE_TPS,
    {
      scenario: '10 backfill',
      who: 'ours',
      setup:
        `S3 Batch Operations, N=${n}, ${BASE_TPS} TPS, ${latencyText(setup.latencyMs)}${throttle}, ` +
        `${concurrency} environments`,
      requests: `${run.emulator.requests}/${run.emulator.throttled}/-`,
      target: targetOf(setup),
      note:
        `job ${job.Status}: ${succeeded} Succeeded, ${failed} failed ` +
        `(report: ${run.report.succeeded} succeeded, ${run.report.failed} failed); ` +
        `DetectLabels accepted ${accepted} for ${distinct} distinct images, ${run.labeledItems} items labeled; ` +
        `${run.heads - n} redrives (${run.heads} invocations reached S3); ${emulatorNote(run.emulator)}; ` +
        `last label at ${lastLabel}; CLI list + manifest + CreateJob ${seconds(run.created.cliMs)}, ` +
        `its estimate ${run.created.estimatedSeconds} s; CPU: stack ${seconds(run.emulator.processCpuMs)}, ` +
        `machine ${Math.round(run.busy * 100)}% busy of ${cpus().length} cores; ` +
        `accepted each second: ${perSecond(run.watched.samples, run.confirmAt).join(' ')}`,
    },
  );
  const met =
    (setup.throttleRate > 0 || (row.ratio !== undefined && row.ratio <= BACKFILL_RATIO_TARGET)) &&
    job.Status === 'Complete' &&
    succeeded === n &&
    run.report.succeeded === n &&
    accepted === distinct &&
    run.labeledItems === n;
  return { ...row, met };
}

async function uploadLogged(ctx: BenchContext, stack: SpawnedStack, files: readonly string[]) {
  const started = performance.now();
  const s3 = s3Client(stack);
  try {
    const distinct = await uploadSource(s3, files);
    ctx.log(`backfill: ${files.length} images uploaded in ${seconds(performance.now() - started)}`);
    return distinct;
  } finally {
    s3.destroy();
  }
}

/**
 * One stack per concurrency: the images uploaded (by the first only), a warm-up backfill of the
 * first WARM_OBJECTS (not measured: it starts every execution environment and warms its code,
 * as the first minutes of a million-object backfill do; here their cold starts would compete
 * with the runs for the cores), then the measured backfill of all N for each setup.
 */
async function measurePlan(
  ctx: BenchContext,
  plan: StackPlan,
  source: { s3Dir: string; files: readonly string[]; distinct: number | undefined },
): Promise<Measured[]> {
  const n = ctx.options.backfillN;
  const { concurrency } = plan;
  const stack = await startBackfillStack(ctx, concurrency, source.s3Dir, !source.distinct);
  const control = new S3ControlClient(
    s3ControlClientConfig(stack.endpoints.s3Control, stack.env.AWS_REGION!),
  );
  try {
    const distinct = source.distinct ?? (await uploadLogged(ctx, stack, source.files));
    const warmN = Math.min(n, WARM_OBJECTS);
    const warm = await runOnce(stack, control, plan.setups[0]!, { prefix: WARM_PREFIX, n: warmN });
    ctx.log(
      `backfill: ${concurrency} environments warmed by ${warmN} objects in ${seconds(wallOf(warm))}`,
    );
    const measured: Measured[] = [];
    for (const setup of plan.setups) {
      ctx.log(`backfill: N=${n}, ${latencyText(setup.latencyMs)}, throttle ${setup.throttleRate}`);
      const run = await runOnce(stack, control, setup, { prefix: SOURCE_PREFIX, n });
      measured.push({ setup, concurrency, n, distinct, run });
    }
    return measured;
  } catch (error) {
    // fetch's "fetch failed" says nothing without its cause (a refused connection...).
    const { cause } = error as Error;
    if (cause === undefined) throw error;
    throw new Error(`${(error as Error).message}: ${String(cause)}`, { cause: error });
  } finally {
    control.destroy();
    await stack.stop();
  }
}

export const backfill: Scenario = {
  id: 'backfill',
  item: 10,
  title: 'Backfill on S3 Batch Operations',
  async unavailable(ctx) {
    if (!ctx.lambdaBundle) return 'no Lambda bundle (build it, or pass --lambda-bundle)';
    if (!(await readFile(ctx.lambdaBundle, 'utf8')).includes('invocationSchemaVersion')) {
      return `${ctx.lambdaBundle} does not answer S3 Batch Operations (npm run bundle)`;
    }
    const help = await runBundledCli(['backfill', '--help'], {});
    if (help.exitCode !== 0) return 'dist/cli/index.js has no backfill command (npm run bundle)';
    return undefined;
  },
  async run(ctx) {
    const files = await ensureImages(ctx.cache, ctx.options.backfillN);
    const s3Dir = await mkdtemp(join(tmpdir(), 'bench-backfill-s3-'));
    try {
      const setups = backfillSetups(
        ctx.options.backfillLatencies,
        ctx.options.backfillThrottleRate,
      );
      let distinct: number | undefined;
      const measured: Measured[] = [];
      for (const plan of stackPlans(setups, ctx.options.backfillConcurrency)) {
        measured.push(...(await measurePlan(ctx, plan, { s3Dir, files, distinct })));
        distinct = measured[0]!.distinct;
      }
      // In the order of the setups, whichever stack ran them.
      return setups.map((setup) => backfillRow(measured.find((m) => m.setup === setup)!));
    } finally {
      await rm(s3Dir, { recursive: true, force: true });
    }
  },
};
