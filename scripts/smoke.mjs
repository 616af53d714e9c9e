// Loads the committed bundle the way the runner does and checks it reaches
// input validation: a bundle can build yet crash at load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`smoke: expected Node 24+, got ${process.version}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'smoke-'));
const output = join(dir, 'output');
writeFileSync(output, '');
const started = process.hrtime.bigint();
const child = spawnSync(process.execPath, ['dist/index.js'], {
  encoding: 'utf8',
  env: {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_OUTPUT: output,
    INPUT_IMAGES: '__fixtures__/images/*.png',
    'INPUT_MAX-LABELS': 'lots',
  },
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const expected = 'Input `max-labels` is "lots"; expected a whole number from 1 to 1000.';
const ok = child.status === 1 && child.stdout.includes(expected) && !child.stderr.includes('at ');
console.log(child.stdout.trim());
if (child.stderr) console.error(child.stderr.trim());
console.log(`smoke: exit ${child.status} in ${ms.toFixed(0)} ms on Node ${process.version}`);
if (!ok) {
  console.error('smoke: dist/index.js did not fail cleanly on a bad input');
  process.exit(1);
}
if (readFileSync(output, 'utf8') !== '') {
  console.error('smoke: outputs were written for a run that failed validation');
  process.exit(1);
}
console.log('smoke: ok');

// The Lambda bundle as the Node.js 24 runtime loads it: an ES module exporting `handler`,
// whose cold start refuses a configuration without any table.
const lambda = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const m = await import('./dist/lambda/index.js').catch((e) => ({ error: e }));
     if (m.error) { console.log('init error: ' + m.error.name); process.exit(3); }
     console.log('handler: ' + typeof m.handler);`,
  ],
  { encoding: 'utf8', env: { PATH: process.env.PATH, ...lambdaEnv() } },
);
function lambdaEnv() {
  return { AWS_REGION: 'us-east-1', DDB_TABLE_PROD: 'prod_results' };
}
const broken = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', "await import('./dist/lambda/index.js')"],
  {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1' },
  },
);
const lambdaOk =
  lambda.status === 0 &&
  lambda.stdout.includes('handler: function') &&
  broken.status !== 0 &&
  broken.stdout.includes('"message":"invalid configuration"') &&
  broken.stdout.includes('No DDB_TABLE_<ENV> variable is set');
console.log(lambda.stdout.trim());
if (!lambdaOk) {
  console.error(lambda.stderr, broken.stdout, broken.stderr);
  console.error('smoke: dist/lambda/index.js does not load as the Lambda runtime loads it');
  process.exit(1);
}
console.log('smoke: lambda ok');
