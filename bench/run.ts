// `npm run bench`: how close the bundled action comes to the physical limits on the local
// stack (emulated Rekognition quota and latency, s3rver, dynalite), beside the peers it
// replaces. Prints what it measured, one table; it asserts nothing and exits 0 unless the
// benchmark itself broke.
import { access, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnLocalStack } from '../__tests__/helpers/stack.js';
import {
  BASE_LATENCY_MS,
  BASE_TPS,
  BUCKET,
  type BenchContext,
  type BenchOptions,
  DEFAULT_OPTIONS,
  LAMBDA_ENVIRONMENTS,
  LAMBDA_PREFIX,
  type Scenario,
  TABLE,
} from './context.js';
import { DEFAULT_CACHE_DIR, imageCache, POOL_SIZE } from './images.js';
import { SCENARIOS } from './scenarios.js';
import { formatBytes, parseCounts, parseList, parseTransports } from './stats.js';
import { arrangeRows, formatTable, type Row } from './table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const D = DEFAULT_OPTIONS;
const list = (values: readonly (string | number)[]) => values.join(',');

const USAGE = `usage: npm run bench -- [options]
  --only LIST           scenarios to run, comma-separated: ${SCENARIOS.map((s) => s.id).join(', ')}
                        (default: all but ${SCENARIOS.filter((s) => s.optional)
                          .map((s) => s.id)
                          .join(', ')})
  --n N                 images per run at ${BASE_TPS} TPS: throughput, sdk-pool, cost (default ${D.n})
  --slow-n N            images for the 5 TPS throughput runs (default ${D.slowN})
  --latencies LIST      service latencies, ms: throughput, recovery, sdk-pool (default ${list(D.latencies)})
  --transports LIST     bytes (no bucket, no table) and/or s3 (bucket + table) (default ${list(D.transports)})
  --recovery-n N        images of the recovery run (default ${D.recoveryN})
  --rerun-n LIST        batch sizes re-run on unchanged images (default ${list(D.rerunNs)})
  --memory-n LIST       batch sizes for peak RSS, at 50 TPS (default ${list(D.memoryNs)})
  --memory-latency MS   service latency of those runs (default ${D.memoryLatencyMs})
  --memory-repeat N     runs per batch size, the median peak is printed (default ${D.memoryRepeat})
  --throughput-repeat N runs of each 50 TPS throughput setup, the median is printed
                        with every ratio (default ${D.throughputRepeat})
  --startup-runs N      start-up samples, the median is printed (default ${D.startupRuns})
  --script-n N          images for the original analyze.py, a process each (default ${D.scriptN})
  --script-latencies L  latencies, ms, at which it runs (default ${list(D.scriptLatencies)})
  --python PATH         the Python for it (default: /usr/bin/python3, else python3, with boto3)
  --search-items N      items of the search table (default ${D.searchItems})
  --search-matches N    of which have the searched label (default ${D.searchMatches})
  --backfill-n N        objects of the backfill on S3 Batch Operations, at most ${POOL_SIZE}
                        (default ${D.backfillN})
  --backfill-latencies L  service latencies, ms, of the backfill (default ${list(D.backfillLatencies)})
  --backfill-throttle X   injected throttling share of one more backfill run at the first
                        latency, 0 for none (default ${D.backfillThrottleRate})
  --backfill-concurrency N  the backfill function's execution environments and the job's
                        invocations at once (default: sized to each latency at ${BASE_TPS} TPS)
  --bundle PATH         the action bundle to run (default dist/index.js)
  --lambda-bundle P     the Lambda handler the stack runs for upload-only
                        (default lambda/index.js next to the bundle)
  --cache-dir DIR       where generated images are kept (default ${DEFAULT_CACHE_DIR})
  --json PATH           also write the rows and the machine as JSON
Images past ${POOL_SIZE} are the first ${POOL_SIZE} again, under other names.
Progress goes to stderr, the table to stdout.`;

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive whole number`);
  return n;
}

/** A share of calls, 0 up to (not including) 1. */
function share(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  if (value.trim() === '' || !(x >= 0 && x < 1)) fail(`--${name} must be 0 or more and under 1`);
  return x;
}

function counts(name: string, value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  try {
    return parseCounts(name, value);
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values } = (() => {
  try {
    const text = { type: 'string' } as const;
    return parseArgs({
      options: {
        only: text,
        n: text,
        'slow-n': text,
        latencies: text,
        transports: text,
        'recovery-n': text,
        'rerun-n': text,
        'memory-n': text,
        'memory-latency': text,
        'memory-repeat': text,
        'throughput-repeat': text,
        'startup-runs': text,
        'script-n': text,
        'script-latencies': text,
        python: text,
        'search-items': text,
        'search-matches': text,
        'backfill-n': text,
        'backfill-latencies': text,
        'backfill-throttle': text,
        'backfill-concurrency': text,
        bundle: text,
        'lambda-bundle': text,
        'cache-dir': text,
        json: text,
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const only = values.only
  ? parseList(values.only)
  : SCENARIOS.filter((s) => !s.optional).map((s) => s.id);
for (const id of only) {
  if (!SCENARIOS.some((s) => s.id === id)) fail(`unknown scenario "${id}"`);
}
let transports = D.transports;
try {
  if (values.transports) transports = parseTransports(values.transports);
} catch (error) {
  fail((error as Error).message);
}
const options: BenchOptions = {
  n: positive('n', values.n, D.n),
  slowN: positive('slow-n', values['slow-n'], D.slowN),
  latencies: counts('latencies', values.latencies, D.latencies),
  transports,
  recoveryN: positive('recovery-n', values['recovery-n'], D.recoveryN),
  rerunNs: counts('rerun-n', values['rerun-n'], D.rerunNs),
  memoryNs: counts('memory-n', values['memory-n'], D.memoryNs),
  memoryLatencyMs: positive('memory-latency', values['memory-latency'], D.memoryLatencyMs),
  memoryRepeat: positive('memory-repeat', values['memory-repeat'], D.memoryRepeat),
  throughputRepeat: positive('throughput-repeat', values['throughput-repeat'], D.throughputRepeat),
  startupRuns: positive('startup-runs', values['startup-runs'], D.startupRuns),
  scriptN: positive('script-n', values['script-n'], D.scriptN),
  scriptLatencies: counts('script-latencies', values['script-latencies'], D.scriptLatencies),
  python: values.python,
  searchItems: positive('search-items', values['search-items'], D.searchItems),
  searchMatches: positive('search-matches', values['search-matches'], D.searchMatches),
  backfillN: positive('backfill-n', values['backfill-n'], D.backfillN),
  backfillLatencies: counts(
    'backfill-latencies',
    values['backfill-latencies'],
    D.backfillLatencies,
  ),
  backfillThrottleRate: share(
    'backfill-throttle',
    values['backfill-throttle'],
    D.backfillThrottleRate,
  ),
  backfillConcurrency:
    values['backfill-concurrency'] === undefined
      ? D.backfillConcurrency
      : positive('backfill-concurrency', values['backfill-concurrency'], 1),
};
// Past the pool, images repeat: the Lambda would reuse the labels of the same bytes.
if (options.backfillN > POOL_SIZE) {
  fail(`--backfill-n must be at most ${POOL_SIZE}: past it images repeat under other names`);
}
const bundle = resolve(values.bundle ?? resolve(ROOT, 'dist/index.js'));
const lambdaCandidate = resolve(
  values['lambda-bundle'] ?? join(dirname(bundle), 'lambda', 'index.js'),
);
const lambdaBundle = await access(lambdaCandidate).then(
  () => lambdaCandidate,
  () => null,
);
const log = (message: string) => console.error(`bench: ${message}`);

const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memory: formatBytes(totalmem()),
  node: process.version,
  bundle,
  lambdaBundle,
};
log(
  `${machine.cpus} cores (${machine.cpuModel}), ${machine.memory}, Node ${machine.node}, bundle ${bundle}`,
);

/** The images the chosen scenarios need, generated up front (past POOL_SIZE they repeat). */
const needed = Math.min(
  POOL_SIZE,
  Math.max(
    1,
    ...(only.some((id) => ['throughput', 'sdk-pool', 'cost', 'upload-only'].includes(id))
      ? [options.n, options.slowN]
      : []),
    ...(only.includes('recovery') ? [options.recoveryN] : []),
    ...(only.includes('rerun') ? options.rerunNs : []),
    ...(only.includes('memory') ? options.memoryNs : []),
    ...(only.includes('script') ? [options.scriptN] : []),
    ...(only.includes('backfill') ? [options.backfillN] : []),
  ),
);
const cache = imageCache(values['cache-dir'] ?? DEFAULT_CACHE_DIR);
const started = performance.now();
await cache.ensure(needed, (done, total) => log(`generating images: ${done}/${total}`));
log(`${needed} images ready in ${cache.dir}`);

// The stack runs in its own process, so the action's CPU and RSS are measured alone.
const stack = await spawnLocalStack([
  '--latency-ms',
  String(BASE_LATENCY_MS),
  '--tps',
  String(BASE_TPS),
  '--bucket',
  BUCKET,
  '--table',
  TABLE,
  ...(lambdaBundle && only.includes('upload-only')
    ? [
        '--lambda',
        lambdaBundle,
        '--lambda-env',
        LAMBDA_ENVIRONMENTS.join(','),
        '--lambda-prefix',
        LAMBDA_PREFIX,
      ]
    : []),
]);
const ctx: BenchContext = { bundle, lambdaBundle, stack, cache, options, log };

/** A scenario's rows; "not run" or "error" rows when it could not run or broke. */
async function rowsOf(scenario: Scenario): Promise<{ rows: Row[]; broken: boolean }> {
  const row = (measured: string, note: string): Row => ({
    scenario: `${scenario.item} ${scenario.id}`,
    setup: scenario.title,
    measured,
    target: '',
    note,
  });
  const why = await scenario.unavailable?.(ctx);
  if (why) return { rows: [row('not run', why)], broken: false };
  const scenarioStarted = performance.now();
  try {
    const rows = await scenario.run(ctx);
    log(`${scenario.id}: ${((performance.now() - scenarioStarted) / 1000).toFixed(0)} s`);
    return { rows, broken: false };
  } catch (error) {
    log(`${scenario.id} failed: ${(error as Error).stack ?? String(error)}`);
    return { rows: [row('error', (error as Error).message)], broken: true };
  }
}

const results: { item: number; rows: Row[] }[] = [];
let broken = false;
try {
  for (const scenario of SCENARIOS) {
    if (!only.includes(scenario.id)) continue;
    const result = await rowsOf(scenario);
    broken ||= result.broken;
    results.push({ item: scenario.item, rows: result.rows });
  }
} finally {
  await stack.stop();
}

// By item, then each setup's rows together: ours, then the peers on the same setup.
const rows = arrangeRows(results.sort((a, b) => a.item - b.item).flatMap((r) => r.rows));
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(
  `\nrekognition-label benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} cores, ${machine.memory}, Node ${machine.node}. Local emulator, not AWS.\n`,
);
console.log(formatTable(rows));
if (values.json)
  await writeFile(values.json, `${JSON.stringify({ machine, options, rows }, null, 2)}\n`);
process.exit(broken ? 1 : 0);
