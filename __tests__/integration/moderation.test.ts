import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBucket, createTable, scanTable } from '../../local-stack/admin.js';
import {
  pullRequestEnv,
  pullRequestEvent,
  runBundledAction,
} from '../../local-stack/action-runner.js';
import { makePng } from '../../local-stack/png.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';
import { escapeHtml } from '../../src/action/markdown-escape.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const BUCKET = 'pixel-learning-moderation';

/** Which sample stands for which lesson image, and what the emulator says of it. */
const IMAGES = {
  'images/misc/explicit.png': 'chelsea.png',
  'images/history/battle.jpg': 'rocket.jpg',
  'images/biology/anatomy-01.png': 'coffee.png',
  'images/space/astronaut.png': 'astronaut.png',
} as const;

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(join(FIXTURES, file)))
    .digest('hex');

interface Entry {
  path: string;
  status: string;
  moderation?: {
    verdict: string;
    labels: { name: string; confidence: number }[];
    findings: { name: string; rule: string; level: string }[];
    override?: { reason: string };
  };
}

/**
 * The bundled action, as the runner starts it, with moderation on against the local stack:
 * the emulator flags three of four images; the policy blocks one, warns on one through a path
 * rule and approves one with an override pinned to its bytes.
 */
describe('moderation, dist/index.js against the local stack', () => {
  let stack: SpawnedStack;
  let workspace: string;
  let shas: Record<string, string>;

  const policy = (anatomySha: string, explicitBlocks = true) => `moderation:
  block:
    ${explicitBlocks ? 'Explicit: 50' : 'Hate Symbols: 50'}
    Non-Explicit Nudity of Intimate parts and Kissing: 60
    Violence: 80
  paths:
    - match: "images/history/**"
      warn: { Violence: 80 }
  overrides:
    - path: images/biology/anatomy-01.png
      sha256: ${anatomySha}
      allow: [Non-Explicit Nudity of Intimate parts and Kissing]
      reason: "Anatomy lesson <approved> in review #12"
`;

  beforeAll(async () => {
    stack = await spawnLocalStack([
      '--lambda',
      'dist/lambda/index.js',
      '--lambda-env',
      'beta',
      '--lambda-setting',
      'MODERATION=on',
    ]);
    await createBucket(stack, BUCKET);
    await createTable(stack, 'direct_results');
    await createTable(stack, 's3_results');
    await createTable(stack, 'fail_results');
    workspace = await mkdtemp(join(tmpdir(), 'moderation-'));
    shas = {};
    for (const [path, sample] of Object.entries(IMAGES)) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await copyFile(join(FIXTURES, sample), join(workspace, path));
      shas[path] = await sha256(sample);
    }
    await mkdir(join(workspace, '.github'));
    await writeFile(
      join(workspace, '.github', 'rekognition-label.yml'),
      policy(shas['images/biology/anatomy-01.png']!),
    );
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  /** The emulator flags three of the four images, by their bytes. */
  async function configureFlags() {
    await stack.emulatorAdmin.config({
      moderation: [
        {
          match: shas['images/misc/explicit.png']!,
          labels: [{ Name: 'Explicit Nudity', Confidence: 88.5 }],
        },
        {
          match: shas['images/history/battle.jpg']!,
          labels: [{ Name: 'Weapon Violence', Confidence: 85 }],
        },
        {
          match: shas['images/biology/anatomy-01.png']!,
          labels: [{ Name: 'Non-Explicit Nudity', Confidence: 77 }],
        },
      ],
    });
  }

  beforeEach(async () => {
    await stack.emulatorAdmin.reset();
    await configureFlags();
  });

  const run = (inputs: Record<string, string>) =>
    runBundledAction({
      workspace,
      inputs: { images: 'images/**/*.{png,jpg}', ...inputs },
      event: pullRequestEvent(12, 'head1234'),
      env: { ...stack.env, ...pullRequestEnv(12) },
    });

  const entries = (outputs: Record<string, string>) =>
    Object.fromEntries(
      (JSON.parse(outputs.results!) as Entry[]).map((entry) => [entry.path, entry]),
    );

  function expectVerdicts(outputs: Record<string, string>) {
    const byPath = entries(outputs);
    expect(byPath['images/misc/explicit.png']!.moderation).toMatchObject({
      verdict: 'block',
      findings: [{ name: 'Explicit Nudity', rule: 'Explicit', level: 'block' }],
    });
    expect(byPath['images/history/battle.jpg']!.moderation?.verdict).toBe('warn');
    expect(byPath['images/biology/anatomy-01.png']!.moderation).toMatchObject({
      verdict: 'approved',
      override: { reason: 'Anatomy lesson <approved> in review #12' },
    });
    expect(byPath['images/space/astronaut.png']!.moderation).toMatchObject({
      verdict: 'clear',
      labels: [],
    });
    expect(outputs['blocked-count']).toBe('1');
    expect(outputs['flagged-count']).toBe('2');
  }

  it('report, bytes: judges every image, shows reviewers first, never fails for it; two calls an image', async () => {
    const result = await run({ table: 'direct_results', moderation: 'report' });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expectVerdicts(result.outputs);
    expect(result.stdout).toContain(
      '::error title=rekognition-label,file=images/misc/explicit.png::Blocked by the moderation policy: Explicit Nudity 88.5%25 (block: Explicit ≥ 50)',
    );
    expect(result.stdout).toContain(
      '::warning title=rekognition-label,file=images/history/battle.jpg::Moderation warning:',
    );
    const summary = result.summary;
    // "Needs review" comes before the labels table, blocked before warned.
    const review = summary.indexOf('### Needs review');
    expect(review).toBeGreaterThan(0);
    expect(review).toBeLessThan(summary.indexOf('### All images'));
    expect(summary.indexOf('explicit.png')).toBeLessThan(summary.indexOf('battle.jpg'));
    expect(summary).toContain('1 blocked, 1 warned by .github/rekognition-label.yml');
    // The override's reason is shown, escaped.
    expect(summary).toContain(escapeHtml('Anatomy lesson <approved> in review #12'));
    expect(summary).not.toContain('<approved>');
    expect(summary).toContain('4 DetectLabels, 4 DetectModerationLabels');
    const stats = await stack.emulatorAdmin.stats();
    expect(stats.byOperation).toEqual({ DetectLabels: 4, DetectModerationLabels: 4 });
    // The item stores what Rekognition said, never a verdict.
    const items = await scanTable(stack, 'direct_results');
    const explicit = items.find((i) => i.filename?.S?.endsWith('images/misc/explicit.png'))!;
    expect(JSON.parse(explicit.moderation_labels!.S!)).toEqual([
      { Name: 'Explicit', ParentName: '', TaxonomyLevel: 1, Confidence: 88.5 },
      { Name: 'Explicit Nudity', ParentName: 'Explicit', TaxonomyLevel: 2, Confidence: 88.5 },
    ]);
    expect(explicit.moderation_min_confidence).toEqual({ N: '50' });
    expect(Object.keys(explicit).some((k) => k.includes('verdict'))).toBe(false);
  });

  it('fail: the step fails for the blocked image after every image was processed; a policy change costs no call', async () => {
    // Its own table: the first run pays for both features, every later one reads the items.
    const failed = await run({ table: 'fail_results', moderation: 'fail' });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(
      /::error::1 image\(s\) are blocked by the moderation policy \(.github\/rekognition-label.yml\) and not approved: images\/misc\/explicit.png/,
    );
    expectVerdicts(failed.outputs);
    expect(failed.outputs['labeled-count']).toBe('4');
    expect((await stack.emulatorAdmin.stats()).succeededByOperation).toEqual({
      DetectLabels: 4,
      DetectModerationLabels: 4,
    });
    await stack.emulatorAdmin.reset();
    await configureFlags();

    // A new policy judges the same stored labels: Explicit no longer blocks.
    const file = join(workspace, '.github', 'rekognition-label.yml');
    const before = await readFile(file, 'utf8');
    try {
      await writeFile(file, policy(shas['images/biology/anatomy-01.png']!, false));
      const passed = await run({ table: 'fail_results', moderation: 'fail' });
      expect(passed.exitCode).toBe(0);
      expect(entries(passed.outputs)['images/misc/explicit.png']!.moderation?.verdict).toBe(
        'clear',
      );
      expect(passed.outputs['blocked-count']).toBe('0');
      expect((await stack.emulatorAdmin.stats()).requests).toBe(0);
    } finally {
      await writeFile(file, before);
    }
  });

  it('changed bytes are judged again: the override no longer applies', async () => {
    const path = join(workspace, 'images', 'biology', 'anatomy-01.png');
    const original = await readFile(path);
    try {
      // Other bytes that the emulator flags the same way (the rule matches the new sha256).
      const changed = Buffer.concat([original, Buffer.from('trailing bytes')]);
      await writeFile(path, changed);
      const sha = createHash('sha256').update(changed).digest('hex');
      await stack.emulatorAdmin.config({
        moderation: [{ match: sha, labels: [{ Name: 'Non-Explicit Nudity', Confidence: 77 }] }],
      });
      const result = await run({
        table: 'direct_results',
        moderation: 'report',
        images: 'images/biology/*.png',
      });
      expect(entries(result.outputs)['images/biology/anatomy-01.png']!.moderation?.verdict).toBe(
        'block',
      );
    } finally {
      await writeFile(path, original);
    }
  });

  it('report, S3: the same verdicts through a bucket', async () => {
    const result = await run({ table: 's3_results', bucket: BUCKET, moderation: 'report' });
    expect(result.exitCode).toBe(0);
    expectVerdicts(result.outputs);
    expect((await stack.emulatorAdmin.stats()).byOperation).toEqual({
      DetectLabels: 4,
      DetectModerationLabels: 4,
    });
  });

  it('S3, over 5 MB: both features read the uploaded object, and the verdict is the same', async () => {
    const big = makePng(1400, 1400, { noise: true, seed: 7 });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const path = join(workspace, 'images', 'large', 'poster.png');
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, big);
    try {
      const sha = createHash('sha256').update(big).digest('hex');
      await stack.emulatorAdmin.config({
        moderation: [{ match: sha, labels: [{ Name: 'Explicit Nudity', Confidence: 91 }] }],
      });
      const result = await run({
        table: 's3_results',
        bucket: BUCKET,
        moderation: 'report',
        images: 'images/large/*.png',
      });
      expect(result.exitCode).toBe(0);
      expect(entries(result.outputs)['images/large/poster.png']!.moderation?.verdict).toBe('block');
      expect((await stack.emulatorAdmin.stats()).succeededByOperation).toEqual({
        DetectLabels: 1,
        DetectModerationLabels: 1,
      });
    } finally {
      await rm(join(workspace, 'images', 'large'), { recursive: true, force: true });
    }
  });

  it('a bad policy fails the step before any AWS call, naming the file and line', async () => {
    const file = join(workspace, 'bad-policy.yml');
    await writeFile(file, 'moderation:\n  block:\n    Nudity: 50\n');
    const result = await run({
      table: 'direct_results',
      moderation: 'report',
      'moderation-policy': 'bad-policy.yml',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('bad-policy.yml:3: moderation.block: unknown category');
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect((await stack.emulatorAdmin.stats()).requests).toBe(0);
  });

  it('upload-only with the Lambda (MODERATION=on): the step judges the items it waits for', async () => {
    const result = await run({
      mode: 'upload-only',
      bucket: BUCKET,
      table: '{environment}_results',
      'wait-for-results': '60',
      moderation: 'fail',
    });
    expect(result.exitCode).toBe(1);
    expectVerdicts(result.outputs);
    const items = await scanTable(stack, 'beta_results');
    expect(items).toHaveLength(4);
    for (const item of items) expect(item.moderation_model_version).toEqual({ S: '7.0' });
  });
});
