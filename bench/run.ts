// `npm run bench`: how close the bundled action comes to the physical limits on the local
// stack (emulated Rekognition quota and latency, s3rver, dynalite). Prints what it measured,
// one table; it asserts nothing and exits 0 unless the benchmark itself broke.
import { access, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnLocalStack } from '../__tests__/helpers/stack.js';
import { DEFAULT_CACHE_DIR, imageCache } from './images.js';
import {
  BASE_LATENCY_MS,
  BASE_TPS,
  BUCKET,
  DEFAULT_OPTIONS,
  LAMBDA_ENVIRONMENTS,
  LAMBDA_PREFIX,
  SCENARIOS,
  TABLE,
  type BenchContext,
} from './scenarios.js';
import { formatBytes, parseCounts, parseList } from './stats.js';
import { formatTable, type Row } from './table.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `usage: npm run bench -- [options]
  --only LIST         scenarios to run, comma-separated: ${SCENARIOS.map((s) => s.id).join(', ')}
                      (default: all)
  --n N               images per run for throughput at ${BASE_TPS} TPS, latency and cost (default ${DEFAULT_OPTIONS.n})
  --slow-n N          images for the 5 TPS throughput run (default ${DEFAULT_OPTIONS.slowN})
  --memory-n LIST     batch sizes for peak RSS (default ${DEFAULT_OPTIONS.memoryNs.join(',')})
  --memory-repeat N   runs per batch size, the median peak is printed (default ${DEFAULT_OPTIONS.memoryRepeat})
  --startup-runs N    start-up samples, the median is printed (default ${DEFAULT_OPTIONS.startupRuns})
  --bundle PATH       the action bundle to run (default dist/index.js)
  --lambda-bundle P   the Lambda handler the stack runs for upload-only
                      (default lambda/index.js next to the bundle)
  --cache-dir DIR     where generated images are kept (default ${DEFAULT_CACHE_DIR})
  --json PATH         also write the rows and the machine as JSON
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

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        only: { type: 'string' },
        n: { type: 'string' },
        'slow-n': { type: 'string' },
        'memory-n': { type: 'string' },
        'memory-repeat': { type: 'string' },
        'startup-runs': { type: 'string' },
        bundle: { type: 'string' },
        'lambda-bundle': { type: 'string' },
        'cache-dir': { type: 'string' },
        json: { type: 'string' },
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

const only = values.only ? parseList(values.only) : SCENARIOS.map((s) => s.id);
for (const id of only) {
  if (!SCENARIOS.some((s) => s.id === id)) fail(`unknown scenario "${id}"`);
}
let memoryNs = DEFAULT_OPTIONS.memoryNs;
try {
  if (values['memory-n']) memoryNs = parseCounts('memory-n', values['memory-n']);
} catch (error) {
  fail((error as Error).message);
}
const options = {
  n: positive('n', values.n, DEFAULT_OPTIONS.n),
  slowN: positive('slow-n', values['slow-n'], DEFAULT_OPTIONS.slowN),
  memoryNs,
  memoryRepeat: positive('memory-repeat', values['memory-repeat'], DEFAULT_OPTIONS.memoryRepeat),
  startupRuns: positive('startup-runs', values['startup-runs'], DEFAULT_OPTIONS.startupRuns),
};
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

const cache = imageCache(values['cache-dir'] ?? DEFAULT_CACHE_DIR);
const largestN = Math.max(options.n, options.slowN, ...(only.includes('memory') ? memoryNs : [1]));
const started = performance.now();
await cache.ensure(largestN, (done, total) => log(`generating images: ${done}/${total}`));
log(`${largestN} images ready in ${cache.dir}`);

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
const rows: Row[] = [];
let broken = false;
try {
  for (const scenario of SCENARIOS) {
    if (!only.includes(scenario.id)) continue;
    const why = await scenario.unavailable?.(ctx);
    if (why) {
      rows.push({
        scenario: `${scenario.item} ${scenario.id}`,
        setup: scenario.title,
        measured: 'not run',
        target: '',
        note: why,
      });
      continue;
    }
    try {
      rows.push(...(await scenario.run(ctx)));
    } catch (error) {
      broken = true;
      log(`${scenario.id} failed: ${(error as Error).stack ?? String(error)}`);
      rows.push({
        scenario: `${scenario.item} ${scenario.id}`,
        setup: scenario.title,
        measured: 'error',
        target: '',
        note: (error as Error).message,
      });
    }
  }
} finally {
  await stack.stop();
}

log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(
  `\nrekognition-label benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} cores, ${machine.memory}, Node ${machine.node}. Local emulator, not AWS.\n`,
);
console.log(formatTable(rows));
if (values.json)
  await writeFile(values.json, `${JSON.stringify({ machine, options, rows }, null, 2)}\n`);
process.exit(broken ? 1 : 0);
