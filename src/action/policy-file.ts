import {
  LineCounter,
  type Node,
  type Pair,
  type ParsedNode,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import {
  MODERATION_NAMES,
  RENAMED_IN_7,
  isModerationName,
  lineage,
} from '../shared/moderation-taxonomy.js';
import type { ModerationOverride } from '../shared/moderation-verdict.js';
import type { ModerationPolicy, PathRule } from './moderation-policy.js';
import { GlobPatternError, parsePatterns } from './workspace-files.js';

/** A policy file that cannot be used; `problems` each start with `file:line:`. */
export class PolicyFileError extends Error {
  override name = 'PolicyFileError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const SHA256 = /^[0-9a-f]{64}$/i;
const TOP_KEYS = ['moderation'];
const POLICY_KEYS = ['block', 'warn', 'ignore', 'paths', 'overrides'];
const PATH_KEYS = ['match', 'block', 'warn', 'ignore'];
const OVERRIDE_KEYS = ['path', 'sha256', 'allow', 'reason'];

/** Collects problems with the line they are on; the file's whole list is reported at once. */
class Reader {
  readonly problems: string[] = [];
  unknownName = false;

  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  problem(node: Node | Pair | null | undefined, message: string): void {
    const offset = nodeOffset(node);
    const line = offset === undefined ? 1 : this.lines.linePos(offset).line;
    this.problems.push(`${this.file}:${line}: ${message}`);
  }

  /** A mapping's pairs as [key, value node], after checking the keys against `allowed`. */
  entries(node: unknown, where: string, allowed?: readonly string[]): [string, Pair][] {
    if (!isMap(node)) {
      this.problem(node as Node, `${where} must be a mapping (key: value lines).`);
      return [];
    }
    const result: [string, Pair][] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) {
        this.problem(pair, `${where} has a key that is not a plain name.`);
      } else if (allowed && !allowed.includes(key)) {
        this.problem(pair, `${where} has an unknown key "${key}"; allowed: ${allowed.join(', ')}.`);
      } else {
        result.push([key, pair]);
      }
    }
    return result;
  }

  /** A category name of the taxonomy; undefined (and a problem) otherwise. */
  categoryName(node: unknown, where: string): string | undefined {
    const name = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (name === undefined) {
      this.problem(node as Node, `${where}: a category name must be text.`);
      return undefined;
    }
    if (isModerationName(name)) return name;
    const renamed = RENAMED_IN_7[name];
    const hint = renamed
      ? ` Moderation model 7 renamed it: use ${renamed.map((n) => `"${n}"`).join(' or ')}.`
      : '';
    this.problem(node as Node, `${where}: unknown category "${name}".${hint}`);
    this.unknownName = true;
    return undefined;
  }

  /** `name: confidence` lines. */
  thresholds(node: unknown, where: string): Map<string, number> {
    const result = new Map<string, number>();
    for (const [, pair] of this.entries(node, where)) {
      const name = this.categoryName(pair.key, where);
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
        this.problem(
          pair,
          `${where}: the threshold for "${String((pair.key as { value?: unknown })?.value)}" must be a number from 0 to 100 (a confidence in percent), not ${describe(pair.value)}.`,
        );
        continue;
      }
      if (name !== undefined) result.set(name, value);
    }
    return result;
  }

  names(node: unknown, where: string): Set<string> {
    const result = new Set<string>();
    if (!isSeq(node)) {
      this.problem(node as Node, `${where} must be a list of category names, such as [Weapons].`);
      return result;
    }
    for (const item of node.items) {
      const name = this.categoryName(item, where);
      if (name !== undefined) result.add(name);
    }
    return result;
  }

  text(node: unknown, where: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
      return node.value.trim();
    }
    this.problem(node as Node, `${where} must be non-empty text.`);
    return undefined;
  }
}

function nodeOffset(node: Node | Pair | null | undefined): number | undefined {
  if (!node) return undefined;
  if ('range' in node && node.range) return node.range[0];
  if ('key' in node) return nodeOffset(node.key as Node) ?? nodeOffset(node.value as Node);
  return undefined;
}

function describe(node: unknown): string {
  if (isScalar(node)) return JSON.stringify(node.value);
  return isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'nothing';
}

function pathRule(reader: Reader, node: unknown, at: string): PathRule | undefined {
  const rule = { match: '', block: new Map(), warn: new Map(), ignore: new Set<string>() };
  for (const [key, pair] of reader.entries(node, at, PATH_KEYS)) {
    if (key === 'match') rule.match = matchPattern(reader, pair, at) ?? '';
    if (key === 'block') rule.block = reader.thresholds(pair.value, `${at}.block`);
    if (key === 'warn') rule.warn = reader.thresholds(pair.value, `${at}.warn`);
    if (key === 'ignore') {
      rule.ignore = reader.names(pair.value, `${at}.ignore`);
      checkIgnored(reader, rule, pair, at);
    }
  }
  if (rule.match === '') {
    if (isMap(node) && !node.has('match'))
      reader.problem(node as Node, `${at} needs a \`match\` glob.`);
    return undefined;
  }
  return rule;
}

/**
 * A name ignored where a rule judges it, or judges a name under it, would make the rule dead:
 * the ignore drops the label before the rule sees it.
 */
function checkIgnored(
  reader: Reader,
  rules: Pick<ModerationPolicy, 'block' | 'warn' | 'ignore'>,
  pair: Pair,
  at: string,
): void {
  for (const name of [...rules.block.keys(), ...rules.warn.keys()]) {
    const ignored = lineage(name).find((n) => rules.ignore.has(n));
    if (ignored === undefined) continue;
    const what = ignored === name ? `"${name}"` : `"${ignored}" (above "${name}")`;
    reader.problem(
      pair,
      `${at}: ${what} is ignored, so its rule for "${name}" can never apply; keep one.`,
    );
  }
}

function matchPattern(reader: Reader, pair: Pair, at: string): string | undefined {
  const pattern = reader.text(pair.value, `${at}.match`);
  if (pattern === undefined) return undefined;
  if (pattern.startsWith('!')) {
    reader.problem(
      pair,
      `${at}.match must be one glob without \`!\`; a later entry can undo an earlier one instead.`,
    );
    return undefined;
  }
  try {
    const parsed = parsePatterns(pattern);
    // Validated as the `images` input validates it; matched whole (braces and all) by minimatch.
    if (parsed.exclude.length === 0) return pattern.replace(/^(\.\/)+/, '');
    reader.problem(pair, `${at}.match must be one glob without \`!\`.`);
  } catch (error) {
    if (!(error instanceof GlobPatternError)) throw error;
    reader.problem(pair, `${at}.match: ${error.message.replace(/ on line 1/, '')}`);
  }
  return undefined;
}

function override(reader: Reader, node: unknown, at: string): ModerationOverride | undefined {
  const found: Partial<ModerationOverride> = {};
  for (const [key, pair] of reader.entries(node, at, OVERRIDE_KEYS)) {
    if (key === 'path') found.path = overridePath(reader, pair, at);
    if (key === 'reason') found.reason = reader.text(pair.value, `${at}.reason`);
    if (key === 'allow') {
      found.allow = [...reader.names(pair.value, `${at}.allow`)];
      if (isSeq(pair.value) && pair.value.items.length === 0) {
        reader.problem(pair, `${at}.allow is empty: name the categories the override allows.`);
      }
    }
    if (key === 'sha256') {
      const value = isScalar(pair.value) ? String(pair.value.value) : '';
      if (SHA256.test(value)) found.sha256 = value.toLowerCase();
      else
        reader.problem(
          pair,
          `${at}.sha256 must be the file's SHA-256 in hex (64 characters; \`sha256sum FILE\` prints it).`,
        );
    }
  }
  if (!isMap(node)) return undefined;
  for (const key of OVERRIDE_KEYS) {
    if (!node.has(key))
      reader.problem(
        node as Node,
        `${at} needs \`${key}\`: an override is a person's decision about exact bytes, and says why.`,
      );
  }
  const { path, sha256, allow, reason } = found;
  if (!path || !sha256 || !allow?.length || !reason) return undefined;
  return { path, sha256, allow, reason };
}

function overridePath(reader: Reader, pair: Pair, at: string): string | undefined {
  const path = reader.text(pair.value, `${at}.path`)?.replace(/^(\.\/)+/, '');
  if (path === undefined) return undefined;
  const parts = path.split('/');
  if (
    path.startsWith('/') ||
    path.includes('\\') ||
    parts.some((part) => part === '' || part === '.' || part === '..')
  ) {
    reader.problem(
      pair,
      `${at}.path must be a workspace-relative path with forward slashes, as the results show it.`,
    );
    return undefined;
  }
  return path;
}

function list<T>(
  reader: Reader,
  node: unknown,
  at: string,
  read: (n: unknown, at: string) => T | undefined,
): T[] {
  if (!isSeq(node)) {
    reader.problem(node as Node, `${at} must be a list (lines starting with "- ").`);
    return [];
  }
  return node.items
    .map((item, index) => read(item, `${at}[${index}]`))
    .filter((value): value is T => value !== undefined);
}

/**
 * Reads a policy file's text. Every problem is reported together, each with its line, and
 * unknown category names with the list of valid ones: see docs/moderation.md for the format.
 */
export function parsePolicy(text: string, file: string): ModerationPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const reader = new Reader(file, lines);
  for (const error of doc.errors) {
    const line = error.linePos?.[0].line ?? 1;
    reader.problems.push(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const policy: ModerationPolicy = {
    source: file,
    block: new Map(),
    warn: new Map(),
    ignore: new Set(),
    paths: [],
    overrides: [],
  };
  if (reader.problems.length === 0) readPolicy(reader, doc.contents, policy);
  if (reader.unknownName) {
    reader.problems.push(
      `Valid category names (moderation model 7): ${MODERATION_NAMES.join(', ')}.`,
    );
  }
  if (reader.problems.length > 0) throw new PolicyFileError(reader.problems);
  return policy;
}

function readPolicy(reader: Reader, contents: ParsedNode | null, policy: ModerationPolicy): void {
  const top = reader.entries(contents, 'The policy file', TOP_KEYS);
  const moderation = top.find(([key]) => key === 'moderation')?.[1];
  if (!moderation) {
    if (reader.problems.length === 0)
      reader.problem(contents, 'The policy file needs a top-level `moderation:` mapping.');
    return;
  }
  const mutable = policy as { -readonly [K in keyof ModerationPolicy]: ModerationPolicy[K] };
  let ignorePair: Pair | undefined;
  for (const [key, pair] of reader.entries(moderation.value, 'moderation', POLICY_KEYS)) {
    const at = `moderation.${key}`;
    if (key === 'block') mutable.block = reader.thresholds(pair.value, at);
    if (key === 'warn') mutable.warn = reader.thresholds(pair.value, at);
    if (key === 'ignore') {
      mutable.ignore = reader.names(pair.value, at);
      ignorePair = pair;
    }
    if (key === 'paths')
      mutable.paths = list(reader, pair.value, at, (n, where) => pathRule(reader, n, where));
    if (key === 'overrides')
      mutable.overrides = list(reader, pair.value, at, (n, where) => override(reader, n, where));
  }
  if (ignorePair) checkIgnored(reader, policy, ignorePair, 'moderation');
  const rules = [policy, ...policy.paths].some((r) => r.block.size > 0 || r.warn.size > 0);
  if (reader.problems.length === 0 && !rules) {
    reader.problem(
      moderation,
      'moderation has no `block` or `warn` rule, so every image would be clear. A policy file replaces the built-in policy; copy its rules from docs/moderation.md.',
    );
  }
}
