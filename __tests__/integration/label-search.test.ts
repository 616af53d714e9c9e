import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexTable, createTable, dynamoClient, scanTable } from '../../local-stack/admin.js';
import { pushEvent, runBundledAction } from '../../local-stack/action-runner.js';
import { runBundledCli } from '../../local-stack/cli-runner.js';
import { type LocalStack, startLocalStack } from '../../local-stack/stack.js';

/**
 * The label index end to end: the bundled action writes items, the shim's emulated stream
 * feeds the bundled index consumer (dist/label-index) through the stream mapping, and the
 * bundled CLI (dist/cli) answers. After each change (relabel, delete, TTL expiry, a race),
 * `find` must return exactly the images whose current item has the label, and the index must
 * hold exactly the rows of the current items.
 */

const FIXTURES = join(import.meta.dirname, '..', '..', '__fixtures__', 'images');
const TABLE = 'search_results';
const INDEX = `${TABLE}-labels`;
const PREFIX = 'rekognition-input/prod/';
const ROOT = join(import.meta.dirname, '..', '..');

let stack: LocalStack;
let workspace: string;
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(join(FIXTURES, file)))
    .digest('hex');

const put = (file: string, as: string) =>
  copyFile(join(FIXTURES, file), join(workspace, 'images', as));

const run = async (dir = workspace, settle = true) => {
  const result = await runBundledAction({
    workspace: dir,
    inputs: { images: 'images/*', table: TABLE, moderation: 'report' },
    event: pushEvent(),
    env: {
      ...stack.env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
    },
  });
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  if (settle) await settled();
  return result;
};

/** Waits until the stream mapping delivered everything (no sleeping). */
const settled = () => stack.streamMappings.get(TABLE)!.idle();

async function find(...args: string[]): Promise<string[]> {
  const result = await runBundledCli(['find', '--table', TABLE, '--json', ...args], stack.env);
  expect(result.exitCode, result.stderr).toBe(0);
  const answer = JSON.parse(result.stdout) as { images: { path: string }[] };
  return answer.images.map((i) => i.path).sort();
}

/** What the index must hold: one row per (name, image) of every current labeled item. */
async function expectIndexExact(): Promise<void> {
  const items = await scanTable(stack, TABLE);
  const expected = new Set<string>();
  for (const item of items) {
    if (item.status?.S !== 'labeled') continue;
    for (const l of JSON.parse(item.labels!.S!) as { Name: string }[]) {
      expected.add(`label#${l.Name.toLowerCase()} ${item.filename!.S}`);
    }
    for (const l of JSON.parse(item.moderation_labels?.S ?? '[]') as { Name: string }[]) {
      expected.add(`moderation#${l.Name.toLowerCase()} ${item.filename!.S}`);
    }
  }
  const rows = (await scanTable(stack, INDEX))
    .filter((row) => row.index_key!.S !== '#names')
    .map((row) => `${row.index_key!.S} ${row.filename!.S}`);
  expect(rows.sort()).toEqual([...expected].sort());
}

beforeAll(async () => {
  stack = await startLocalStack({
    github: false,
    lambda: {
      functions: [
        {
          name: 'label-index',
          handler: join(ROOT, 'dist', 'label-index', 'index.js'),
          env: { INDEX_TABLE: INDEX },
          s3: false,
          concurrency: 1,
        },
      ],
      log: () => {},
    },
    streams: [{ table: TABLE, function: 'label-index' }],
  });
  await createTable(stack, TABLE, { stream: true });
  await createIndexTable(stack, INDEX);
  stack.emulator.config({
    moderation: [
      {
        match: await sha('rocket.jpg'),
        labels: [{ Name: 'Explosions and Blasts', Confidence: 91 }],
      },
    ],
  });
  workspace = await mkdtemp(join(tmpdir(), 'search-ws-'));
  await mkdir(join(workspace, 'images'));
  await put('chelsea.png', 'cat.png');
  await put('coffee.png', 'cup.png');
  await put('rocket.jpg', 'rocket.jpg');
  await put('astronaut.png', 'astronaut.png');
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('find, on the label index, bundled', () => {
  it('answers exactly after labeling, a relabel, a delete, a TTL expiry and a race', async () => {
    await run();
    expect(await find('--label', 'Cat')).toEqual(['images/cat.png']);
    // Case-insensitive.
    expect(await find('--label', 'PERSON')).toEqual(['images/astronaut.png']);
    // Graphic Violence at 91 meets the built-in policy's block rule (80).
    expect(await find('--moderation', 'violence', '--verdict', 'block')).toEqual([
      'images/rocket.jpg',
    ]);
    expect(await find('--moderation', 'violence', '--verdict', 'warn')).toEqual([]);
    expect(await find('--label', 'rocket', '--moderation', 'Explosions and Blasts')).toEqual([
      'images/rocket.jpg',
    ]);
    // As text: a verdict column, since the table holds moderation; item text made printable.
    const text = await runBundledCli(
      ['find', '--table', TABLE, '--moderation', 'Violence'],
      stack.env,
    );
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(
        /^1 image with moderation label "Violence" in search_results \(2 DynamoDB requests, [\d.]+ read units\)$/,
      ),
      expect.stringMatching(/^confidence +verdict +sha256 +commit +run +path$/),
      expect.stringMatching(
        /^91\.0 +block +[0-9a-f]{12} .* rekognition-input\/prod\/images\/rocket\.jpg$/,
      ),
    ]);
    expect(await find('--label', 'Snout', '--min-confidence', '80')).toEqual(['images/cat.png']);
    expect(await find('--label', 'Snout', '--min-confidence', '82')).toEqual([]);
    await expectIndexExact();

    // Relabel: other bytes at cat.png.
    await put('coffee.png', 'cat.png');
    await run();
    expect(await find('--label', 'cat')).toEqual([]);
    expect(await find('--label', 'Cup')).toEqual(['images/cat.png', 'images/cup.png']);
    await expectIndexExact();

    // Delete an item.
    const db = dynamoClient(stack);
    await db.send(
      new DeleteItemCommand({
        TableName: TABLE,
        Key: { filename: { S: `${PREFIX}images/cup.png` } },
      }),
    );
    await settled();
    expect(await find('--label', 'cup')).toEqual(['images/cat.png']);
    await expectIndexExact();

    // TTL expiry: a service delete.
    await db.send(
      new UpdateItemCommand({
        TableName: TABLE,
        Key: { filename: { S: `${PREFIX}images/rocket.jpg` } },
        UpdateExpression: 'SET expires_at = :past',
        ExpressionAttributeValues: { ':past': { N: String(Math.floor(Date.now() / 1000) - 60) } },
      }),
    );
    expect(await stack.dynamodbStreams.expire(TABLE)).toBe(1);
    await settled();
    expect(await find('--label', 'Rocket')).toEqual([]);
    expect(await find('--moderation', 'Violence')).toEqual([]);
    await expectIndexExact();
    db.destroy();

    // Two writers on one key at once: the older observation's write waits at DynamoDB until
    // the newer one is stored, then is refused; the index follows the item that stands.
    const older = await mkdtemp(join(tmpdir(), 'search-race-a-'));
    const newer = await mkdtemp(join(tmpdir(), 'search-race-b-'));
    await mkdir(join(older, 'images'));
    await mkdir(join(newer, 'images'));
    await copyFile(join(FIXTURES, 'chelsea.png'), join(older, 'images', 'race.png'));
    await copyFile(join(FIXTURES, 'astronaut.png'), join(newer, 'images', 'race.png'));
    stack.dynamodb.config({
      delays: [{ operation: 'PutItem', match: await sha('chelsea.png'), hold: true, count: 1 }],
    });
    const first = run(older, false);
    await stack.dynamodb.waitForHeld({ match: await sha('chelsea.png') });
    await run(newer, false);
    stack.dynamodb.release();
    await first;
    await settled();
    stack.dynamodb.reset();
    expect(await find('--label', 'cat')).toEqual([]);
    expect(await find('--label', 'astronaut')).toEqual(['images/astronaut.png', 'images/race.png']);
    await expectIndexExact();
    await rm(older, { recursive: true, force: true });
    await rm(newer, { recursive: true, force: true });
  });

  it('labels counts each name from the index, most first', async () => {
    const result = await runBundledCli(
      ['labels', '--table', TABLE, '--json', '--top', '3'],
      stack.env,
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as {
      labels: { kind: string; name: string; count: number }[];
      names: number;
    };
    // After the first test: cat.png and race.png hold coffee and astronaut bytes, astronaut.png too.
    // Ties are in name order.
    expect(answer.labels).toEqual([
      { kind: 'label', name: 'Adult', count: 2 },
      { kind: 'label', name: 'Astronaut', count: 2 },
      { kind: 'label', name: 'Clothing', count: 2 },
    ]);
    expect(answer.names).toBeGreaterThan(3);
    const text = await runBundledCli(['labels', '--table', TABLE], stack.env);
    expect(text.stdout).toMatch(
      /^\d+ names in search_results \(\d+ DynamoDB requests, [\d.]+ read units\)\nimages +kind +name\n2 +label +Adult\n/,
    );
  });
});

describe('reindex, bundled: a table labeled before its index existed', () => {
  it('adds the missing rows once, never replaces a row the consumer wrote', async () => {
    const legacy = 'legacy_results';
    await createTable(stack, legacy);
    const result = await runBundledAction({
      workspace,
      inputs: { images: 'images/*', table: legacy },
      event: pushEvent(),
      env: { ...stack.env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    await createIndexTable(stack, `${legacy}-labels`);
    const cli = (...args: string[]) => runBundledCli(args, stack.env);
    const before = await cli('find', '--table', legacy, '--label', 'cup', '--json');
    expect(JSON.parse(before.stdout).count).toBe(0);

    // A row the stream consumer wrote (a later sequence number) stands.
    const db = dynamoClient(stack);
    const consumerRow = {
      index_key: { S: 'label#person' },
      filename: { S: `${PREFIX}images/astronaut.png` },
      name: { S: 'Person' },
      kind: { S: 'label' },
      confidence: { N: '1' },
      seq: { S: '7'.padStart(40, '0') },
    };
    await db.send(new PutItemCommand({ TableName: `${legacy}-labels`, Item: consumerRow }));

    const first = await cli('reindex', '--table', legacy, '--json');
    expect(first.exitCode, first.stderr).toBe(0);
    const added = JSON.parse(first.stdout) as {
      items: number;
      rowsAdded: number;
      rowsPresent: number;
    };
    expect(added).toMatchObject({ command: 'reindex', items: 4, rowsPresent: 1 });
    const found = await cli('find', '--table', legacy, '--label', 'cup', '--json');
    expect(JSON.parse(found.stdout).images.map((i: { path: string }) => i.path)).toEqual([
      'images/cat.png',
      'images/cup.png',
    ]);
    const { Item } = await db.send(
      new GetItemCommand({
        TableName: `${legacy}-labels`,
        Key: { index_key: consumerRow.index_key, filename: consumerRow.filename },
      }),
    );
    expect(Item).toEqual(consumerRow);

    const again = await cli('reindex', '--table', legacy, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      rowsAdded: 0,
      rowsPresent: added.rowsAdded + added.rowsPresent,
    });
    db.destroy();
  });
});

describe('the CLI, bundled: errors a user can act on', () => {
  const cli = (args: string[], env: Record<string, string> = stack.env) => runBundledCli(args, env);

  it('a missing table names the table, the region and the flags to check, without a trace', async () => {
    const result = await cli(['find', '--table', 'nope_results', '--label', 'Cat']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('table nope_results-labels does not exist in us-east-1');
    expect(result.stderr).toContain('Check --table (and --index-table) and --region');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const labels = await cli(['labels', '--table', 'nope_results']);
    expect(labels.exitCode).toBe(1);
    expect(labels.stderr).toContain('does not exist in us-east-1');
  });

  it('no credentials and no region are said before any request', async () => {
    const home = await mkdtemp(join(tmpdir(), 'cli-home-'));
    const bare = {
      HOME: home,
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: stack.env.AWS_ENDPOINT_URL_DYNAMODB!,
    };
    const before = stack.dynamodb.stats().requests;
    const noCredentials = await cli(['find', '--table', TABLE, '--label', 'Cat'], bare);
    expect(noCredentials.exitCode).toBe(1);
    expect(noCredentials.stderr).toMatch(/^error: No AWS credentials found .*aws sso login/s);
    const noRegion: Record<string, string> = { ...stack.env, HOME: home };
    delete noRegion.AWS_REGION;
    const regionless = await cli(['labels', '--table', TABLE], noRegion);
    expect(regionless.exitCode).toBe(1);
    expect(regionless.stderr).toBe(
      'error: No AWS region: pass --region (e.g. --region eu-west-1) or set AWS_REGION.\n',
    );
    const wrong = await cli(['labels', '--table', TABLE, '--region', 'Europe']);
    expect(wrong.stderr).toContain('--region is "Europe"; expected a region such as eu-west-1.');
    expect(stack.dynamodb.stats().requests).toBe(before);
    await rm(home, { recursive: true, force: true });
  });

  it("usage mistakes exit 2 with the command's usage; --help exits 0", async () => {
    const noName = await cli(['find', '--table', TABLE]);
    expect(noName.exitCode).toBe(2);
    expect(noName.stderr).toMatch(
      /^error: find needs --label NAME or --moderation NAME\.\n\nusage: node dist\/cli\/index.js find/,
    );
    const typo = await cli(['find', '--table', TABLE, '--labl', 'Cat']);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toContain("Unknown option '--labl'");
    const confidence = await cli([
      'find',
      '--table',
      TABLE,
      '--label',
      'Cat',
      '--min-confidence',
      '8O',
    ]);
    expect(confidence.stderr).toContain(
      '--min-confidence is "8O"; expected a number from 0 to 100.',
    );
    const verdict = await cli(['find', '--table', TABLE, '--label', 'Cat', '--verdict', 'red']);
    expect(verdict.stderr).toContain('--verdict is "red"; expected block or warn.');
    const unknown = await cli(['search']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('unknown command "search"');
    for (const command of ['find', 'labels']) {
      const help = await cli([command, '--help']);
      expect(help.exitCode).toBe(0);
      expect(help.stdout).toContain(`usage: node dist/cli/index.js ${command} --table TABLE`);
    }
  });
});
