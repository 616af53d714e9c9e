// `npm run demo`: the whole action on the sample photos, with no AWS account and no network.
// Starts the local stack (s3rver, dynalite behind a TTL shim, the project's Rekognition
// emulator, and the S3 -> Lambda link running the committed dist/lambda/index.js), creates the
// bucket and tables, and runs the committed dist/index.js exactly as a GitHub runner would, in
// both modes. Everything it writes stays under .tmp/demo/.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ActionRun,
  pullRequestEnv,
  pullRequestEvent,
  pushEvent,
  runBundledAction,
} from '../local-stack/action-runner.js';
import { createBucket, createTable, listObjects, scanTable } from '../local-stack/admin.js';
import { lambdaFunctionsFor } from '../local-stack/lambda-cli.js';
import { type LambdaLogLine } from '../local-stack/lambda-link.js';
import { type LocalStack, startLocalStack } from '../local-stack/stack.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// DEMO_DIR lets tests run the demo without touching the developer's .tmp/demo.
const DEMO = process.env.DEMO_DIR || join(ROOT, '.tmp', 'demo');
const WORKSPACE = join(DEMO, 'workspace');
const BUCKET = 'pixel-learning-rekognition';
const TABLES = ['beta_results', 'prod_results'];

const rule = (title: string) => console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
const show = (path: string) => relative(process.cwd(), path) || '.';

async function prepareWorkspace(): Promise<void> {
  await rm(DEMO, { recursive: true, force: true });
  await mkdir(join(WORKSPACE, 'images'), { recursive: true });
  const samples = join(ROOT, '__fixtures__', 'images');
  for (const name of await readdir(samples)) {
    if (/\.(png|jpe?g)$/i.test(name))
      await copyFile(join(samples, name), join(WORKSPACE, 'images', name));
  }
}

function report(title: string, run: ActionRun): void {
  rule(`${title}: exit ${run.exitCode} in ${Math.round(run.ms)} ms`);
  console.log('--- log (stdout of dist/index.js) ---');
  console.log(run.stdout.trim());
  if (run.stderr.trim()) console.log(`--- stderr ---\n${run.stderr.trim()}`);
  console.log('\n--- outputs ---');
  for (const [name, value] of Object.entries(run.outputs)) {
    console.log(`${name}: ${value.length > 160 ? `${value.slice(0, 160)}…` : value}`);
  }
  console.log('\n--- job summary (Markdown) ---');
  console.log(run.summary.trim());
}

/** The local stack with the committed Lambda bundle; its handler output goes to `lambdaLog`. */
function startDemoStack(lambdaLog: string[]): Promise<LocalStack> {
  return startLocalStack({
    s3Dir: join(DEMO, 's3'),
    lambda: {
      functions: lambdaFunctionsFor({
        handler: join(ROOT, 'dist', 'lambda', 'index.js'),
        environments: undefined,
        prefix: undefined,
        tableTemplate: undefined,
        settings: [],
        timeoutMs: undefined,
        concurrency: undefined,
      }).map((fn) => fn.config),
      log: ({ functionName, source, line }: LambdaLogLine) => {
        if (source !== 'platform') lambdaLog.push(`[${functionName}] ${line}`);
      },
    },
  });
}

/** Direct mode on pull request #1, so the environment comes out as beta. */
function directOnPullRequest(env: Record<string, string>, runnerDir: string): Promise<ActionRun> {
  return runBundledAction({
    workspace: WORKSPACE,
    env: { ...env, ...pullRequestEnv(1, 'demo/cats', 'demo000') },
    runnerDir: join(DEMO, runnerDir),
    inputs: { images: 'images/*.{png,jpg}', table: '{environment}_results', bucket: BUCKET },
    event: pullRequestEvent(1, 'demo123'),
  });
}

/** Upload-only mode on a push to main (prod), waiting for the Lambda's results. */
function uploadOnlyOnPush(env: Record<string, string>): Promise<ActionRun> {
  return runBundledAction({
    workspace: WORKSPACE,
    env: {
      ...env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    },
    runnerDir: join(DEMO, 'runner-upload'),
    inputs: {
      images: 'images/*.{png,jpg}',
      mode: 'upload-only',
      bucket: BUCKET,
      table: '{environment}_results',
      'wait-for-results': '60',
    },
    event: pushEvent(),
  });
}

async function printStoredResults(stack: LocalStack): Promise<void> {
  rule('DynamoDB items');
  for (const table of TABLES) {
    const items = await scanTable(stack, table);
    console.log(`--- ${table}: ${items.length} item(s) ---`);
    for (const item of items) console.log(JSON.stringify(item));
  }
  rule(`S3 objects in ${BUCKET}`);
  for (const object of await listObjects(stack, BUCKET))
    console.log(`${object.key} (${object.size} bytes)`);
}

function printFileLocations(runs: [name: string, run: ActionRun][]): void {
  rule('Where the files are');
  console.log(`workspace:           ${show(WORKSPACE)}`);
  for (const [name, run] of runs) {
    console.log(`${name.padEnd(12)} summary: ${show(run.files.summary)}`);
    console.log(`${''.padEnd(12)} outputs: ${show(run.files.output)}`);
    console.log(`${''.padEnd(12)} results: ${show(run.outputs['results-file'] ?? '')}`);
  }
  console.log(`S3 data (s3rver):    ${show(join(DEMO, 's3'))}`);
  console.log(
    '\nLabels come from the local Rekognition emulator (fixtures for the sample photos, a deterministic',
  );
  console.log('fallback for other images), not from Amazon Rekognition.');
}

/** Both modes and what they left behind; true if every run did what the demo promises. */
async function runDemo(stack: LocalStack, lambdaLog: string[]): Promise<boolean> {
  const env = { ...stack.env, GITHUB_SHA: 'demo000' };
  const direct = await directOnPullRequest(env, 'runner-direct');
  report('Direct mode on a pull request (environment auto -> beta)', direct);
  const cached = await directOnPullRequest(env, 'runner-cached');
  const calls = stack.emulator.stats().byOperation.DetectLabels ?? 0;
  rule(
    `Re-run on unchanged images: exit ${cached.exitCode}, labeled-count ${cached.outputs['labeled-count']}`,
  );
  console.log(`Rekognition DetectLabels calls over both runs: ${calls} (the re-run made none)`);

  const upload = await uploadOnlyOnPush(env);
  report(
    'Upload-only mode on a push to main (environment auto -> prod), the Lambda labels',
    upload,
  );
  rule('Lambda logs (dist/lambda/index.js): beta skips what direct mode labeled, prod labels');
  console.log(lambdaLog.join('\n'));

  await printStoredResults(stack);
  printFileLocations([
    ['direct', direct],
    ['re-run', cached],
    ['upload-only', upload],
  ]);
  return (
    direct.exitCode === 0 &&
    cached.exitCode === 0 &&
    upload.exitCode === 0 &&
    upload.outputs['labeled-count'] === '4' &&
    calls === 4
  );
}

async function main(): Promise<void> {
  await prepareWorkspace();
  const lambdaLog: string[] = [];
  const stack = await startDemoStack(lambdaLog);
  try {
    await createBucket(stack, BUCKET);
    for (const table of TABLES) await createTable(stack, table);
    if (!(await runDemo(stack, lambdaLog))) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

await main();
