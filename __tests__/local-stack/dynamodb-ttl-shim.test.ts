import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, dynamoClient, scanTable } from '../../local-stack/admin.js';
import { spawnLocalStack, type SpawnedStack } from '../helpers/stack.js';
import { expectAwsError } from './expect-aws-error.js';

async function plainTable(db: DynamoDBClient, name: string): Promise<void> {
  await db.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
}

describe('DynamoDB through the TTL shim', () => {
  let stack: SpawnedStack;
  let db: DynamoDBClient;

  beforeAll(async () => {
    stack = await spawnLocalStack(['--table', 'cli-table']);
    db = dynamoClient(stack);
  });

  afterAll(async () => {
    db?.destroy();
    await stack?.stop();
  });

  it('created the --table with TTL enabled on expires_at', async () => {
    const out = await db.send(new DescribeTimeToLiveCommand({ TableName: 'cli-table' }));
    expect(out.TimeToLiveDescription).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expires_at',
    });
    const tables = await db.send(new ListTablesCommand({}));
    expect(tables.TableNames).toContain('cli-table');
  });

  it('keeps TTL state per table: DISABLED, then ENABLED, then DISABLED', async () => {
    await plainTable(db, 'ttl-cycle');
    await plainTable(db, 'ttl-other');
    const describe = async (name: string) =>
      (await db.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription;

    expect(await describe('ttl-cycle')).toEqual({ TimeToLiveStatus: 'DISABLED' });
    const enabled = await db.send(
      new UpdateTimeToLiveCommand({
        TableName: 'ttl-cycle',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
      }),
    );
    expect(enabled.TimeToLiveSpecification).toEqual({ Enabled: true, AttributeName: 'ttl' });
    expect(await describe('ttl-cycle')).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'ttl',
    });
    expect(await describe('ttl-other')).toEqual({ TimeToLiveStatus: 'DISABLED' });

    const again = await expectAwsError(
      db.send(
        new UpdateTimeToLiveCommand({
          TableName: 'ttl-cycle',
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
        }),
      ),
      'ValidationException',
      400,
    );
    expect(again.message).toBe('TimeToLive is already enabled');

    await db.send(
      new UpdateTimeToLiveCommand({
        TableName: 'ttl-cycle',
        TimeToLiveSpecification: { Enabled: false, AttributeName: 'ttl' },
      }),
    );
    expect(await describe('ttl-cycle')).toEqual({ TimeToLiveStatus: 'DISABLED' });
  });

  it('forgets TTL when a table is deleted and created again', async () => {
    await createTable(stack, 'recreated');
    await db.send(new DeleteTableCommand({ TableName: 'recreated' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await plainTable(db, 'recreated');
    const out = await db.send(new DescribeTimeToLiveCommand({ TableName: 'recreated' }));
    expect(out.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'DISABLED' });
  });

  it('answers ResourceNotFoundException for tables that do not exist', async () => {
    const describeMissing = await expectAwsError(
      db.send(new DescribeTimeToLiveCommand({ TableName: 'missing' })),
      'ResourceNotFoundException',
      400,
    );
    expect(describeMissing.message).toMatch(/missing/);
    await expectAwsError(
      db.send(
        new UpdateTimeToLiveCommand({
          TableName: 'missing',
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires_at' },
        }),
      ),
      'ResourceNotFoundException',
      400,
    );
  });

  it('proxies everything else to dynalite: PutItem, GetItem, Scan, errors', async () => {
    await createTable(stack, 'labels');
    const big = 'x'.repeat(300_000); // several TCP chunks through the proxy
    await db.send(
      new PutItemCommand({
        TableName: 'labels',
        Item: {
          filename: { S: 'photos/cat.png' },
          labels: { L: [{ S: 'Cat' }, { S: 'Pet' }] },
          expires_at: { N: '1700000000' },
          blob: { S: big },
        },
      }),
    );
    const got = await db.send(
      new GetItemCommand({ TableName: 'labels', Key: { filename: { S: 'photos/cat.png' } } }),
    );
    expect(got.Item?.labels).toEqual({ L: [{ S: 'Cat' }, { S: 'Pet' }] });
    expect(got.Item?.blob?.S).toBe(big);
    const items = await scanTable(stack, 'labels');
    expect(items.map((i) => i.filename?.S)).toEqual(['photos/cat.png']);
    // dynalite's own errors come back unchanged.
    await expectAwsError(
      db.send(new GetItemCommand({ TableName: 'labels', Key: { wrong: { S: 'x' } } })),
      'ValidationException',
      400,
    );
  });
});
