#!/usr/bin/env node
import { run } from './main.js';

/** `node dist/cli/index.js <command> …`: the exit code is the command's. */
process.exitCode = await run(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
