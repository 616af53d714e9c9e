import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout's rules live in eslint.config.js; these lint a probe file placed in each folder,
 * through the project's own configuration, so `npm run lint` fails on the same imports.
 */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath });
  return result!.messages
    .filter((m) => m.ruleId !== null && m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('folder boundaries, enforced by lint', () => {
  it.each([
    ['src/shared/probe.ts', "import { run } from '../action/main.js';"],
    ['src/shared/probe.ts', "import type { ImageResult } from '../action/image-result.js';"],
    ['src/shared/probe.ts', "import { handler } from '../lambda/index.js';"],
    ['src/shared/probe.ts', "export { run } from '../action/main.js';"],
    ['src/shared/probe.ts', "const main = await import('../action/main.js');"],
    ['src/shared/deeper/probe.ts', "import { run } from '../../action/main.js';"],
    ['src/lambda/probe.ts', "import { INPUT } from '../action/inputs.js';"],
    ['src/lambda/probe.ts', "import type { LabelPlan } from '../action/run-plan.js';"],
  ])('%s may not %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/must not import src\/(action|lambda)\//);
  });

  it.each([
    ['src/shared/probe.ts', "import * as core from '@actions/core';"],
    ['src/lambda/probe.ts', "import { getOctokit } from '@actions/github';"],
  ])('%s may not talk to the runner: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([
      expect.stringContaining('Only src/action/ talks to the runner'),
    ]);
  });

  it.each([
    ['src/action/probe.ts', "import { classifyError } from '../shared/aws-errors.js';"],
    ['src/action/probe.ts', "import * as core from '@actions/core';"],
    ['src/lambda/probe.ts', "import { callAws } from '../shared/call-aws.js';"],
    ['src/shared/probe.ts', "import { errorCode } from './aws-errors.js';"],
  ])('%s may %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('no locale formatting in the long-lived processes, enforced by lint', () => {
  // Its first use costs about 7 MiB of RSS (src/shared/digits.ts).
  it.each([
    ['src/action/probe.ts', "export const text = (1234).toLocaleString('en-US');"],
    ['src/shared/probe.ts', 'export const text = new Date().toLocaleDateString();'],
    ['src/lambda/probe.ts', "export const order = 'a'.localeCompare('b');"],
    ['src/action/probe.ts', 'export const format = new Intl.NumberFormat();'],
  ])('%s may not %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([
      expect.stringMatching(/(no-restricted-properties|no-restricted-globals): .*7 MiB of RSS/),
    ]);
  });

  it('the CLI, a short process, may', async () => {
    const code = "export const text = (1234).toLocaleString('en-US');";
    expect(await problems('src/cli/probe.ts', code)).toEqual([]);
  });
});
