import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `npm run demo` is the first command of docs/local-development.md and the README's way to try
 * the action; it must keep working end to end.
 */
it('npm run demo labels the sample photos in both modes and backfills a library from the bundled action', async () => {
  const demoDir = await mkdtemp(join(tmpdir(), 'demo-'));
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'scripts/demo.ts'],
    { cwd: ROOT, env: { ...process.env, DEMO_DIR: demoDir } },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toContain('Direct mode on a pull request (environment auto -> beta): exit 0');
  expect(stdout).toContain(
    'Rekognition DetectLabels calls over both runs: 4 (the re-run made none)',
  );
  // 4 from the first pull request, 2 more from the review's (crew.png, space/rocket.jpg).
  expect(stdout).toContain('--- beta_results: 6 item(s) ---');
  expect(stdout).toContain('rekognition-input/prod/images/rocket.jpg (112525 bytes)');
  expect(stdout).toContain('not from Amazon Rekognition');
  // Upload-only, end to end: the Lambda labeled the uploads and the action waited for them.
  expect(stdout).toContain('--- prod_results: 4 item(s) ---');
  expect(stdout).toMatch(/"message":"object labeled".*"environment":"prod"/);
  const uploadSummary = await readFile(join(demoDir, 'runner-upload', 'summary.md'), 'utf8');
  expect(uploadSummary).toMatch(/rocket\.jpg.*✅ labeled/s);
  expect(uploadSummary).not.toContain('⬆️ uploaded');
  // Moderation: one blocked (the step fails), one warned by a path rule, one approved.
  expect(stdout).toContain('blocked-count: 1');
  expect(stdout).toContain('flagged-count: 2');
  const moderation = await readFile(join(demoDir, 'runner-moderation', 'summary.md'), 'utf8');
  expect(moderation).toContain('### Needs review');
  expect(moderation).toMatch(/poster\.png.*⛔ block/s);
  expect(moderation).toMatch(/battle\.jpg.*⚠️ warn/s);
  expect(moderation).toContain('👍 approved: Anatomy lesson; approved in code review');
  // Pull-request review: the sticky comment before and after a push that changes no image.
  expect(stdout).toContain(
    'The sticky comment on pull request #3 (local GitHub API), after the first push',
  );
  expect(stdout).toMatch(
    /<strong>4 images<\/strong> changed at .*compared with <strong>prod<\/strong>/,
  );
  expect(stdout).toMatch(/### ✏️ Changed \(1\)[\s\S]*### 🆕 New \(1\)[\s\S]*### 🗑️ Removed \(1\)/);
  expect(stdout).toContain('No image is changed by this pull request');
  expect(stdout).toContain('(1 comment on the pull request: updated in place, never duplicated)');
  // Backfill: the course library outside the prefix, dry run, then the job created by the
  // bundled CLI, confirmed, and every image labeled exactly once into prod's table.
  expect(stdout).toContain('  36 to label (JPEG and PNG by extension, at most 15 MB)');
  expect(stdout).toContain('  2 left out: 2 not .jpg, .jpeg or .png');
  expect(stdout).toContain('Dry run: no manifest written, no job created.');
  expect(stdout).toMatch(/^Job [0-9a-f-]{36} created in account 111122223333, us-east-1\./m);
  expect(stdout).toContain('Backfill: job Complete, 36 of 36 tasks succeeded, 0 failed');
  expect(stdout).toContain('Rekognition DetectLabels calls: 36 for 36 images (each labeled once)');
  expect(stdout).toContain('prod_results: 4 -> 40 items');
  expect(stdout).toMatch(/^\d+ images? with label "[^"]+" in prod_results/m);
  expect(stdout).toMatch(/units\/unit-\d\/diagram-\d\d\.png/);
  const summary = await readFile(join(demoDir, 'runner-direct', 'summary.md'), 'utf8');
  expect(summary).toContain('<td>✅ labeled</td>');
  await rm(demoDir, { recursive: true, force: true });
}, 60_000);
