import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_POLICY } from '../../src/action/moderation-policy.js';
import { MAX_POLICY_BYTES, loadPolicy } from '../../src/action/policy-load.js';
import { UserError } from '../../src/action/user-error.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'policy-load-'));
  await mkdir(join(workspace, '.github'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const DEFAULT = { path: '.github/rekognition-label.yml', explicit: false };
const report = (moderationPolicy = DEFAULT) => ({
  moderation: 'report' as const,
  moderationPolicy,
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as Error).message;
}

describe('loadPolicy', () => {
  it('has no policy with moderation off, and does not read the file', async () => {
    await writeFile(join(workspace, DEFAULT.path), 'not: [valid');
    expect(
      await loadPolicy(workspace, { moderation: 'off', moderationPolicy: DEFAULT }),
    ).toBeUndefined();
  });

  it('uses the built-in policy when the default file does not exist', async () => {
    expect(await loadPolicy(workspace, report())).toBe(BUILT_IN_POLICY);
  });

  it('reads the default file when it exists', async () => {
    await writeFile(join(workspace, DEFAULT.path), 'moderation:\n  block: { Explicit: 40 }\n');
    const policy = await loadPolicy(workspace, report());
    expect(policy?.source).toBe(DEFAULT.path);
    expect([...policy!.block]).toEqual([['Explicit', 40]]);
  });

  it('refuses a named file that is missing, saying what to do', async () => {
    const message = await refusal(
      loadPolicy(workspace, report({ path: 'policy.yml', explicit: true })),
    );
    expect(message).toMatch(
      /^Input `moderation-policy` is "policy.yml", but no such file is in the workspace\./,
    );
  });

  it('refuses a file that leads outside the workspace', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'policy-outside-'));
    try {
      await writeFile(join(outside, 'p.yml'), 'moderation: {}\n');
      await symlink(join(outside, 'p.yml'), join(workspace, 'p.yml'));
      const message = await refusal(
        loadPolicy(workspace, report({ path: 'p.yml', explicit: true })),
      );
      expect(message).toMatch(/is not a file inside the workspace/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses a file too large to be a policy', async () => {
    await writeFile(join(workspace, DEFAULT.path), '#'.repeat(MAX_POLICY_BYTES + 1));
    expect(await refusal(loadPolicy(workspace, report()))).toMatch(/at most 256 KiB/);
  });

  it('turns the file’s problems into one input error, each with its line', async () => {
    await writeFile(join(workspace, DEFAULT.path), 'moderation:\n  warn:\n    Alcohool: 70\n');
    const message = await refusal(loadPolicy(workspace, report()));
    expect(message.split('\n').slice(0, 2)).toEqual([
      'The moderation policy .github/rekognition-label.yml cannot be used (input `moderation-policy`; format: docs/moderation.md):',
      '.github/rekognition-label.yml:3: moderation.warn: unknown category "Alcohool".',
    ]);
  });

  it('refuses a directory, and the workspace itself, as the policy', async () => {
    await mkdir(join(workspace, 'policies'));
    expect(
      await refusal(loadPolicy(workspace, report({ path: 'policies', explicit: true }))),
    ).toMatch(/"policies", which is not a file/);
    expect(await refusal(loadPolicy(workspace, report({ path: '.', explicit: true })))).toMatch(
      /is not a file inside the workspace/,
    );
  });
});
