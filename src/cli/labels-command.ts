import { indexTableFor } from '../shared/label-index.js';
import { countLabels } from '../shared/label-search.js';
import { numberFlag, parseFlags, tableFlag } from './cli-args.js';
import { askAws, regionOf } from './cli-aws.js';
import { type CliIo, UsageError } from './cli-io.js';
import { columns, printable } from './terminal-text.js';

export const LABELS_USAGE = `usage: node dist/cli/index.js labels --table TABLE [options]

Prints each label (and moderation label) with its number of images, most first, from the
label index (TABLE-labels).

  --table TABLE        the results table, e.g. prod_results
  --top N              the N most frequent (default 50; 1-100000)
  --index-table NAME   the index table, when not TABLE-labels
  --region REGION      default: AWS_REGION
  --json               one JSON document (docs/search.md describes it)
  -h, --help           this text`;

export async function labelsCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const flags = parseFlags('labels', args, {
    table: { type: 'string' },
    top: { type: 'string' },
    'index-table': { type: 'string' },
    region: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (flags.help) {
    io.out(`${LABELS_USAGE}\n`);
    return 0;
  }
  const table = tableFlag('table', flags.table);
  if (table === undefined)
    throw new UsageError('labels needs --table (e.g. --table prod_results).');
  const indexTable = tableFlag('index-table', flags['index-table']) ?? indexTableFor(table);
  const top = numberFlag('top', flags.top, 1, 100_000, true) ?? 50;
  const region = regionOf(typeof flags.region === 'string' ? flags.region : undefined, env);
  const counted = await askAws(region, (services) => countLabels(indexTable, services));
  const shown = counted.names.slice(0, top);
  if (flags.json) {
    io.out(
      `${JSON.stringify({
        command: 'labels',
        table,
        indexTable,
        names: counted.names.length,
        labels: shown,
        dynamodbRequests: counted.requests,
        readCapacityUnits: counted.readUnits,
      })}\n`,
    );
    return 0;
  }
  const head = `${counted.names.length} names in ${table}${shown.length < counted.names.length ? `, the ${shown.length} most frequent` : ''} (${counted.requests} DynamoDB requests, ${counted.readUnits} read units)`;
  const rows = [
    ['images', 'kind', 'name'],
    ...shown.map((n) => [String(n.count), n.kind, printable(n.name)]),
  ];
  io.out(`${head}\n${shown.length > 0 ? `${columns(rows)}\n` : ''}`);
  return 0;
}
