import { readFile } from 'node:fs/promises';
import { errorMessage } from '../shared/aws-errors.js';
import { judge } from '../shared/moderation-verdict.js';
import { type Item, moderationFromItem } from '../shared/record.js';
import {
  BUILT_IN_POLICY,
  type ModerationPolicy,
  overridesFor,
  rulesFor,
} from '../action/moderation-policy.js';
import { MAX_POLICY_BYTES } from '../action/policy-load.js';
import { CliError } from './cli-io.js';

export type CliVerdict = 'block' | 'warn' | 'clear' | 'approved' | 'not-moderated';

/** `--policy FILE`, the same format as the action's; the built-in policy without it. */
export async function loadCliPolicy(file: string | undefined): Promise<ModerationPolicy> {
  if (file === undefined) return BUILT_IN_POLICY;
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_POLICY_BYTES) {
      throw new CliError(
        `--policy ${file} is ${bytes.length} bytes; a policy is at most ${MAX_POLICY_BYTES}.`,
      );
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`--policy ${file} cannot be read: ${errorMessage(error)}`);
  }
  const { PolicyFileError, parsePolicy } = await import('../action/policy-file.js');
  try {
    return parsePolicy(text, file);
  } catch (error) {
    if (error instanceof PolicyFileError)
      throw new CliError(`--policy is not a valid policy:\n${error.message}`);
    throw error;
  }
}

/** The repository path of an item's key: what follows `{prefix}/{environment}/`. */
export function pathOfItem(item: Item): string {
  const key = item.filename?.S ?? '';
  const environment = item.environment?.S;
  if (environment) {
    const marker = `/${environment}/`;
    const at = key.indexOf(marker);
    if (at >= 0) return key.slice(at + marker.length);
  }
  return key;
}

/** The policy's verdict on the item's stored moderation; `not-moderated` without one. */
export function verdictOf(item: Item, policy: ModerationPolicy): CliVerdict {
  const moderation = moderationFromItem(item);
  if (moderation === undefined) return 'not-moderated';
  const path = pathOfItem(item);
  const sha256 = item.sha256?.S ?? '';
  const overrides = sha256 ? overridesFor(policy, path, sha256) : [];
  return judge(moderation.labels, rulesFor(policy, path), overrides).verdict;
}
