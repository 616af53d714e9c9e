import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, dynamoClient } from '../../local-stack/admin.js';
import { pushEvent, runBundledAction } from '../../local-stack/action-runner.js';
import { type SpawnedStack, spawnLocalStack } from '../helpers/stack.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const TABLE = 'expiry_results';
const KEY = 'rekognition-input/prod/images/cat.png';

let stack: SpawnedStack;
let workspace: string;

const run = (inputs: Record<string, string> = {}) =>
  runBundledAction({
    workspace,
    inputs: { images: 'images/*.png', table: TABLE, ...inputs },
    event: pushEvent(),
    env: {
      ...stack.env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    },
  });

async function expiresAt(key = KEY): Promise<number | undefined> {
  const { Item } = await dynamoClient(stack).send(
    new GetItemCommand({ TableName: TABLE, Key: { filename: { S: key } }, ConsistentRead: true }),
  );
  return Item?.expires_at?.N === undefined ? undefined : Number(Item.expires_at.N);
}

beforeAll(async () => {
  stack = await spawnLocalStack();
  await createTable(stack, TABLE);
  workspace = await mkdtemp(join(tmpdir(), 'expiry-ws-'));
  await mkdir(join(workspace, 'images'));
  await copyFile(join(FIXTURES, 'chelsea.png'), join(workspace, 'images', 'cat.png'));
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('sliding expiry, bundled, against dynalite', () => {
  it('extends a reused item late in its TTL, leaves a fresh one, and ttl-hours 0 makes it permanent', async () => {
    const now = () => Math.floor(Date.now() / 1000);
    expect((await run()).exitCode).toBe(0);
    const first = await expiresAt();
    expect(first).toBeGreaterThanOrEqual(now() + 168 * 3600 - 60);

    // A re-run soon after writes nothing: more than half the TTL is left.
    const fresh = await run();
    expect(fresh.stdout).toContain('Expiry of reused items: 1 still fresh.');
    expect(await expiresAt()).toBe(first);

    // An hour left, as after six quiet days: the re-run gives it 168 hours again, for free.
    await dynamoClient(stack).send(
      new UpdateItemCommand({
        TableName: TABLE,
        Key: { filename: { S: KEY } },
        UpdateExpression: 'SET expires_at = :at',
        ExpressionAttributeValues: { ':at': { N: String(now() + 3600) } },
      }),
    );
    const late = await run();
    expect(late.exitCode).toBe(0);
    expect(late.outputs['labeled-count']).toBe('1');
    expect(late.stdout).toContain('Rekognition calls: 0 DetectLabels');
    expect(late.stdout).toContain('Expiry of reused items: 1 extended.');
    expect(await expiresAt()).toBeGreaterThanOrEqual(now() + 168 * 3600 - 60);

    // ttl-hours 0: the reused item never expires; a new one is written without expires_at.
    await copyFile(join(FIXTURES, 'coffee.png'), join(workspace, 'images', 'cup.png'));
    const permanent = await run({ 'ttl-hours': '0' });
    expect(permanent.stdout).toContain('Expiry of reused items: 1 made permanent (ttl-hours 0).');
    expect(await expiresAt()).toBeUndefined();
    expect(await expiresAt('rekognition-input/prod/images/cup.png')).toBeUndefined();
  }, 60_000);
});
