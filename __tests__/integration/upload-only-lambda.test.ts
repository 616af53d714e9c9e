import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBucket, createTable, scanTable } from '../../local-stack/admin.js';
import {
  pullRequestEnv,
  pullRequestEvent,
  runBundledAction,
} from '../../local-stack/action-runner.js';
import { corruptPngBody, makePng } from '../../local-stack/png.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const BUCKET = 'pixel-learning-upload';

/**
 * The whole event-driven path as users run it: the bundled action uploads in upload-only mode,
 * the local S3 notifies the bundled Lambda (dist/lambda/index.js, in its own process), and the
 * action's wait-for-results reads the Lambda's items back into its outputs and summary.
 */
describe('upload-only mode with the S3-triggered Lambda', () => {
  let stack: SpawnedStack;
  let workspace: string;

  beforeAll(async () => {
    stack = await spawnLocalStack([
      '--latency-ms',
      '20',
      '--lambda',
      'dist/lambda/index.js',
      '--lambda-env',
      'beta,prod',
    ]);
    await createBucket(stack, BUCKET);
    // No function watches `staging`, so nothing ever answers there.
    await createTable(stack, 'staging_results');
    workspace = await mkdtemp(join(tmpdir(), 'upload-only-'));
    await mkdir(join(workspace, 'images'));
    await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'my cat+1.png'));
    await copyFile(join(FIXTURES, 'rocket.jpg'), join(workspace, 'images', 'rocket.jpg'));
    // A sound header over a damaged body: it passes the pre-check of the action and of the
    // Lambda, and Rekognition refuses it, so the Lambda writes a failed item.
    await writeFile(join(workspace, 'images', 'broken.png'), corruptPngBody(makePng(200, 120)));
  });

  afterAll(async () => {
    await stack?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  const run = (inputs: Record<string, string>) =>
    runBundledAction({
      workspace,
      inputs: {
        images: 'images/*.{png,jpg}',
        mode: 'upload-only',
        bucket: BUCKET,
        table: '{environment}_results',
        'fail-on-error': 'false',
        ...inputs,
      },
      event: pullRequestEvent(12, 'head1234'),
      env: {
        ...stack.env,
        ...pullRequestEnv(12),
      },
    });

  it('reports the labels the Lambda wrote, and its failures, in the outputs and the job summary', async () => {
    const result = await run({ 'wait-for-results': '60' });
    expect(result.stderr).toBe('');
    expect(result.outputs).toMatchObject({
      environment: 'beta',
      'labeled-count': '2',
      'failed-count': '1',
      'uploaded-count': '0',
      'timed-out-count': '0',
    });
    const results = JSON.parse(result.outputs.results!) as Record<string, unknown>[];
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['images/broken.png', 'failed'],
      ['images/my cat+1.png', 'labeled'],
      ['images/rocket.jpg', 'labeled'],
    ]);
    expect(results[1]!.labels).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Cat' })]),
    );
    expect(results[0]!.error).toMatch(
      /^The Lambda could not label it: Rekognition rejected .*broken\.png: InvalidImageFormatException/,
    );
    expect(result.summary).toContain('my cat+1.png');
    expect(result.summary).toMatch(/Cat \d+\.\d%/);
    expect(result.summary).toMatch(/Lambda/);

    const items = await scanTable(stack, 'beta_results');
    expect(items.map((i) => [i.filename!.S, i.source!.S, i.status!.S]).sort()).toEqual([
      ['rekognition-input/beta/images/broken.png', 'lambda', 'failed'],
      ['rekognition-input/beta/images/my cat+1.png', 'lambda', 'labeled'],
      ['rekognition-input/beta/images/rocket.jpg', 'lambda', 'labeled'],
    ]);
    const cat = items.find((i) => i.filename!.S!.endsWith('cat+1.png'))!;
    expect(cat).toMatchObject({
      branch: { S: 'feature/photos' },
      commit: { S: 'head1234' },
      pull_request: { N: '12' },
      run_id: { S: '9001' },
      repository: { S: 'pixel-learning/course-images' },
      bucket: { S: BUCKET },
    });
  });

  it('re-running on unchanged images costs no Rekognition call', async () => {
    const before = await stack.emulatorAdmin.stats();
    const result = await run({ 'wait-for-results': '60' });
    expect(result.outputs['labeled-count']).toBe('2');
    expect((await stack.emulatorAdmin.stats()).requests).toBe(before.requests);
  });

  it('reports images whose result did not arrive in time as uploaded, with a note, without failing', async () => {
    const result = await run({
      environment: 'staging',
      'wait-for-results': '2',
      'fail-on-error': 'true',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      'timed-out-count': '3',
      'uploaded-count': '3',
      'failed-count': '0',
    });
    const results = JSON.parse(result.outputs.results!) as Record<string, unknown>[];
    expect(results.every((r) => r.status === 'uploaded')).toBe(true);
    expect(results[0]!.note).toMatch(/no result from the Lambda within 2 s/);
    expect(result.summary).toMatch(/timed out/);
  });
});
