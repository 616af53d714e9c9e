/** Where a command writes: stdout for answers, stderr for errors and notes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A mistake in the command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure the user can act on (no credentials, a missing table): exit code 1, no trace. */
export class CliError extends Error {
  override name = 'CliError';
}
