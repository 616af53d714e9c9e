import { CreateTableCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, dynamoClient } from '../../local-stack/admin.js';
import { pushEvent, runBundledAction } from '../../local-stack/action-runner.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';

/** A rename costs no Rekognition call: the bundled action finds the bytes by sha256-index. */

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const PREFIX = 'rekognition-input/prod/';

let stack: SpawnedStack;
let root: string;

const run = (workspace: string, table: string, inputs: Record<string, string> = {}) =>
  runBundledAction({
    workspace,
    inputs: { images: 'images/**/*.png', table, ...inputs },
    event: pushEvent(),
    env: {
      ...stack.env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    },
  });

async function item(table: string, key: string) {
  const { Item } = await dynamoClient(stack).send(
    new GetItemCommand({ TableName: table, Key: { filename: { S: key } }, ConsistentRead: true }),
  );
  return Item;
}

async function workspaceWithCat(name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'images'), { recursive: true });
  await copyFile(join(FIXTURES, 'chelsea.png'), join(dir, 'images', 'cat.png'));
  return dir;
}

beforeAll(async () => {
  stack = await spawnLocalStack();
  root = await mkdtemp(join(tmpdir(), 'reuse-'));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('never paying twice for the same bytes, bundled, against dynalite', () => {
  it('a renamed image takes the labels stored for its bytes: 0 Rekognition calls, source reused', async () => {
    await createTable(stack, 'reuse_results');
    const workspace = await workspaceWithCat('renamed');
    expect((await run(workspace, 'reuse_results')).exitCode).toBe(0);
    const donor = await item('reuse_results', `${PREFIX}images/cat.png`);

    await mkdir(join(workspace, 'images', 'biology'));
    await rename(
      join(workspace, 'images', 'cat.png'),
      join(workspace, 'images', 'biology', 'kitten.png'),
    );
    const moved = await run(workspace, 'reuse_results', { moderation: 'report' });
    expect(moved.exitCode, moved.stdout).toBe(0);
    expect(moved.stdout).toContain('Rekognition calls: 0 DetectLabels');
    const [result] = JSON.parse(moved.outputs.results!) as Record<string, unknown>[];
    expect(result).toMatchObject({
      path: 'images/biology/kitten.png',
      status: 'labeled',
      cached: true,
    });
    expect(result!.note).toBe(
      `Labels reused from ${PREFIX}images/cat.png (the same bytes, labeled with the same settings): no Rekognition call.`,
    );
    const reused = await item('reuse_results', `${PREFIX}images/biology/kitten.png`);
    expect(reused).toMatchObject({
      source: { S: 'reused' },
      reused_from: { S: `${PREFIX}images/cat.png` },
      labels: donor!.labels,
      sha256: donor!.sha256,
    });
    // Moderation was not stored with the donor, so it alone was asked for.
    expect(moved.stdout).toContain('1 DetectModerationLabels');
    expect(reused!.moderation_labels).toBeDefined();
  }, 60_000);

  it("reuse-environment takes another environment's labels, never its moderation; off by default", async () => {
    await createTable(stack, 'cross_beta');
    await createTable(stack, 'cross_prod');
    const workspace = await workspaceWithCat('cross');
    const inputs = { table: 'cross_{environment}', moderation: 'report' };
    const beta = await run(workspace, 'cross_{environment}', { ...inputs, environment: 'beta' });
    expect(beta.stdout).toContain('Rekognition calls: 1 DetectLabels, 1 DetectModerationLabels');

    // Off by default: prod pays for its own labels.
    const separate = await run(workspace, 'cross_{environment}', {
      ...inputs,
      environment: 'prod',
    });
    expect(separate.stdout).toContain(
      'Rekognition calls: 1 DetectLabels, 1 DetectModerationLabels',
    );
    const own = await item('cross_prod', `${PREFIX}images/cat.png`);
    expect(own!.source).toEqual({ S: 'action' });

    // With it: bytes only beta labeled take beta's labels; moderation is asked again in prod.
    const cups = join(root, 'cross-cups');
    await mkdir(join(cups, 'images'), { recursive: true });
    await copyFile(join(FIXTURES, 'coffee.png'), join(cups, 'images', 'cup.png'));
    await run(cups, 'cross_{environment}', { ...inputs, environment: 'beta' });
    const promoted = await run(cups, 'cross_{environment}', {
      ...inputs,
      environment: 'prod',
      'reuse-environment': 'beta',
    });
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    expect(promoted.stdout).toContain(
      'Rekognition calls: 0 DetectLabels, 1 DetectModerationLabels',
    );
    const fromBeta = await item('cross_beta', 'rekognition-input/beta/images/cup.png');
    const promotedItem = await item('cross_prod', `${PREFIX}images/cup.png`);
    expect(promotedItem).toMatchObject({
      source: { S: 'reused' },
      reused_from: { S: 'cross_beta/rekognition-input/beta/images/cup.png' },
      labels: fromBeta!.labels,
      environment: { S: 'prod' },
    });
    expect(promotedItem!.moderation_labels).toBeDefined();
  }, 60_000);

  it('a table without the sha256-index is said once, and the image is labeled', async () => {
    await dynamoClient(stack).send(
      new CreateTableCommand({
        TableName: 'old_results',
        AttributeDefinitions: [{ AttributeName: 'filename', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'filename', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const workspace = await workspaceWithCat('no-index');
    await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images', 'cup.png'));
    const result = await run(workspace, 'old_results');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain('Rekognition calls: 2 DetectLabels');
    const notices = result.stdout
      .split('\n')
      .filter((line) => line.includes('has no sha256-index'));
    expect(notices).toEqual([
      expect.stringContaining(
        'Table old_results has no sha256-index, so renamed and copied images are labeled again. Add the index (docs/search.md) to reuse their labels.',
      ),
    ]);
  }, 60_000);
});
