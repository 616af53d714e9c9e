import { errorMessage } from '../shared/aws-errors.js';
import { VERSION } from '../shared/version.js';
import { BACKFILL_USAGE, backfillCommand } from './backfill-command.js';
import { FIND_USAGE, findCommand } from './find-command.js';
import { CliError, type CliIo, UsageError } from './cli-io.js';
import { LABELS_USAGE, labelsCommand } from './labels-command.js';
import { REINDEX_USAGE, reindexCommand } from './reindex-command.js';

export const USAGE = `rekognition-label ${VERSION}: ask what the action and the Lambda labeled.

usage: node dist/cli/index.js <command> [flags]

commands:
  find      images with a label or a moderation label (find --help)
  labels    labels with their number of images (labels --help)
  reindex   add the items written before the label index existed (reindex --help)
  backfill  label the images already in a bucket, on S3 Batch Operations (backfill --help)

AWS credentials and region come from the usual places (AWS_PROFILE, AWS_REGION, ...).`;

type Command = (args: string[], env: NodeJS.ProcessEnv, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  find: { run: findCommand, usage: FIND_USAGE },
  labels: { run: labelsCommand, usage: LABELS_USAGE },
  reindex: { run: reindexCommand, usage: REINDEX_USAGE },
  backfill: { run: backfillCommand, usage: BACKFILL_USAGE },
};

/** Runs one command; returns its exit code: 0 done, 1 failed, 2 a usage mistake. */
export async function run(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`error: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command.run(args, env, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`error: ${error.message}\n`);
      return 1;
    }
    io.err(
      `error: unexpected failure, please report it: ${errorMessage(error)}\n${(error as Error).stack ?? ''}\n`,
    );
    return 1;
  }
}
