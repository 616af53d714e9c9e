import type { S3Event } from 'aws-lambda';
import { AwsCaller, type Pacers, type RetryPolicy } from '../shared/aws-caller.js';
import type { AwsClients } from '../shared/clients.js';
import type { Clock } from '../shared/clock.js';
import type { Services } from '../shared/services.js';
import { lambdaFailureWording } from './aws-error-text.js';
import type { LambdaConfig } from './config.js';
import { type ObjectOutcome, type ObjectStatus, processObject } from './process-object.js';
import type { Logger } from './logger.js';
import { type ObjectEvent, eventRecords, isLaterSequencer, readRecord } from './s3-records.js';

/** What one warm execution environment keeps between invocations. */
export interface LambdaRuntime {
  config: LambdaConfig;
  clients: AwsClients;
  clock: Clock;
  retryPolicy: RetryPolicy;
  log: Logger;
  /** Objects labeled at once within one event. */
  recordConcurrency: number;
  /** Paced rates learned from throttling, kept across this environment's invocations. */
  pacers?: Pacers;
}

export interface Invocation {
  requestId: string;
  remainingMs: number;
}

export type EventSummary = Record<ObjectStatus, number> & { records: number };

/** Thrown after every record was handled, so Lambda retries the event; the retry is idempotent. */
export class RetryableEventError extends Error {
  override name = 'RetryableEventError';
}

const OUT_OF_TIME = "not started: the invocation's time ran out; Lambda retries the event";

/** Retries stop, and no record starts, this long before Lambda's own timeout. */
export const DEADLINE_MARGIN_MS = 5_000;

/** When this invocation stops retrying and starting work (epoch ms, by the runtime's clock). */
export function invocationDeadline(clock: Clock, remainingMs: number): number {
  return clock.now() + Math.max(0, remainingMs - DEADLINE_MARGIN_MS);
}

/** What the labeling core needs, for one invocation's caller. */
export function invocationServices(runtime: LambdaRuntime, caller: AwsCaller): Services {
  return {
    clients: runtime.clients,
    caller,
    clock: runtime.clock,
    describe: lambdaFailureWording(runtime.config),
  };
}

/**
 * Handles every record of the event. One record's failure never stops the others; a record
 * worth retrying makes the invocation fail at the end.
 */
export async function handleEvent(
  event: S3Event,
  invocation: Invocation,
  runtime: LambdaRuntime,
): Promise<EventSummary> {
  const log = runtime.log.with({ requestId: invocation.requestId });
  const { clock } = runtime;
  const deadline = invocationDeadline(clock, invocation.remainingMs);
  const caller = new AwsCaller(
    runtime.recordConcurrency * 2,
    clock,
    deadline,
    runtime.retryPolicy,
    undefined,
    runtime.pacers,
  );
  const services = invocationServices(runtime, caller);
  const summary: EventSummary = {
    records: 0,
    labeled: 0,
    failed: 0,
    skipped: 0,
    unchanged: 0,
    retry: 0,
  };
  const retries: string[] = [];
  const finish = (outcome: ObjectOutcome, startedAt: number) => {
    summary[outcome.status]++;
    if (outcome.status === 'retry') retries.push(`${outcome.key}: ${outcome.reason ?? ''}`);
    const level =
      outcome.status === 'retry' ? 'error' : outcome.status === 'failed' ? 'warn' : 'info';
    log[level](`object ${outcome.status}`, {
      ...outcome,
      durationMs: clock.now() - startedAt,
    });
  };

  const { objects, skipped } = selectObjects(eventRecords(event));
  summary.records = objects.length + skipped.length;
  summary.skipped = skipped.length;
  for (const record of skipped) log.info('record skipped', { status: 'skipped', ...record });

  let next = 0;
  const worker = async () => {
    while (next < objects.length) {
      const object = objects[next++]!;
      const startedAt = clock.now();
      // Past the deadline a record would be cut off by Lambda's timeout half-done: leave it,
      // whole, to the retry of the event (idempotent for the records already handled).
      const outcome: ObjectOutcome =
        startedAt >= deadline
          ? { status: 'retry', key: object.key, reason: OUT_OF_TIME }
          : await processObject(object, runtime.config, services);
      finish(outcome, startedAt);
    }
  };
  const workers = Math.max(1, Math.min(runtime.recordConcurrency, objects.length));
  await Promise.all(Array.from({ length: workers }, worker));

  const { requests, throttled, retried } = caller.stats;
  log.info('event handled', { ...summary, requests, throttled, retried });
  if (retries.length > 0) {
    throw new RetryableEventError(
      `${retries.length} of ${summary.records} record(s) must be retried: ${retries.join('; ')}`,
    );
  }
  return summary;
}

interface SkippedRecord {
  reason: string;
  rawKey?: string;
}

/**
 * The objects worth labeling, and the records that are not. S3 can put two events for one key
 * in a batch (an upload and its replacement); only the latest describes the bytes there now.
 */
function selectObjects(records: ReturnType<typeof eventRecords>): {
  objects: ObjectEvent[];
  skipped: SkippedRecord[];
} {
  const latest = new Map<string, ObjectEvent>();
  const skipped: SkippedRecord[] = [];
  for (const record of records) {
    const read = readRecord(record);
    if (!read.ok) {
      const rawKey = record?.s3?.object?.key;
      skipped.push({ reason: read.reason, ...(typeof rawKey === 'string' ? { rawKey } : {}) });
      continue;
    }
    const id = `${read.object.bucket}/${read.object.key}`;
    const seen = latest.get(id);
    const later = !seen || !isLaterSequencer(seen.sequencer, read.object.sequencer);
    const older = later ? seen : read.object;
    if (older) {
      skipped.push({
        reason: 'a later event for the same key is in this batch',
        rawKey: older.rawKey,
      });
    }
    if (later) latest.set(id, read.object);
  }
  return { objects: [...latest.values()], skipped };
}
