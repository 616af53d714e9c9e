import { open, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { errorMessage } from '../shared/aws-errors.js';
import { DEFAULT_POLICY_PATH, INPUT, type Inputs } from './inputs.js';
import { BUILT_IN_POLICY, type ModerationPolicy } from './moderation-policy.js';
import { UserError } from './user-error.js';

/** A policy is a page of YAML; more is a mistake (a wrong path), not a policy. */
export const MAX_POLICY_BYTES = 256 * 1024;

/**
 * The policy this run judges with: the file `moderation-policy` names, else
 * `.github/rekognition-label.yml` when the workspace has it, else the built-in one. Read and
 * checked before any AWS call; every problem is an input error naming the file and line.
 * The YAML parser is loaded only when there is a file to read.
 */
export async function loadPolicy(
  workspace: string,
  inputs: Pick<Inputs, 'moderation' | 'moderationPolicy'>,
): Promise<ModerationPolicy | undefined> {
  if (inputs.moderation === 'off') return undefined;
  const { path, explicit } = inputs.moderationPolicy;
  const text = await readPolicyText(workspace, path, explicit);
  if (text === undefined) return BUILT_IN_POLICY;
  const { PolicyFileError, parsePolicy } = await import('./policy-file.js');
  try {
    return parsePolicy(text, path);
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error;
    throw new UserError(
      `The moderation policy ${path} cannot be used (input \`${INPUT.moderationPolicy}\`; format: docs/moderation.md):\n${error.message}`,
    );
  }
}

/** The file's text; undefined when the default path does not exist. */
async function readPolicyText(
  workspace: string,
  path: string,
  explicit: boolean,
): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(join(workspace, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return undefined;
    throw new UserError(
      code === 'ENOENT'
        ? `Input \`${INPUT.moderationPolicy}\` is ${JSON.stringify(path)}, but no such file is in the workspace. Check the repository out before this step, or leave the input empty to use ${DEFAULT_POLICY_PATH} when it exists, else the built-in policy.`
        : `The moderation policy ${path} cannot be read: ${code ?? errorMessage(error)}.`,
    );
  }
  const root = await realpath(workspace);
  if (real === root || !real.startsWith(root + sep)) {
    throw new UserError(
      `Input \`${INPUT.moderationPolicy}\`: ${JSON.stringify(path)} is not a file inside the workspace (the workspace itself, or a symbolic link out of it); the policy must be a file of the repository.`,
    );
  }
  const handle = await open(real, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      `The moderation policy ${path} cannot be read: ${error.code ?? error.message}.`,
    );
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new UserError(
        `Input \`${INPUT.moderationPolicy}\` is ${JSON.stringify(path)}, which is not a file; name the policy's YAML file.`,
      );
    }
    const { size } = stats;
    if (size > MAX_POLICY_BYTES) {
      throw new UserError(
        `The moderation policy ${path} is ${size} bytes; a policy file is at most ${MAX_POLICY_BYTES / 1024} KiB.`,
      );
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
