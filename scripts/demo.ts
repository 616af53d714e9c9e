// `npm run demo`: the whole action on the sample photos, with no AWS account and no network.
// Starts the local stack (s3rver, dynalite behind a TTL shim, the project's Rekognition
// emulator, and the S3 -> Lambda link running the committed dist/lambda/index.js), creates the
// bucket and tables, and runs the committed dist/index.js exactly as a GitHub runner would, in
// both modes. Everything it writes stays under .tmp/demo/.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ActionRun,
  pullRequestEnv,
  pullRequestEvent,
  pushEvent,
  runBundledAction,
} from '../local-stack/action-runner.js';
import {
  createBucket,
  createIndexTable,
  createTable,
  listObjects,
  scanTable,
} from '../local-stack/admin.js';
import { runBundledCli } from '../local-stack/cli-runner.js';
import { indexTableFor } from '../src/shared/label-index.js';
import { lambdaFunctionsFor } from '../local-stack/lambda-cli.js';
import { type LambdaLogLine } from '../local-stack/lambda-link.js';
import { type LocalStack, startLocalStack } from '../local-stack/stack.js';
import { backfillDemo, backfillDone } from './demo-backfill.js';
import { reviewDemo } from './demo-review.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// DEMO_DIR lets tests run the demo without touching the developer's .tmp/demo.
const DEMO = process.env.DEMO_DIR || join(ROOT, '.tmp', 'demo');
const WORKSPACE = join(DEMO, 'workspace');
const MODERATED = join(DEMO, 'moderated-workspace');
const SAMPLES = join(ROOT, '__fixtures__', 'images');

/**
 * The moderation demo: lesson images (copies of the samples) that the emulator is told to flag,
 * and the policy in the repository that judges them.
 */
const LESSONS = {
  'images/misc/poster.png': { sample: 'chelsea.png', label: 'Explicit Nudity', confidence: 88.5 },
  'images/history/battle.jpg': { sample: 'rocket.jpg', label: 'Weapon Violence', confidence: 85 },
  'images/biology/anatomy-01.png': {
    sample: 'coffee.png',
    label: 'Non-Explicit Nudity',
    confidence: 77,
  },
  'images/space/astronaut.png': { sample: 'astronaut.png', label: undefined, confidence: 0 },
} as const;

const policyFor = (anatomySha: string) => `moderation:
  block:
    Explicit: 50
    Non-Explicit Nudity of Intimate parts and Kissing: 60
    Violence: 80
  paths:
    - match: "images/history/**"
      warn: { Violence: 80 }
  overrides:
    - path: images/biology/anatomy-01.png
      sha256: ${anatomySha}
      allow: [Non-Explicit Nudity of Intimate parts and Kissing]
      reason: Anatomy lesson; approved in code review
`;
const BUCKET = 'pixel-learning-rekognition';
const TABLES = ['beta_results', 'prod_results', 'lessons_results'];

const rule = (title: string) => console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
const show = (path: string) => relative(process.cwd(), path) || '.';

async function prepareWorkspace(): Promise<void> {
  await rm(DEMO, { recursive: true, force: true });
  await mkdir(join(WORKSPACE, 'images'), { recursive: true });
  for (const name of await readdir(SAMPLES)) {
    if (/\.(png|jpe?g)$/i.test(name))
      await copyFile(join(SAMPLES, name), join(WORKSPACE, 'images', name));
  }
}

/** The lessons and their policy; the emulator flags each lesson by its bytes' sha256. */
async function prepareModeration(stack: LocalStack): Promise<void> {
  const rules = [];
  let anatomySha = '';
  for (const [path, lesson] of Object.entries(LESSONS)) {
    await mkdir(join(MODERATED, path, '..'), { recursive: true });
    await copyFile(join(SAMPLES, lesson.sample), join(MODERATED, path));
    const sha = createHash('sha256')
      .update(await readFile(join(MODERATED, path)))
      .digest('hex');
    if (path === 'images/biology/anatomy-01.png') anatomySha = sha;
    if (lesson.label) {
      rules.push({ match: sha, labels: [{ Name: lesson.label, Confidence: lesson.confidence }] });
    }
  }
  await mkdir(join(MODERATED, '.github'), { recursive: true });
  await writeFile(join(MODERATED, '.github', 'rekognition-label.yml'), policyFor(anatomySha));
  stack.emulator.config({ moderation: rules });
}

/** Direct mode with `moderation: fail` on pull request #2 (beta): one image blocks the step. */
function moderatedPullRequest(env: Record<string, string>): Promise<ActionRun> {
  return runBundledAction({
    workspace: MODERATED,
    env: { ...env, ...pullRequestEnv(2, 'demo/lessons', 'demo000') },
    runnerDir: join(DEMO, 'runner-moderation'),
    inputs: { images: 'images/**/*.{png,jpg}', table: 'lessons_results', moderation: 'fail' },
    event: pullRequestEvent(2, 'demo456'),
  });
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
      functions: [
        ...lambdaFunctionsFor({
          handler: join(ROOT, 'dist', 'lambda', 'index.js'),
          environments: undefined,
          prefix: undefined,
          tableTemplate: undefined,
          settings: [],
          timeoutMs: undefined,
          concurrency: undefined,
        }).map((fn) => fn.config),
        // prod's label index: its stream consumer, as the CDK app deploys it.
        {
          name: 'rekognition-prod-label-index',
          handler: join(ROOT, 'dist', 'label-index', 'index.js'),
          env: { INDEX_TABLE: indexTableFor(SEARCHED) },
          s3: false,
        },
      ],
      log: ({ functionName, source, line }: LambdaLogLine) => {
        if (source !== 'platform' && !functionName.includes('label-index')) {
          lambdaLog.push(`[${functionName}] ${line}`);
        }
      },
    },
    streams: [{ table: SEARCHED, function: 'rekognition-prod-label-index' }],
  });
}

/** The table the demo searches: prod's, indexed by the stream consumer. */
const SEARCHED = 'prod_results';

/** The demo's last step: what was labeled, asked through the bundled CLI. */
async function searchDemo(stack: LocalStack): Promise<boolean> {
  await stack.streamMappings.get(SEARCHED)!.idle();
  const commands = [
    ['find', '--table', SEARCHED, '--label', 'cat'],
    ['labels', '--table', SEARCHED, '--top', '8'],
  ];
  let ok = true;
  for (const args of commands) {
    rule(`Search: node dist/cli/index.js ${args.join(' ')}`);
    const run = await runBundledCli(args, stack.env);
    console.log((run.stdout + run.stderr).trim());
    ok &&= run.exitCode === 0;
  }
  return ok;
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
  console.log(`moderated lessons:   ${show(MODERATED)} (policy in .github/rekognition-label.yml)`);
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

  await prepareModeration(stack);
  const moderated = await moderatedPullRequest(env);
  report(
    'Moderation (moderation: fail) on a pull request: one blocked, one warned by a path rule, one approved by an override',
    moderated,
  );

  const review = await reviewDemo(stack, WORKSPACE, DEMO);
  report('Pull request #3 against prod: only the changed images, compared with prod', review.first);
  rule('The sticky comment on pull request #3 (local GitHub API), after the first push');
  console.log(review.before);
  rule('The same comment after a second push that changes no image');
  console.log(review.after);
  console.log(
    `(${review.comments} comment on the pull request: updated in place, never duplicated)`,
  );

  await printStoredResults(stack);
  const searched = await searchDemo(stack);
  // Last: it adds the course library's items to prod's table, which the lines above show.
  const backfill = await backfillDemo(stack, SEARCHED, BUCKET, (title, text) => {
    rule(title);
    console.log(text);
  });
  printFileLocations([
    ['direct', direct],
    ['re-run', cached],
    ['upload-only', upload],
    ['moderation', moderated],
    ['review', review.first],
  ]);
  return (
    searched &&
    backfillDone(backfill) &&
    direct.exitCode === 0 &&
    cached.exitCode === 0 &&
    upload.exitCode === 0 &&
    upload.outputs['labeled-count'] === '4' &&
    calls === 4 &&
    // The blocked image fails the step, as it would fail the pull request's check.
    moderated.exitCode === 1 &&
    moderated.outputs['blocked-count'] === '1' &&
    moderated.outputs['flagged-count'] === '2' &&
    review.first.exitCode === 0 &&
    review.first.outputs['changed-count'] === '4' &&
    review.second.exitCode === 0 &&
    review.comments === 1 &&
    review.after.includes('No image is changed by this pull request')
  );
}

async function main(): Promise<void> {
  await prepareWorkspace();
  const lambdaLog: string[] = [];
  const stack = await startDemoStack(lambdaLog);
  try {
    await createBucket(stack, BUCKET);
    for (const table of TABLES) {
      await createTable(stack, table, { stream: table === SEARCHED });
    }
    await createIndexTable(stack, indexTableFor(SEARCHED));
    if (!(await runDemo(stack, lambdaLog))) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

await main();
