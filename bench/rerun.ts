import {
  type AttributeValue,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dynamoClient, scanTable } from '../local-stack/admin.js';
import {
  BASE_LATENCY_MS,
  BASE_TPS,
  type BenchContext,
  cpuNote,
  freshTable,
  measure,
  notLabeled,
  requestsCell,
  rssMB,
  type Scenario,
  seconds,
} from './context.js';
import { ensureImages, makeWorkspace, POOL_SIZE, repeatPool, workspaceNames } from './images.js';
import type { Row } from './table.js';

/** The "hashing-bound", as this bench reads it: at most this many times the hashing. */
export const HASHING_BOUND = 1.5;
type Item = Record<string, AttributeValue>;

/** Keys per BatchGetItem: a re-run needs about N / 100 DynamoDB requests. */
export const BATCH_KEYS = 100;
/** Latency of the fill run (not measured): small, so 20,000 images label in minutes. */
const FILL_LATENCY_MS = 10;

/** Bytes per ms that one thread of this process reads and SHA-256-hashes `files` at. */
async function hashRate(files: readonly string[]): Promise<number> {
  let bytes = 0;
  const started = performance.now();
  for (const file of new Set(files)) {
    const data = await readFile(file);
    createHash('sha256').update(data).digest();
    bytes += data.length;
  }
  return bytes / (performance.now() - started);
}

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    let size = sizes.get(file);
    if (size === undefined) sizes.set(file, (size = (await stat(file)).size));
    total += size;
  }
  return total;
}

/**
 * The items of a repeated pool's later names: for each name past the pool, its first
 * appearance's item (found by the last part of `filename`) under a `filename` ending in the
 * new name. Items of names with no first-appearance item are left out.
 */
export function itemsForRepeats<T extends Record<string, { S?: string }>>(
  items: readonly T[],
  names: readonly string[],
  poolSize: number,
): T[] {
  const byName = new Map<string, T>();
  for (const item of items) {
    const filename = item.filename?.S;
    if (filename) byName.set(filename.slice(filename.lastIndexOf('/') + 1), item);
  }
  const copies: T[] = [];
  for (let i = poolSize; i < names.length; i++) {
    const item = byName.get(names[i % poolSize]!);
    const filename = item?.filename?.S;
    if (!item || !filename) continue;
    copies.push({
      ...item,
      filename: { S: filename.slice(0, filename.lastIndexOf('/') + 1) + names[i] },
    });
  }
  return copies;
}

/** BatchWriteItem, 25 at a time, until nothing is left unprocessed. */
async function putItems(ctx: BenchContext, table: string, items: readonly Item[]): Promise<void> {
  const db = dynamoClient(ctx.stack);
  try {
    for (let i = 0; i < items.length; i += 25) {
      let requests: Record<string, WriteRequest[]> | undefined = {
        [table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
      };
      while (requests && Object.keys(requests).length > 0) {
        const out: BatchWriteItemCommandOutput = await db.send(
          new BatchWriteItemCommand({ RequestItems: requests }),
        );
        requests = out.UnprocessedItems;
      }
    }
  } finally {
    db.destroy();
  }
}

/**
 * Fills `table` for the first `n` images: the distinct ones labelled by the action (no TPS
 * limit, small latency: not measured), the repeats past the pool as copies of their first
 * appearance's item, which is what the action would write for the same bytes.
 */
async function fill(ctx: BenchContext, table: string, n: number, done: { distinct: number }) {
  const distinct = Math.min(n, POOL_SIZE);
  if (distinct > done.distinct) {
    ctx.log(
      `rerun: filling ${table} with ${distinct} images (no TPS limit, ${FILL_LATENCY_MS} ms)`,
    );
    const { run } = await measure(ctx, {
      n: distinct,
      emulator: { latencyMs: FILL_LATENCY_MS, tps: null },
      inputs: { table },
      measureRss: false,
    });
    if (notLabeled(run) > 0) ctx.log(`rerun: ${notLabeled(run)} not labeled in the fill`);
    ctx.log(`rerun: fill took ${seconds(run.wallMs)}`);
    done.distinct = distinct;
  }
  if (n > POOL_SIZE) {
    const names = workspaceNames(repeatPool(await ensureImages(ctx.cache, POOL_SIZE), n));
    const copies = itemsForRepeats(await scanTable(ctx.stack, table), names, POOL_SIZE);
    ctx.log(`rerun: copying ${copies.length} items for the repeated images`);
    await putItems(ctx, table, copies);
  }
}

/** One re-run row: the table filled, then the images again, measured. */
async function rerunRow(ctx: BenchContext, table: string, n: number, rate: number): Promise<Row> {
  const files = await ensureImages(ctx.cache, n);
  ctx.log(`rerun: ${n} unchanged images, measured`);
  const { run, emulator } = await measure(ctx, {
    n,
    emulator: { latencyMs: BASE_LATENCY_MS, tps: BASE_TPS },
    inputs: { table },
  });
  // No S3 here: what the emulator did not get went to DynamoDB.
  const dynamo = run.aws ? run.aws.requests - emulator.requests : NaN;
  const perK = (x: number) => (x * 1000) / n;
  const idealMs = (await totalBytes(files)) / rate;
  const ratio = run.wallMs / idealMs;
  const failed = notLabeled(run);
  const enough = Math.ceil(n / BATCH_KEYS);
  return {
    scenario: '3 re-run',
    setup: `direct, bytes + table, N=${n} unchanged (second run)`,
    measured: `${perK(run.wallMs / 1000).toFixed(2)} s and ${perK(dynamo).toFixed(1)} DynamoDB requests per 1,000 images`,
    ideal: `${perK(idealMs / 1000).toFixed(2)} s/1,000 (SHA-256 of the bytes)`,
    ratio,
    requests: requestsCell(run),
    failed,
    peakRssMB: rssMB(run),
    target: `<= ${(enough * 1.1).toFixed(0)} DynamoDB requests (N/${BATCH_KEYS}), ratio <= ${HASHING_BOUND}`,
    met:
      dynamo <= enough * 1.1 &&
      ratio <= HASHING_BOUND &&
      failed === 0 &&
      emulator.requests === 0 &&
      run.counts.cached === n,
    note:
      `wall ${seconds(run.wallMs)}, ${dynamo} DynamoDB requests, ${emulator.requests} Rekognition calls, ` +
      `${run.counts.cached} from the table; ${cpuNote(run.cpuMs, emulator)}`,
  };
}

/** 3. A second run on unchanged images: DynamoDB requests and wall time per 1,000 images. */
export const rerun: Scenario = {
  id: 'rerun',
  item: 3,
  title: 'Re-run of unchanged images',
  async run(ctx) {
    const pool = await ensureImages(
      ctx.cache,
      Math.min(POOL_SIZE, Math.max(...ctx.options.rerunNs)),
    );
    const rate = await hashRate(pool);
    ctx.log(`rerun: this process hashes at ${(rate / 1000).toFixed(0)} MB/s`);
    // One table for all sizes, filled as they grow: the items of the smaller runs are reused.
    const table = await freshTable(ctx);
    const filled = { distinct: 0 };
    const rows: Row[] = [];
    for (const n of [...ctx.options.rerunNs].sort((a, b) => a - b)) {
      await fill(ctx, table, n, filled);
      rows.push(await rerunRow(ctx, table, n, rate));
    }
    return rows;
  },
};

/** A run of the cost scenario, and the billed calls per image it must make. */
interface CostPass {
  name: string;
  inputs: Record<string, string>;
  /** Start from an empty table. */
  freshTable?: boolean;
  /** Billed calls per image, by operation. */
  perImage: { DetectLabels: number; DetectModerationLabels: number };
}

const COST_PASSES: CostPass[] = [
  { name: 'first run', inputs: {}, perImage: { DetectLabels: 1, DetectModerationLabels: 0 } },
  {
    name: 'second run, unchanged images',
    inputs: {},
    perImage: { DetectLabels: 0, DetectModerationLabels: 0 },
  },
  {
    name: 'moderation turned on, unchanged images',
    inputs: { moderation: 'report' },
    perImage: { DetectLabels: 0, DetectModerationLabels: 1 },
  },
  {
    name: 'moderation policy changed, unchanged images',
    inputs: { moderation: 'report', 'moderation-policy': 'other-policy.yml' },
    perImage: { DetectLabels: 0, DetectModerationLabels: 0 },
  },
  {
    name: 'moderation on from the first run',
    inputs: { moderation: 'report' },
    freshTable: true,
    perImage: { DetectLabels: 1, DetectModerationLabels: 1 },
  },
];

/**
 * 6. Billed Rekognition calls per image and feature: one DetectLabels per new image, none on an
 * unchanged re-run; with moderation, one DetectModerationLabels more, none on a policy change.
 */
export const cost: Scenario = {
  id: 'cost',
  item: 6,
  title: 'Cost line',
  async run(ctx) {
    const n = ctx.options.n;
    const workspace = await makeWorkspace(await ensureImages(ctx.cache, n));
    try {
      await writeFile(
        join(workspace, 'other-policy.yml'),
        'moderation:\n  block: { Explicit: 90 }\n',
      );
      let table = await freshTable(ctx);
      const rows: Row[] = [];
      for (const pass of COST_PASSES) {
        if (pass.freshTable) table = await freshTable(ctx);
        ctx.log(`cost: ${pass.name}, ${n} images, table ${table}`);
        const { run, emulator } = await measure(ctx, {
          workspace,
          emulator: { latencyMs: BASE_LATENCY_MS, tps: BASE_TPS },
          inputs: { table, ...pass.inputs },
        });
        const billed = emulator.succeededByOperation;
        const labels = billed.DetectLabels ?? 0;
        const moderation = billed.DetectModerationLabels ?? 0;
        const perImage = (calls: number) => (calls / n).toFixed(2);
        const expected = pass.perImage;
        const target = `${expected.DetectLabels + expected.DetectModerationLabels} billed call(s)/image`;
        rows.push({
          scenario: '6 cost',
          setup: `${pass.name}, direct + table, N=${n}, ${BASE_TPS} TPS`,
          measured: `${perImage(labels + moderation)} billed calls/image: DetectLabels ${perImage(labels)}, DetectModerationLabels ${perImage(moderation)} (${emulator.requests} sent)`,
          requests: requestsCell(run),
          failed: notLabeled(run),
          peakRssMB: rssMB(run),
          target,
          met:
            labels === expected.DetectLabels * n &&
            moderation === expected.DetectModerationLabels * n &&
            notLabeled(run) === 0,
          note: `${run.counts.cached} from the table; wall ${seconds(run.wallMs)}`,
        });
      }
      return rows;
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  },
};
