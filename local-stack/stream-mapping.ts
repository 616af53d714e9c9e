import type { DynamoStreamControl, DynamoStreamRecord } from './dynamodb-stream.js';

/**
 * A Lambda event source mapping on an emulated DynamoDB stream: records are delivered in
 * order, in batches, one batch at a time. A batch that fails is retried (from the first record
 * its `batchItemFailures` names, when the function reports them); after the last retry it goes
 * to `failures` (the mapping's on-failure destination) and the stream moves on, as on AWS.
 */

export interface StreamBatchResponse {
  batchItemFailures?: { itemIdentifier: string }[];
}

export interface StreamMappingOptions {
  table: string;
  /** Invokes the function; throws when the invocation failed. */
  deliver: (event: { Records: DynamoStreamRecord[] }) => Promise<unknown>;
  /** Default 100, as on AWS. */
  batchSize?: number;
  /** Retries of a failed batch before it goes to `failures`. Default 2. */
  maximumRetryAttempts?: number;
}

/** What the on-failure destination receives: the range of records given up on. */
export interface StreamFailure {
  table: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  batchSize: number;
  attempts: number;
  error: string;
}

export interface StreamMapping {
  readonly failures: readonly StreamFailure[];
  /** Batches delivered so far (each attempt counts). */
  readonly deliveries: number;
  /** Resolves once every record emitted so far was delivered or given up on. */
  idle(): Promise<void>;
  stop(): void;
}

export function startStreamMapping(
  streams: DynamoStreamControl,
  options: StreamMappingOptions,
): StreamMapping {
  const batchSize = options.batchSize ?? 100;
  const retries = options.maximumRetryAttempts ?? 2;
  const queue: DynamoStreamRecord[] = [];
  const failures: StreamFailure[] = [];
  let waiters: (() => void)[] = [];
  let running = false;
  let stopped = false;
  let deliveries = 0;

  const settle = () => {
    if (running || queue.length > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };

  /** Delivers one batch until it succeeds or runs out of retries; returns records consumed. */
  const deliverBatch = async (): Promise<void> => {
    let batch = queue.slice(0, batchSize);
    for (let attempt = 1; ; attempt++) {
      deliveries++;
      let error: string | undefined;
      try {
        const response = (await options.deliver({ Records: batch })) as StreamBatchResponse | null;
        const reported = response?.batchItemFailures ?? [];
        if (reported.length === 0) {
          queue.splice(0, batch.length);
          return;
        }
        // As on AWS: the retry starts at the lowest sequence number reported; an identifier that
        // names no record of the batch fails the whole batch.
        const positions = reported.map((f) =>
          batch.findIndex((r) => r.dynamodb.SequenceNumber === f.itemIdentifier),
        );
        const from = positions.includes(-1) ? 0 : Math.min(...positions);
        queue.splice(0, from);
        batch = batch.slice(from);
        error = `batchItemFailures from ${batch[0]!.dynamodb.SequenceNumber}`;
      } catch (thrown) {
        error = (thrown as Error).message ?? String(thrown);
      }
      if (attempt > retries || stopped) {
        failures.push({
          table: options.table,
          startSequenceNumber: batch[0]!.dynamodb.SequenceNumber,
          endSequenceNumber: batch.at(-1)!.dynamodb.SequenceNumber,
          batchSize: batch.length,
          attempts: attempt,
          error,
        });
        queue.splice(0, batch.length);
        return;
      }
    }
  };

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0 && !stopped) await deliverBatch();
    } finally {
      running = false;
      if (stopped) queue.length = 0;
      settle();
    }
  };

  const unsubscribe = streams.subscribe(options.table, (record) => {
    if (stopped) return;
    queue.push(record);
    // A microtask later, so records emitted together share a batch.
    queueMicrotask(() => void pump());
  });

  return {
    failures,
    get deliveries() {
      return deliveries;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    stop: () => {
      stopped = true;
      unsubscribe();
      settle();
    },
  };
}
