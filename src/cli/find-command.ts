import { indexTableFor } from '../shared/label-index.js';
import { type FoundImage, findImages } from '../shared/label-search.js';
import { numberFlag, parseFlags, tableFlag, textFlag } from './cli-args.js';
import { askAws, regionOf } from './cli-aws.js';
import { type CliIo, UsageError } from './cli-io.js';
import { columns, printable } from './terminal-text.js';
import { type CliVerdict, loadCliPolicy, pathOfItem, verdictOf } from './verdicts.js';

export const FIND_USAGE = `usage: node dist/cli/index.js find --table TABLE (--label NAME | --moderation NAME) [options]

Prints the images whose current item in TABLE has the label: path, confidence, sha256, last
commit and run. Reads the label index (TABLE-labels), never the whole table.

  --table TABLE           the results table, e.g. prod_results
  --label NAME            a label, any case (Microscope, microscope)
  --moderation NAME       a moderation label (Violence); with --label, images need both
  --min-confidence N      only matches at least this confident (0-100)
  --verdict block|warn    only images the policy's verdict puts there (needs moderation)
  --policy FILE           the moderation policy judging --verdict (default: the built-in one)
  --index-table NAME      the index table, when not TABLE-labels
  --region REGION         default: AWS_REGION
  --json                  one JSON document (docs/search.md describes it)
  -h, --help              this text`;

interface FindArgs {
  table: string;
  indexTable: string;
  label?: string;
  moderation?: string;
  minConfidence?: number;
  verdict?: 'block' | 'warn';
  policy?: string;
  region?: string;
  json: boolean;
}

function findArgs(args: string[]): FindArgs | 'help' {
  const flags = parseFlags('find', args, {
    table: { type: 'string' },
    label: { type: 'string' },
    moderation: { type: 'string' },
    'min-confidence': { type: 'string' },
    verdict: { type: 'string' },
    policy: { type: 'string' },
    'index-table': { type: 'string' },
    region: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (flags.help) return 'help';
  const table = tableFlag('table', flags.table);
  if (table === undefined) throw new UsageError('find needs --table (e.g. --table prod_results).');
  const label = textFlag('label', flags.label);
  const moderation = textFlag('moderation', flags.moderation);
  if (label === undefined && moderation === undefined) {
    throw new UsageError('find needs --label NAME or --moderation NAME.');
  }
  const verdict = flags.verdict;
  if (verdict !== undefined && verdict !== 'block' && verdict !== 'warn') {
    throw new UsageError(`--verdict is ${JSON.stringify(verdict)}; expected block or warn.`);
  }
  const minConfidence = numberFlag('min-confidence', flags['min-confidence'], 0, 100);
  return {
    table,
    indexTable: tableFlag('index-table', flags['index-table']) ?? indexTableFor(table),
    ...(label === undefined ? {} : { label }),
    ...(moderation === undefined ? {} : { moderation }),
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(verdict === undefined ? {} : { verdict }),
    ...(typeof flags.policy === 'string' ? { policy: flags.policy } : {}),
    ...(typeof flags.region === 'string' ? { region: flags.region } : {}),
    json: flags.json === true,
  };
}

/** One image of the answer, as --json prints it (a stable shape: docs/search.md). */
function jsonImage(image: FoundImage, verdict: CliVerdict) {
  const { item } = image;
  const text = (name: string) => item[name]?.S ?? null;
  return {
    filename: image.filename,
    path: pathOfItem(item),
    name: image.name,
    confidence: image.confidence,
    sha256: text('sha256'),
    commit: text('commit'),
    runId: text('run_id'),
    repository: text('repository'),
    branch: text('branch'),
    environment: text('environment'),
    timestamp: text('timestamp'),
    verdict,
  };
}

export async function findCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const parsed = findArgs(args);
  if (parsed === 'help') {
    io.out(`${FIND_USAGE}\n`);
    return 0;
  }
  const policy = await loadCliPolicy(parsed.policy);
  const result = await askAws(regionOf(parsed.region, env), (services) =>
    findImages(parsed, services),
  );
  const judged = result.images
    .map((image) => ({ image, verdict: verdictOf(image.item, policy) }))
    .filter(({ verdict }) => parsed.verdict === undefined || verdict === parsed.verdict);
  if (parsed.json) {
    io.out(
      `${JSON.stringify({
        command: 'find',
        table: parsed.table,
        indexTable: parsed.indexTable,
        query: {
          label: parsed.label ?? null,
          moderation: parsed.moderation ?? null,
          minConfidence: parsed.minConfidence ?? null,
          verdict: parsed.verdict ?? null,
        },
        count: judged.length,
        images: judged.map(({ image, verdict }) => jsonImage(image, verdict)),
        dynamodbRequests: result.requests,
        readCapacityUnits: result.readUnits,
      })}\n`,
    );
    return 0;
  }
  io.out(`${findText(parsed, judged, result)}\n`);
  return 0;
}

function findText(
  query: FindArgs,
  judged: { image: FoundImage; verdict: CliVerdict }[],
  cost: { requests: number; readUnits: number },
): string {
  const { requests } = cost;
  const what = [
    query.label === undefined ? undefined : `label "${printable(query.label)}"`,
    query.moderation === undefined
      ? undefined
      : `moderation label "${printable(query.moderation)}"`,
  ]
    .filter(Boolean)
    .join(' and ');
  const head = `${judged.length} image${judged.length === 1 ? '' : 's'} with ${what} in ${query.table} (${requests} DynamoDB request${requests === 1 ? '' : 's'}, ${cost.readUnits} read units)`;
  if (judged.length === 0) return head;
  // Without moderation in the table, a verdict column would only say so on every line.
  const verdicts = judged.some(({ verdict }) => verdict !== 'not-moderated');
  const rows = [
    ['confidence', ...(verdicts ? ['verdict'] : []), 'sha256', 'commit', 'run', 'path'],
  ];
  for (const { image, verdict } of judged) {
    const item = image.item;
    rows.push([
      image.confidence.toFixed(1),
      ...(verdicts ? [verdict] : []),
      printable((item.sha256?.S ?? '').slice(0, 12)),
      printable((item.commit?.S ?? '').slice(0, 7)),
      printable(item.run_id?.S ?? ''),
      printable(image.filename),
    ]);
  }
  return `${head}\n${columns(rows)}`;
}
