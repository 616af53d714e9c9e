import {
  BatchGetItemCommand,
  type BatchGetItemCommandInput,
  DynamoDBClient,
  GetItemCommand,
} from '@aws-sdk/client-dynamodb';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeForAction } from '../../src/action/aws-error-text.js';
import { StoredItems } from '../../src/action/stored-items.js';
import { AwsCaller } from '../../src/shared/aws-caller.js';
import { fakeClock } from '../helpers/fake-clock.js';

/** Cache look-ups of a run: 100 keys per BatchGetItem, ahead of the images (issue 11). */
const ddbMock = mockClient(DynamoDBClient);
const keys = Array.from({ length: 250 }, (_, i) => `rekognition-input/beta/images/${i}.png`);
const item = (key: string) => ({ filename: { S: key }, status: { S: 'labeled' } });

function services() {
  const clock = fakeClock();
  return {
    clients: {
      dynamodb: new DynamoDBClient({ region: 'us-east-1' }),
      rekognition: new RekognitionClient({ region: 'us-east-1' }),
    },
    caller: new AwsCaller(4, clock, clock.now() + 60_000),
    clock,
    describe: describeForAction,
  };
}

const requested = () =>
  ddbMock.commandCalls(BatchGetItemCommand).map((c) => c.args[0].input.RequestItems!.beta_results!);

beforeEach(() => {
  ddbMock.reset();
  // Every even key has an item.
  ddbMock.on(BatchGetItemCommand).callsFake(async (input: BatchGetItemCommandInput) => {
    const found = input
      .RequestItems!.beta_results!.Keys!.map((k) => k.filename!.S!)
      .filter((key) => Number(/(\d+)\.png$/.exec(key)![1]) % 2 === 0)
      .map(item);
    return { Responses: { beta_results: found } };
  });
});

describe('StoredItems', () => {
  it('reads 250 keys in 3 consistent BatchGetItem requests of at most 100 keys', async () => {
    const stored = new StoredItems('beta_results', keys, services());
    const got = await Promise.all(keys.map((_, i) => stored.get(i)));
    expect(got.filter(Boolean)).toHaveLength(125);
    expect(got[4]).toEqual(item(keys[4]!));
    expect(got[5]).toBeUndefined();
    expect(
      requested()
        .map((r) => [r.Keys!.length, r.ConsistentRead])
        .sort(),
    ).toEqual(
      [
        [100, true],
        [100, true],
        [50, true],
      ].sort(),
    );
    expect(ddbMock).not.toHaveReceivedCommand(GetItemCommand);
  });

  it('takes keys built when asked for, and asks only for those of the chunks it reads', async () => {
    const asked = new Set<number>();
    const lazy = {
      length: 2_000,
      at: (index: number) => {
        asked.add(index);
        return `rekognition-input/beta/images/${index}.png`;
      },
    };
    const stored = new StoredItems('beta_results', lazy, services());
    expect(await stored.get(104)).toEqual(item('rekognition-input/beta/images/104.png'));
    expect(await stored.get(105)).toBeUndefined();
    // Chunk 1 and the two read ahead of it: keys 100-399, never the other 1,700.
    expect(Math.min(...asked)).toBe(100);
    expect(Math.max(...asked)).toBe(399);
    expect(requested().map((r) => r.Keys!.length)).toEqual([100, 100, 100]);
  });

  it('reads ahead: the first image asks for the next chunks too, once each', async () => {
    const stored = new StoredItems('beta_results', keys, services());
    await stored.get(0);
    await stored.get(1);
    expect(requested()).toHaveLength(3);
  });

  it('reads again what DynamoDB left unprocessed', async () => {
    let first = true;
    ddbMock.on(BatchGetItemCommand).callsFake(async (input: BatchGetItemCommandInput) => {
      const asked = input.RequestItems!.beta_results!.Keys!;
      if (first) {
        first = false;
        return {
          Responses: { beta_results: asked.slice(0, 40).map((k) => item(k.filename!.S!)) },
          UnprocessedKeys: { beta_results: { Keys: asked.slice(40), ConsistentRead: true } },
        };
      }
      return { Responses: { beta_results: asked.map((k) => item(k.filename!.S!)) } };
    });
    const stored = new StoredItems('beta_results', keys.slice(0, 100), services());
    const got = await Promise.all(keys.slice(0, 100).map((_, i) => stored.get(i)));
    expect(got.every(Boolean)).toBe(true);
    expect(requested().map((r) => r.Keys!.length)).toEqual([100, 60]);
  });

  it('falls back to one GetItem per image when BatchGetItem is denied, and says so once', async () => {
    ddbMock.on(BatchGetItemCommand).rejects(
      Object.assign(new Error('not authorized to perform: dynamodb:BatchGetItem'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    ddbMock.on(GetItemCommand).callsFake(async (input) => ({ Item: item(input.Key.filename.S) }));
    const notices: string[] = [];
    const stored = new StoredItems('beta_results', keys.slice(0, 3), services(), (m) =>
      notices.push(m),
    );
    const got = await Promise.all([0, 1, 2].map((i) => stored.get(i)));
    expect(got).toEqual(keys.slice(0, 3).map(item));
    expect(ddbMock).toHaveReceivedCommandTimes(GetItemCommand, 3);
    expect(notices).toEqual([
      "dynamodb:BatchGetItem on table beta_results was denied, so each image's item is read with its own GetItem. Allow dynamodb:BatchGetItem on the table to read 100 at a time.",
    ]);
  });

  it('never reads a chunk twice when images finish out of order', async () => {
    const stored = new StoredItems('beta_results', keys, services());
    // The second chunk is used up first, then the first chunk's images come.
    for (let i = 100; i < 200; i++) await stored.get(i);
    for (let i = 0; i < 100; i++) await stored.get(i);
    for (let i = 200; i < 250; i++) await stored.get(i);
    expect(requested()).toHaveLength(3);
  });
});
