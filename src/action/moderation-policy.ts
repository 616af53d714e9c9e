import { Minimatch } from 'minimatch';
import {
  type ModerationLabel,
  type ModerationOverride,
  type ModerationRules,
  judge,
} from '../shared/moderation-verdict.js';
import type { ImageResult, ResultModeration } from './image-result.js';

/** Rules for the files a `paths` entry matches; names it mentions replace earlier rules. */
export interface PathRule {
  match: string;
  block: ReadonlyMap<string, number>;
  warn: ReadonlyMap<string, number>;
  ignore: ReadonlySet<string>;
}

/** A moderation policy, from a file in the workspace or the built-in one. */
export interface ModerationPolicy {
  /** Where it came from, for messages: a workspace path, or "the built-in policy". */
  source: string;
  block: ReadonlyMap<string, number>;
  warn: ReadonlyMap<string, number>;
  ignore: ReadonlySet<string>;
  paths: readonly PathRule[];
  overrides: readonly ModerationOverride[];
}

export const BUILT_IN_SOURCE = 'the built-in policy';

/**
 * For a school, when the repository has no policy file (docs/moderation.md explains each
 * line). Sexual content and hate symbols block; graphic violence blocks when Rekognition is
 * fairly sure. What lessons legitimately show (swimwear, nudity in art and anatomy, weapons in
 * history, alcohol and tobacco in health classes) warns, so a person looks, and is approved
 * with an override when it belongs.
 */
export const BUILT_IN_POLICY: ModerationPolicy = {
  source: BUILT_IN_SOURCE,
  block: new Map([
    ['Explicit', 50],
    ['Hate Symbols', 50],
    ['Graphic Violence', 80],
  ]),
  warn: new Map([
    ['Non-Explicit Nudity of Intimate parts and Kissing', 60],
    ['Swimwear or Underwear', 80],
    ['Violence', 60],
    ['Visually Disturbing', 60],
    ['Drugs & Tobacco', 60],
    ['Alcohol', 70],
    ['Rude Gestures', 60],
    ['Gambling', 70],
  ]),
  ignore: new Set(),
  paths: [],
  overrides: [],
};

// As the `images` input: dotfiles match, and `#` and `!` are literal.
const MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: true };
const matchers = new Map<string, Minimatch>();

function matches(pattern: string, path: string): boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) matchers.set(pattern, (matcher = new Minimatch(pattern, MATCH_OPTIONS)));
  return matcher.match(path);
}

/**
 * The rules for one workspace path: the policy's own, then each `paths` entry that matches,
 * in order. A name an entry mentions (in `block`, `warn` or `ignore`) loses every earlier rule
 * and takes the entry's; other names keep theirs.
 */
export function rulesFor(policy: ModerationPolicy, path: string): ModerationRules {
  const block = new Map(policy.block);
  const warn = new Map(policy.warn);
  const ignore = new Set(policy.ignore);
  for (const entry of policy.paths) {
    if (!matches(entry.match, path)) continue;
    for (const name of [...entry.block.keys(), ...entry.warn.keys(), ...entry.ignore]) {
      block.delete(name);
      warn.delete(name);
      ignore.delete(name);
    }
    for (const [name, threshold] of entry.block) block.set(name, threshold);
    for (const [name, threshold] of entry.warn) warn.set(name, threshold);
    for (const name of entry.ignore) ignore.add(name);
  }
  return { block, warn, ignore };
}

/** The overrides for this path and exactly these bytes. */
export function overridesFor(
  policy: ModerationPolicy,
  path: string,
  sha256: string,
): ModerationOverride[] {
  return policy.overrides.filter((o) => o.path === path && o.sha256 === sha256);
}

/** What Rekognition said of one image, judged by `policy` for that path and those bytes. */
export function judged(
  policy: ModerationPolicy,
  result: Pick<ImageResult, 'path' | 'sha256'>,
  said: { labels: ModerationLabel[]; modelVersion: string },
): ResultModeration {
  const rules = rulesFor(policy, result.path);
  const overrides = result.sha256 ? overridesFor(policy, result.path, result.sha256) : [];
  const { verdict, findings, override } = judge(said.labels, rules, overrides);
  return {
    verdict,
    labels: said.labels,
    modelVersion: said.modelVersion,
    findings,
    ...(override ? { override } : {}),
  };
}

/** A labeled image with nothing from moderation, where moderation was asked for. */
export function notModerated(): ResultModeration {
  return { verdict: 'not-moderated', labels: [], modelVersion: '', findings: [] };
}
