import { describe, expect, it } from 'vitest';
import type {
  DynamoStreamControl,
  DynamoStreamRecord,
  StreamListener,
} from '../../local-stack/dynamodb-stream.js';
import { type StreamBatchResponse, startStreamMapping } from '../../local-stack/stream-mapping.js';

/**
 * The emulated event source mapping against a stream the test writes itself: what reaches the
 * function, in which batches, and what happens to a batch that fails.
 */

const TABLE = 'prod_results';

/** A stream of one or more tables whose records the test emits. */
class FakeStreams implements DynamoStreamControl {
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private sequence = 0;

  subscribe(table: string, listener: StreamListener): () => void {
    const set = this.listeners.get(table) ?? new Set();
    this.listeners.set(table, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  expire(): Promise<number> {
    throw new Error('not used');
  }

  listenerCount(table: string): number {
    return this.listeners.get(table)?.size ?? 0;
  }

  /** Emits `count` INSERT records on `table`, synchronously, as one write would. */
  emit(count: number, table = TABLE): string[] {
    const sequences: string[] = [];
    for (let i = 0; i < count; i++) {
      const seq = String(++this.sequence);
      sequences.push(seq);
      for (const listener of this.listeners.get(table) ?? []) listener(record(table, seq));
    }
    return sequences;
  }
}

function record(table: string, sequence: string): DynamoStreamRecord {
  return {
    eventID: `event-${sequence}`,
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: 1_800_000_000,
      Keys: { filename: { S: `image-${sequence}.png` } },
      NewImage: { filename: { S: `image-${sequence}.png` } },
      SequenceNumber: sequence,
      SizeBytes: 50,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: `arn:aws:dynamodb:us-east-1:000000000000:table/${table}/stream/x`,
  };
}

type Answer = StreamBatchResponse | null | undefined | Error;

/**
 * The function: records each batch's sequence numbers and answers from `script`, which sees
 * the batch and how many times a batch starting at the same record was delivered before.
 */
function scripted(script: (sequences: string[], attempt: number) => Answer = () => undefined) {
  const batches: string[][] = [];
  const attempts = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const deliver = async (event: { Records: DynamoStreamRecord[] }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const sequences = event.Records.map((r) => r.dynamodb.SequenceNumber);
      batches.push(sequences);
      const attempt = (attempts.get(sequences[0]!) ?? 0) + 1;
      attempts.set(sequences[0]!, attempt);
      await Promise.resolve();
      const answer = script(sequences, attempt);
      if (answer instanceof Error) throw answer;
      return answer;
    } finally {
      inFlight--;
    }
  };
  return {
    deliver,
    batches,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

/** A promise the test resolves itself. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('startStreamMapping', () => {
  it('delivers records in order, in batches of batchSize, one batch at a time', async () => {
    const streams = new FakeStreams();
    const fn = scripted();
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 3,
    });
    streams.emit(7);
    await mapping.idle();
    expect(fn.batches).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7']]);
    expect(fn.maxInFlight).toBe(1);
    expect(mapping.deliveries).toBe(3);
    expect(mapping.failures).toEqual([]);
  });

  it('batches 100 records by default, and only records of its own table', async () => {
    const streams = new FakeStreams();
    const fn = scripted();
    const mapping = startStreamMapping(streams, { table: TABLE, deliver: fn.deliver });
    streams.emit(150);
    streams.emit(5, 'other_table');
    await mapping.idle();
    expect(fn.batches.map((b) => b.length)).toEqual([100, 50]);
    expect(fn.batches.flat()).toEqual(Array.from({ length: 150 }, (_, i) => String(i + 1)));
  });

  it('records emitted while a batch is delivered follow it, in order', async () => {
    const streams = new FakeStreams();
    const held = gate();
    const started = gate();
    const batches: string[][] = [];
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      batchSize: 10,
      deliver: async (event) => {
        batches.push(event.Records.map((r) => r.dynamodb.SequenceNumber));
        if (batches.length === 1) {
          started.open();
          await held.opened;
        }
      },
    });
    streams.emit(2);
    await started.opened;
    streams.emit(3);
    let idle = false;
    const done = mapping.idle().then(() => (idle = true));
    // Another microtask turn: the new records must not start a second delivery alongside.
    await Promise.resolve();
    expect(batches).toEqual([['1', '2']]);
    expect(idle).toBe(false);
    held.open();
    await done;
    expect(batches).toEqual([
      ['1', '2'],
      ['3', '4', '5'],
    ]);
  });

  it('retries a thrown delivery, then gives its range to failures and moves on', async () => {
    const streams = new FakeStreams();
    const fn = scripted((sequences) =>
      sequences.includes('5') ? new Error('Task timed out after 60.00 seconds') : undefined,
    );
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 3,
      maximumRetryAttempts: 2,
    });
    streams.emit(8);
    await mapping.idle();
    expect(fn.batches).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['4', '5', '6'],
      ['4', '5', '6'],
      ['7', '8'],
    ]);
    expect(mapping.failures).toEqual([
      {
        table: TABLE,
        startSequenceNumber: '4',
        endSequenceNumber: '6',
        batchSize: 3,
        attempts: 3,
        error: 'Task timed out after 60.00 seconds',
      },
    ]);
    expect(mapping.deliveries).toBe(5);
  });

  it('a delivery that fails once and then succeeds leaves no failure', async () => {
    const streams = new FakeStreams();
    const fn = scripted((_, attempt) => (attempt === 1 ? new Error('cold start failed') : null));
    const mapping = startStreamMapping(streams, { table: TABLE, deliver: fn.deliver });
    streams.emit(2);
    await mapping.idle();
    expect(fn.batches).toEqual([
      ['1', '2'],
      ['1', '2'],
    ]);
    expect(mapping.failures).toEqual([]);
  });

  it('with no retries, a failed batch goes to failures after one attempt', async () => {
    const streams = new FakeStreams();
    const fn = scripted(() => new Error('boom'));
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      maximumRetryAttempts: 0,
    });
    streams.emit(2);
    await mapping.idle();
    expect(fn.batches).toEqual([['1', '2']]);
    expect(mapping.failures).toMatchObject([{ startSequenceNumber: '1', attempts: 1 }]);
  });

  it('batchItemFailures retries from the named record only', async () => {
    const streams = new FakeStreams();
    const fn = scripted((sequences, attempt) =>
      sequences[0] === '1' && attempt === 1 ? { batchItemFailures: [{ itemIdentifier: '3' }] } : {},
    );
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 4,
    });
    streams.emit(6);
    await mapping.idle();
    // 1 and 2 are done; 3 and 4 come again, alone; then the next batch.
    expect(fn.batches).toEqual([
      ['1', '2', '3', '4'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(mapping.failures).toEqual([]);
  });

  it('with several batchItemFailures, retries from the lowest sequence number', async () => {
    const streams = new FakeStreams();
    const fn = scripted((sequences, attempt) =>
      sequences[0] === '1' && attempt === 1
        ? { batchItemFailures: [{ itemIdentifier: '4' }, { itemIdentifier: '2' }] }
        : {},
    );
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 4,
    });
    streams.emit(4);
    await mapping.idle();
    expect(fn.batches).toEqual([
      ['1', '2', '3', '4'],
      ['2', '3', '4'],
    ]);
  });

  it('a record that keeps failing goes to failures with the range from it', async () => {
    const streams = new FakeStreams();
    const fn = scripted((sequences) =>
      sequences.includes('3') ? { batchItemFailures: [{ itemIdentifier: '3' }] } : {},
    );
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 4,
      maximumRetryAttempts: 1,
    });
    streams.emit(5);
    await mapping.idle();
    expect(fn.batches).toEqual([['1', '2', '3', '4'], ['3', '4'], ['5']]);
    expect(mapping.failures).toEqual([
      {
        table: TABLE,
        startSequenceNumber: '3',
        endSequenceNumber: '4',
        batchSize: 2,
        attempts: 2,
        error: 'batchItemFailures from 3',
      },
    ]);
  });

  it('an empty or absent batchItemFailures is a success; an identifier not in the batch fails it all', async () => {
    const streams = new FakeStreams();
    const answers: Record<string, Answer> = {
      '1': { batchItemFailures: [] },
      '2': {},
      '3': null,
      '4': { batchItemFailures: [{ itemIdentifier: 'not-a-sequence-number' }] },
      '5': { batchItemFailures: [{ itemIdentifier: '' }] },
    };
    const fn = scripted((sequences, attempt) => (attempt === 1 ? answers[sequences[0]!] : {}));
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: fn.deliver,
      batchSize: 1,
    });
    streams.emit(5);
    await mapping.idle();
    expect(fn.batches).toEqual([['1'], ['2'], ['3'], ['4'], ['4'], ['5'], ['5']]);
    expect(mapping.failures).toEqual([]);
  });

  it('idle() resolves at once when nothing is pending, and after every delivery otherwise', async () => {
    const streams = new FakeStreams();
    const held = gate();
    const started = gate();
    let delivered = 0;
    const mapping = startStreamMapping(streams, {
      table: TABLE,
      deliver: async () => {
        started.open();
        await held.opened;
        delivered++;
      },
    });
    await mapping.idle();
    streams.emit(1);
    let idle = false;
    const done = mapping.idle().then(() => (idle = true));
    await started.opened;
    expect(idle).toBe(false);
    held.open();
    await done;
    expect(delivered).toBe(1);
  });

  it('stop() unsubscribes: later records are not delivered, and idle() still resolves', async () => {
    const streams = new FakeStreams();
    const fn = scripted();
    const mapping = startStreamMapping(streams, { table: TABLE, deliver: fn.deliver });
    streams.emit(1);
    await mapping.idle();
    expect(streams.listenerCount(TABLE)).toBe(1);
    mapping.stop();
    expect(streams.listenerCount(TABLE)).toBe(0);
    streams.emit(2);
    await mapping.idle();
    expect(fn.batches).toEqual([['1']]);
  });
});
