import { createHash } from 'node:crypto';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  type DynamoDBClient,
  type WriteRequest,
  paginateScan,
} from '@aws-sdk/client-dynamodb';
import { createIndexTable, createTable, dynamoClient } from '../local-stack/admin.js';
import { runBundledCli } from '../local-stack/cli-runner.js';
import { indexTableFor, paddedSequence, rowsOfItem } from '../src/shared/label-index.js';
import { indexRowItem } from '../src/shared/label-index-writer.js';
import { buildRecord, toItem } from '../src/shared/record.js';
import { AwsCaller } from '../src/shared/aws-caller.js';
import { describeNeutral } from '../src/shared/aws-errors.js';
import { systemClock } from '../src/shared/clock.js';
import { findImages } from '../src/shared/label-search.js';
import type { Services } from '../src/shared/services.js';
import type { BenchContext, Scenario } from './context.js';
import { formatDuration, median } from './stats.js';
import type { Row } from './table.js';

/**
 * 9. Find by label: a table of `searchItems` items of which `searchMatches` have the label
 * "Microscope", its label index written as the stream consumer writes it (the same row
 * builder; replaying 100,000 stream records would measure the consumer, not the search), then
 * `find` (the bundled CLI) against a full Scan with a filter, the only way before the index.
 */

const TABLE = 'search_bench_results';
const LABEL = 'Microscope';
/** Other labels each item has, from a vocabulary of 400 (as a course library would). */
const OTHER_LABELS = 3;
const VOCABULARY = 400;

function itemNumber(i: number, matches: number, items: number): Record<string, AttributeValue> {
  const every = Math.max(1, Math.floor(items / matches));
  const labels = Array.from({ length: OTHER_LABELS }, (_, k) => ({
    name: `Subject ${(i * 7 + k * 131) % VOCABULARY}`,
    confidence: 60 + ((i + k) % 40),
  }));
  if (i % every === 0 && i / every < matches)
    labels.unshift({ name: LABEL, confidence: 70 + (i % 30) });
  const record = buildRecord(
    {
      key: `rekognition-input/prod/library/unit-${i % 50}/image-${i}.png`,
      environment: 'prod',
      sha256: createHash('sha256').update(String(i)).digest('hex'),
      provenance: {
        branch: 'main',
        commit: createHash('sha1')
          .update(String(i % 300))
          .digest('hex'),
        repository: 'pixel-learning/course-images',
        runId: String(9_000_000 + (i % 300)),
      },
      settings: { minConfidence: 70, maxLabels: 10 },
      ttlHours: 0,
      source: 'action',
    },
    { status: 'labeled', labels, modelVersion: '3.0' },
    Date.UTC(2026, 10, 1),
  );
  return toItem(record);
}

/** BatchWriteItem, 25 a request, `lanes` at once, until DynamoDB processed everything. */
async function writeAll(
  db: DynamoDBClient,
  table: string,
  items: Record<string, AttributeValue>[],
) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const chunk = items.slice(next, (next += 25));
      let pending: WriteRequest[] | undefined = chunk.map((Item) => ({ PutRequest: { Item } }));
      while (pending?.length) {
        const out: BatchWriteItemCommandOutput = await db.send(
          new BatchWriteItemCommand({ RequestItems: { [table]: pending } }),
        );
        pending = out.UnprocessedItems?.[table];
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
}

async function generate(ctx: BenchContext, db: DynamoDBClient): Promise<number> {
  const { searchItems: items, searchMatches: matches } = ctx.options;
  const started = performance.now();
  await createTable(ctx.stack, TABLE);
  await createIndexTable(ctx.stack, indexTableFor(TABLE));
  let rows = 0;
  for (let from = 0; from < items; from += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, items - from) }, (_, k) =>
      itemNumber(from + k, matches, items),
    );
    await writeAll(db, TABLE, batch);
    const indexRows = batch.flatMap((item) =>
      [...rowsOfItem(item)].map(([key, row]) =>
        indexRowItem(key, item.filename!.S!, row, paddedSequence('1')),
      ),
    );
    rows += indexRows.length;
    await writeAll(db, indexTableFor(TABLE), indexRows);
    ctx.log(`search: ${from + batch.length}/${items} items, ${rows} index rows`);
  }
  return performance.now() - started;
}

interface ScanCost {
  ms: number;
  requests: number;
  readUnits: number;
  matches: number;
}

/** What a user had before: every page of the table, filtered on `label_names`. */
async function fullScan(db: DynamoDBClient): Promise<ScanCost> {
  const started = performance.now();
  const cost = { requests: 0, readUnits: 0, matches: 0 };
  const pages = paginateScan(
    { client: db },
    {
      TableName: TABLE,
      FilterExpression: 'contains(label_names, :label)',
      ExpressionAttributeValues: { ':label': { S: LABEL } },
      ReturnConsumedCapacity: 'TOTAL',
    },
  );
  for await (const page of pages) {
    cost.requests++;
    cost.readUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    cost.matches += page.Count ?? 0;
  }
  return { ms: performance.now() - started, ...cost };
}

interface FindCost {
  ms: number;
  requests: number;
  readUnits: number;
  matches: number;
}

/** The same search in this process (no Node start), as the Scan below is measured. */
async function findInProcess(db: DynamoDBClient): Promise<FindCost> {
  const started = performance.now();
  const services: Services = {
    clients: { dynamodb: db, rekognition: undefined as never },
    caller: new AwsCaller(16, systemClock, Date.now() + 600_000),
    clock: systemClock,
    describe: describeNeutral,
  };
  const result = await findImages(
    { table: TABLE, indexTable: indexTableFor(TABLE), label: LABEL },
    services,
  );
  return {
    ms: performance.now() - started,
    requests: result.requests,
    readUnits: result.readUnits,
    matches: result.images.length,
  };
}

/** The bundled CLI, as a user runs it: wall time includes starting Node. */
async function findOnce(ctx: BenchContext): Promise<FindCost> {
  const run = await runBundledCli(
    ['find', '--table', TABLE, '--label', LABEL, '--json'],
    ctx.stack.env,
  );
  if (run.exitCode !== 0) throw new Error(`find failed: ${run.stderr}`);
  const answer = JSON.parse(run.stdout) as {
    count: number;
    dynamodbRequests: number;
    readCapacityUnits: number;
  };
  return {
    ms: run.ms,
    requests: answer.dynamodbRequests,
    readUnits: answer.readCapacityUnits,
    matches: answer.count,
  };
}

export const search: Scenario = {
  id: 'search',
  item: 9,
  title: 'Find by label',
  async run(ctx) {
    const db = dynamoClient(ctx.stack);
    try {
      const generated = await generate(ctx, db);
      ctx.log(`search: table generated in ${formatDuration(generated)}`);
      const finds: FindCost[] = [];
      const clis: FindCost[] = [];
      const scans: ScanCost[] = [];
      for (let i = 0; i < 3; i++) {
        finds.push(await findInProcess(db));
        clis.push(await findOnce(ctx));
        scans.push(await fullScan(db));
      }
      const find = finds[0]!;
      const scan = scans[0]!;
      const cli = clis[0]!;
      const findMs = median(finds.map((f) => f.ms));
      const scanMs = median(scans.map((s) => s.ms));
      const { searchItems: items, searchMatches: matches } = ctx.options;
      const setup = `label with ${matches} matches in ${items} items, median of 3`;
      // The least any exact answer reads: each match once, consistently (1 RCU up to 4 KB).
      const ideal = `${matches} RCU`;
      const rows: Row[] = [
        {
          scenario: '9 search',
          who: 'ours: find',
          group: 'search',
          setup,
          measured: formatDuration(findMs),
          ideal,
          ratio: find.readUnits / matches,
          requests: `${find.requests} requests, ${find.readUnits} RCU`,
          failed: matches - find.matches,
          target: 'fewer reads than a Scan',
          met:
            find.readUnits < scan.readUnits && find.matches === matches && cli.matches === matches,
          note:
            `Query of one index partition + consistent BatchGetItem of each hit, in process; ` +
            `the bundled CLI (node dist/cli/index.js find --json) takes ${formatDuration(median(clis.map((c) => c.ms)))} with starting Node; ${find.matches} found`,
        },
        {
          scenario: '9 search',
          who: 'full Scan + filter',
          group: 'search',
          setup,
          measured: formatDuration(scanMs),
          ideal,
          ratio: scan.readUnits / matches,
          requests: `${scan.requests} requests, ${scan.readUnits} RCU`,
          failed: matches - scan.matches,
          target: '',
          note: `every item read (eventually consistent), in process; ${scan.matches} found`,
        },
      ];
      return rows;
    } finally {
      db.destroy();
    }
  },
};
