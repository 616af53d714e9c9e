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
