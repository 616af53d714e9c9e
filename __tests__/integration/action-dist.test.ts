import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createBucket,
  createTable,
  listObjects,
  s3Client,
  scanTable,
} from '../../local-stack/admin.js';
import { loadFixtures } from '../../local-stack/labels.js';
import { corruptPngBody, makePng } from '../../local-stack/png.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';
import {
  pullRequestEnv,
  pullRequestEvent,
  pushEvent,
  runBundledAction,
} from '../../local-stack/action-runner.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const SAMPLES = ['astronaut.png', 'chelsea.png', 'coffee.png', 'rocket.jpg'];
const BUCKET = 'pixel-learning-rekognition';
const HOSTILE = 'images/<img src=x onerror=alert(1)>.png';

let stack: SpawnedStack;
let workspace: string;

/** What the emulator answers for a sample at MinConfidence 70 / MaxLabels 10, rounded as stored. */
async function expectedLabels(name: string) {
  const digest = createHash('sha256')
    .update(await readFile(join(FIXTURES, name)))
    .digest('hex');
  const entry = loadFixtures().get(digest)!;
  return entry.labels
    .filter((l) => l.Confidence >= 70)
    .sort((a, b) => b.Confidence - a.Confidence || a.Name.localeCompare(b.Name))
    .slice(0, 10)
    .map((l) => ({ Name: l.Name, Confidence: Math.round(l.Confidence * 100) / 100 }))
    .sort((a, b) => b.Confidence - a.Confidence || (a.Name < b.Name ? -1 : 1));
}

const run = (inputs: Record<string, string>, event: unknown, env: Record<string, string> = {}) =>
  runBundledAction({
    workspace,
    inputs,
    event,
    env: {
      ...stack.env,
      ...pullRequestEnv(12),
      ...env,
    },
  });

const pushEnv = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_HEAD_REF: '',
  GITHUB_SHA: 'c0ffee1',
};

beforeAll(async () => {
  stack = await spawnLocalStack();
  await createBucket(stack, BUCKET);
  await createTable(stack, 'beta_results');
  await createTable(stack, 'prod_results');
  workspace = await mkdtemp(join(tmpdir(), 'action-ws-'));
  await mkdir(join(workspace, 'images', 'drafts'), { recursive: true });
  for (const name of SAMPLES) await copyFile(join(FIXTURES, name), join(workspace, 'images', name));
  await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, HOSTILE));
  await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images', 'drafts', 'wip.png'));
  await writeFile(
    join(workspace, 'images', 'corrupt.jpg'),
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(' garbage')]),
  );
  await writeFile(join(workspace, 'images', 'tiny.png'), makePng(40, 40));
  // A sound header over a broken body: passes the pre-check, and Rekognition refuses it.
  await writeFile(join(workspace, 'images', 'damaged.png'), corruptPngBody(makePng(200, 120)));
  await symlink('/etc/hostname', join(workspace, 'images', 'escape.png'));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

beforeEach(async () => {
  await stack.emulatorAdmin.reset();
});

describe('dist/index.js against the local stack', () => {
  it('direct mode on a pull request: labels, records, annotates and summarises; bad images fail alone', async () => {
    const result = await run(
      { images: 'images/**/*.{png,jpg}\n!images/drafts/**', table: '{environment}_results' },
      pullRequestEvent(12, 'head1234'),
    );
    const results = JSON.parse(result.outputs.results!) as {
      path: string;
      status: string;
      error?: string;
      labels: { name: string }[];
    }[];
    const byPath = Object.fromEntries(results.map((r) => [r.path, r]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        HOSTILE,
        'images/astronaut.png',
        'images/chelsea.png',
        'images/coffee.png',
        'images/corrupt.jpg',
        'images/damaged.png',
        'images/escape.png',
        'images/rocket.jpg',
        'images/tiny.png',
      ].sort(),
    );
    for (const name of SAMPLES) expect(byPath[`images/${name}`]!.status).toBe('labeled');
    expect(byPath['images/corrupt.jpg']).toMatchObject({ status: 'failed' });
    expect(byPath['images/corrupt.jpg']!.error).toContain(
      'images/corrupt.jpg: the JPEG is damaged',
    );
    expect(byPath['images/tiny.png']!.error).toContain('40x40 px');
    expect(byPath['images/escape.png']).toMatchObject({ status: 'skipped' });
    expect(byPath['images/escape.png']!.error).toContain('outside the workspace');
    expect(result.outputs['labeled-count']).toBe('5');
    expect(byPath['images/damaged.png']!.error).toBe(
      'Rekognition rejected image images/damaged.png: InvalidImageFormatException: Request has invalid image format. ' +
        'It passed the pre-check, so its data is probably damaged; re-export it as JPEG or PNG.',
    );
    expect(result.outputs['failed-count']).toBe('3');
    expect(result.outputs.environment).toBe('beta');
    expect(result.stdout).toContain(
      'Environment: beta (auto: the event "pull_request" is a pull request)',
    );
    expect(result.stdout).toContain('::error title=rekognition-label,file=images/corrupt.jpg::');
    expect(result.stdout).toContain('::warning title=rekognition-label,file=images/escape.png::');
    // The secret key appears only in the mask command, which hides it from the log.
    expect(result.stdout.replace('::add-mask::S3RVER', '')).not.toContain('S3RVER');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);

    // One Rekognition call per image that passed the pre-check, none for the ones it refused.
    const stats = await stack.emulatorAdmin.stats();
    expect(stats.byOperation.DetectLabels).toBe(6);

    const items = await scanTable(stack, 'beta_results');
    const chelsea = items.find(
      (i) => i.filename?.S === 'rekognition-input/beta/images/chelsea.png',
    )!;
    expect(JSON.parse(chelsea.labels!.S!)).toEqual(await expectedLabels('chelsea.png'));
    expect(chelsea).toMatchObject({
      environment: { S: 'beta' },
      branch: { S: 'feature/photos' },
      status: { S: 'labeled' },
      source: { S: 'action' },
      commit: { S: 'head1234' },
      repository: { S: 'pixel-learning/course-images' },
      run_id: { S: '9001' },
      pull_request: { N: '12' },
      min_confidence: { N: '70' },
      max_labels: { N: '10' },
      model_version: { S: '3.0' },
    });
    expect(chelsea.timestamp!.S).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const ttl = Number(chelsea.expires_at!.N) - Date.now() / 1000;
    expect(ttl).toBeGreaterThan(168 * 3600 - 120);
    expect(ttl).toBeLessThanOrEqual(168 * 3600);
    expect(chelsea.bucket).toBeUndefined();
    const corrupt = items.find(
      (i) => i.filename?.S === 'rekognition-input/beta/images/corrupt.jpg',
    );
    expect(corrupt).toMatchObject({
      status: { S: 'failed' },
      error: { S: byPath['images/corrupt.jpg']!.error },
    });
    // Rekognition's own refusal of the bytes is recorded too.
    const damaged = items.find(
      (i) => i.filename?.S === 'rekognition-input/beta/images/damaged.png',
    );
    expect(damaged).toMatchObject({
      status: { S: 'failed' },
      error: { S: byPath['images/damaged.png']!.error },
      label_names: { L: [] },
    });
    expect(items.some((i) => i.filename!.S!.includes('drafts'))).toBe(false);

    // The summary escapes the hostile file name and links files at the PR head commit.
    expect(result.summary).not.toContain('<img src=x');
    expect(result.summary).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;.png');
    expect(result.summary).toContain(
      'https://github.com/pixel-learning/course-images/blob/head1234/images/chelsea.png',
    );
    expect(JSON.parse(await readFile(result.outputs['results-file']!, 'utf8'))).toEqual(results);
  });

  it('a re-run on unchanged images makes no Rekognition call and reports them as cached', async () => {
    const inputs = {
      images: 'images/*.{png,jpg}\n!images/damaged.png',
      table: '{environment}_results',
      'fail-on-error': 'false',
    };
    await run(inputs, pullRequestEvent(12, 'head1234'));
    await stack.emulatorAdmin.reset();
    await stack.dynamodbAdmin.reset();
    const again = await run(inputs, pullRequestEvent(12, 'head1234'));
    // The look-ups of every image in one BatchGetItem; no write for a reused item.
    expect((await stack.dynamodbAdmin.stats()).byOperation).toEqual({ BatchGetItem: 1 });
    const results = JSON.parse(again.outputs.results!) as { status: string; cached?: boolean }[];
    expect(results.filter((r) => r.status === 'labeled').every((r) => r.cached === true)).toBe(
      true,
    );
    expect((await stack.emulatorAdmin.stats()).requests).toBe(0);
    expect(again.summary).toContain('labeled (cached)');
    expect(again.exitCode).toBe(0);
  });

  it('push to the default branch: prod, uploaded with provenance, read by Rekognition from S3', async () => {
    const result = await run(
      { images: 'images/rocket.jpg', table: '{environment}_results', bucket: BUCKET },
      pushEvent(),
      pushEnv,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'Environment: prod (auto: refs/heads/main is the default branch)',
    );
    const key = 'rekognition-input/prod/images/rocket.jpg';
    expect((await listObjects(stack, BUCKET, 'rekognition-input/prod/')).map((o) => o.key)).toEqual(
      [key],
    );
    const s3 = s3Client(stack);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    s3.destroy();
    const bytes = await readFile(join(FIXTURES, 'rocket.jpg'));
    expect(head.ContentLength).toBe(bytes.length);
    expect(head.ContentType).toBe('image/jpeg');
    expect(head.Metadata).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mode: 'direct',
      repository: 'pixel-learning/course-images',
      branch: 'main',
      commit: 'c0ffee1',
      'run-id': '9001',
    });
    const [item] = (await scanTable(stack, 'prod_results')).filter((i) => i.filename?.S === key);
    expect(item).toMatchObject({
      bucket: { S: BUCKET },
      environment: { S: 'prod' },
      status: { S: 'labeled' },
    });
    expect(JSON.parse(item!.labels!.S!)).toEqual(await expectedLabels('rocket.jpg'));
  });

  it('upload-only mode uploads and calls nothing else', async () => {
    const result = await run(
      { images: 'images/c*.png', mode: 'upload-only', bucket: BUCKET, environment: 'qa-1' },
      pushEvent(),
      pushEnv,
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs['uploaded-count']).toBe('2');
    expect((await listObjects(stack, BUCKET, 'rekognition-input/qa-1/')).map((o) => o.key)).toEqual(
      ['rekognition-input/qa-1/images/chelsea.png', 'rekognition-input/qa-1/images/coffee.png'],
    );
    expect((await stack.emulatorAdmin.stats()).requests).toBe(0);
  });
});

describe('fault injection', () => {
  it('throttling: every image is labeled, with requests retried and fewer in flight', async () => {
    await stack.emulatorAdmin.config({ tps: 2 });
    const result = await run(
      {
        images:
          'images/*.{png,jpg}\n!images/tiny.png\n!images/corrupt.jpg\n!images/escape.png\n!images/damaged.png',
        environment: 'throttle',
      },
      pushEvent(),
      pushEnv,
    );
    const results = JSON.parse(result.outputs.results!) as { status: string }[];
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('labeled'));
    const stats = await stack.emulatorAdmin.stats();
    expect(stats.throttled).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/AWS requests: \d+ \(throttled [1-9]\d*, retried [1-9]\d*\)/);
    expect(result.exitCode).toBe(0);
  });

  it('5xx: transient server errors are retried until each image is labeled', async () => {
    // One request at a time makes the seeded failure sequence land the same way on every run.
    await stack.emulatorAdmin.config({ failureRate: 0.4, seed: 7 });
    const result = await run(
      {
        images: 'images/{astronaut,chelsea,coffee}.png\nimages/rocket.jpg',
        environment: 'flaky',
        concurrency: '1',
      },
      pushEvent(),
      pushEnv,
    );
    const results = JSON.parse(result.outputs.results!) as { status: string }[];
    expect(results.map((r) => r.status)).toEqual(Array(4).fill('labeled'));
    expect((await stack.emulatorAdmin.stats()).failed5xx).toBeGreaterThan(0);
  });

  it('AccessDenied: every image fails with the denied action named, and the others are still tried', async () => {
    await stack.emulatorAdmin.config({ accessDenied: true });
    const result = await run(
      { images: 'images/*.png\n!images/tiny.png', environment: 'denied', concurrency: '1' },
      pushEvent(),
      pushEnv,
    );
    expect(result.exitCode).toBe(1);
    const results = JSON.parse(result.outputs.results!) as {
      path: string;
      status: string;
      error: string;
    }[];
    expect(results.length).toBe(6);
    for (const r of results.filter((r) => !r.path.includes('escape'))) {
      expect(r.status).toBe('failed');
      expect(r.error).toMatch(
        /^AccessDenied: rekognition:DetectLabels on image images\/.+ was denied/,
      );
    }
    // One request per image that passed the pre-check: nothing retried, nothing skipped.
    expect((await stack.emulatorAdmin.stats()).requests).toBe(5);
  });
});
