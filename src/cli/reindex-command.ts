import { indexTableFor } from '../shared/label-index.js';
import { rebuildIndex } from '../shared/label-index-rebuild.js';
import { parseFlags, tableFlag } from './cli-args.js';
import { askAws, regionOf } from './cli-aws.js';
import { type CliIo, UsageError } from './cli-io.js';

export const REINDEX_USAGE = `usage: node dist/cli/index.js reindex --table TABLE [options]

Adds to the label index (TABLE-labels) the rows of items written before it existed: run it once
after deploying the index on a table that already holds items. It reads the whole table (a
consistent Scan) and only adds missing rows; it never replaces one the stream consumer wrote.

  --table TABLE        the results table, e.g. prod_results
  --index-table NAME   the index table, when not TABLE-labels
  --region REGION      default: AWS_REGION
  --json               one JSON document: {command, table, indexTable, items, rowsAdded,
                       rowsPresent, dynamodbRequests}
  -h, --help           this text`;

export async function reindexCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const flags = parseFlags('reindex', args, {
    table: { type: 'string' },
    'index-table': { type: 'string' },
    region: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (flags.help) {
    io.out(`${REINDEX_USAGE}\n`);
    return 0;
  }
  const table = tableFlag('table', flags.table);
  if (table === undefined)
    throw new UsageError('reindex needs --table (e.g. --table prod_results).');
  const indexTable = tableFlag('index-table', flags['index-table']) ?? indexTableFor(table);
  const region = regionOf(typeof flags.region === 'string' ? flags.region : undefined, env);
  const summary = await askAws(region, (services) =>
    rebuildIndex(table, indexTable, services, (sofar) => {
      if (!flags.json) io.err(`${sofar.items} items read, ${sofar.rowsAdded} rows added\n`);
    }),
  );
  if (flags.json) {
    io.out(
      `${JSON.stringify({
        command: 'reindex',
        table,
        indexTable,
        items: summary.items,
        rowsAdded: summary.rowsAdded,
        rowsPresent: summary.rowsPresent,
        dynamodbRequests: summary.requests,
      })}\n`,
    );
  } else {
    io.out(
      `${summary.items} items in ${table}: ${summary.rowsAdded} index rows added, ${summary.rowsPresent} already there (${summary.requests} DynamoDB requests)\n`,
    );
  }
  return 0;
}
