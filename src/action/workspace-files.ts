/**
 * Resolves the action's `images` input (one glob per line, relative to the
 * workspace) to the image files it names.
 *
 * Matching rules, in short:
 * - Lines are trimmed; blank lines and lines starting with `#` are ignored. Any line
 *   starting with `!` is an exclude (so an extglob `!(x)` cannot start an include line).
 * - Brace expansion (`*.{jpg,png}`) is done up front with minimatch's `braceExpand`.
 * - Globs match dotted names (`dot: true`), so the default pattern finds `.github/logo.png`.
 * - The final file extension matches case-insensitively (`*.jpg` finds `B.JPG`), the rest
 *   of the path is case-sensitive, because Linux runners have case-sensitive file systems
 *   but cameras and editors disagree on extension case.
 * - Patterns only ever match files, never directories.
 * - `.git` and `node_modules` are never entered nor matched, even when named explicitly.
 * - Symlinked directories are never entered (cycles); symlinked files are followed only
 *   when their real path stays inside the workspace.
 *
 * The module is pure apart from file-system reads: it neither logs nor reads the
 * environment, so the workspace path is a parameter and problems are returned as data
 * (`refused`) or thrown as `GlobPatternError`.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { Minimatch, braceExpand, type MinimatchOptions } from 'minimatch';
import { compareUtf8 } from '../shared/compare.js';
import { groupDigits } from '../shared/digits.js';

export interface WorkspaceMatch {
  /** Workspace-relative POSIX path (for a symlink: the link's own path). */
  readonly path: string;
  /** Real path on disk (for a symlink: its resolved target). */
  readonly absolutePath: string;
}

/**
 * A regular file the walk found. Its absolute path is built when asked for, a few times per
 * image: kept, it was one more string per file for the whole run (about 2 MB at 20,000 files).
 */
class WalkedFile implements WorkspaceMatch {
  constructor(
    private readonly root: string,
    readonly path: string,
  ) {}

  get absolutePath(): string {
    return path.join(this.root, this.path);
  }
}

export interface RefusedMatch {
  /** Workspace-relative POSIX path that matched but cannot be used. */
  path: string;
  reason: string;
}

export interface ResolvedFiles {
  files: WorkspaceMatch[];
  refused: RefusedMatch[];
}

export interface ParsedPatterns {
  /** Brace-expanded include patterns, leading `./` removed, de-duplicated. */
  include: string[];
  /** Brace-expanded exclude patterns (without the `!`), same normalisation. */
  exclude: string[];
}

export interface ResolveOptions {
  /** Throw when more files than this match (default 100 000). */
  maxFiles?: number;
  /** Called with the workspace-relative POSIX path of every directory read ('' for the root). */
  onDirectory?: (relDir: string) => void;
}

/** A pattern in the `images` input is unusable; the message names the line and the problem. */
export class GlobPatternError extends Error {
  override name = 'GlobPatternError';
}

export const DEFAULT_MAX_FILES = 100_000;

/** Limit per line so a typo like `{1..99999}` fails loudly instead of being truncated. */
const MAX_EXPANSIONS_PER_LINE = 1_000;

/** Never useful to scan, often huge, and `.git` holds no user files. */
const NEVER_DESCEND = new Set(['.git', 'node_modules']);

// nocomment/nonegate: comments and `!` are handled per line here, so a literal
// `#` or `!` left inside a pattern must stay literal.
const MATCH_OPTIONS: MinimatchOptions = { dot: true, nocomment: true, nonegate: true };

const RELATIVE_HINT = 'Globs are relative to the workspace (GITHUB_WORKSPACE)';

// ---------------------------------------------------------------------------
// Parsing and validation
// ---------------------------------------------------------------------------

export function parsePatterns(input: string): ParsedPatterns {
  const include = new Set<string>();
  const exclude = new Set<string>();
  input.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const negated = line.startsWith('!');
    const target = negated ? exclude : include;
    for (const pattern of parseLine(line, index + 1, negated)) target.add(pattern);
  });
  if (include.size === 0) {
    throw new GlobPatternError(
      'The images input has no include pattern (only blank lines, comments or `!` excludes), ' +
        'so it cannot match any file. Add at least one glob such as `**/*.{jpg,jpeg,png}`.',
    );
  }
  return { include: [...include], exclude: [...exclude] };
}

/** Validates one non-comment line and returns its brace-expanded, normalised patterns. */
function parseLine(line: string, lineNo: number, negated: boolean): string[] {
  const fail = (problem: string): never => {
    throw new GlobPatternError(
      `Invalid glob on line ${lineNo} ("${line}"): ${problem}. ${RELATIVE_HINT}.`,
    );
  };
  const body = negated ? line.slice(1).trim() : line;
  if (body === '') fail('`!` must be followed by a pattern');
  // `!!x` means "include" to some glob libraries and "exclude" to others; refuse the guess.
  if (negated && body.startsWith('!') && !body.startsWith('!(')) {
    fail('double negation is not supported');
  }
  const rawProblem = absoluteProblem(body) ?? backslashProblem(body) ?? unbalancedProblem(body);
  if (rawProblem) fail(rawProblem);

  const expanded = braceExpand(body, { braceExpandMax: MAX_EXPANSIONS_PER_LINE + 1 });
  if (expanded.length > MAX_EXPANSIONS_PER_LINE) {
    fail(`brace expansion produces more than ${MAX_EXPANSIONS_PER_LINE} patterns`);
  }
  // Validate after expansion too: `{/etc,x}/*.png` or `{.,..}/x` only reveal themselves here.
  return expanded.map((pattern) => {
    const normalised = stripDotSlash(pattern);
    const problem = expandedProblem(normalised);
    return problem ? fail(problem) : normalised;
  });
}

function absoluteProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/') || pattern.startsWith('\\\\')) {
    return 'absolute paths are not allowed';
  }
  if (/^[A-Za-z]:/.test(pattern)) return 'absolute (drive-letter) paths are not allowed';
  return undefined;
}

function backslashProblem(pattern: string): string | undefined {
  // Backslash is an escape character in globs, so `images\*.png` would silently
  // mean something else than a Windows user intended.
  return pattern.includes('\\')
    ? 'backslashes are not supported, use `/` as the separator'
    : undefined;
}

/**
 * `**\/*.{png` or `*.[jp` would be read literally by the glob library and silently match
 * nothing. Inside a `[...]` class braces are plain characters, `[]]` and `[!]]` hold a `]`, and
 * `[[:alpha:]]` holds a character class name.
 */
function unbalancedProblem(pattern: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const close = classEnd(pattern, i);
      if (close === undefined) {
        return 'a `[` has no matching `]` (write `[[]` to match a literal `[`)';
      }
      i = close;
    } else if (c === ']') {
      return 'a `]` has no matching `[` (write `[]]` to match a literal `]`)';
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) return 'a `}` has no matching `{` (write `[}]` to match a literal `}`)';
      depth--;
    }
  }
  return depth > 0 ? 'a `{` has no matching `}` (write `[{]` to match a literal `{`)' : undefined;
}

/** Index of the `]` that closes the class opened at `open`, or undefined. */
function classEnd(pattern: string, open: number): number | undefined {
  let j = open + 1;
  if (pattern[j] === '!' || pattern[j] === '^') j++;
  if (pattern[j] === ']') j++; // a leading `]` is a member
  while (j < pattern.length) {
    if (pattern.startsWith('[:', j)) {
      const end = pattern.indexOf(':]', j + 2);
      if (end !== -1) {
        j = end + 2;
        continue;
      }
    }
    if (pattern[j] === ']') return j;
    j++;
  }
  return undefined;
}

function expandedProblem(pattern: string): string | undefined {
  if (pattern === '') return 'the pattern is empty';
  if (pattern.startsWith('~')) return '`~` (home directory) is not allowed';
  if (pattern.split('/').includes('..')) return '`..` segments are not allowed';
  return absoluteProblem(pattern);
}

/** `./images/*.png` means `images/*.png`; repeated prefixes like `././` too. */
function stripDotSlash(pattern: string): string {
  let result = pattern;
  while (result.startsWith('./')) result = result.slice(2).replace(/^\/+/, '');
  return result;
}

/**
 * Makes the final extension of the last path segment case-insensitive:
 * `images/*.jpeg` becomes `images/*.[jJ][pP][eE][gG]`. Only a trailing `.` plus
 * letters/digits counts as an extension, and the dot must not start the segment
 * (`.github` is a dotfile name, not an extension). Everything else stays
 * case-sensitive, matching Linux runners.
 */
export function caseInsensitiveExtension(pattern: string): string {
  const match = /^(.*[^/])\.([A-Za-z0-9]+)$/.exec(pattern);
  if (!match) return pattern;
  const [, stem = '', extension = ''] = match;
  const classes = [...extension].map((c) =>
    /[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c,
  );
  return `${stem}.${classes.join('')}`;
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

interface Matchers {
  include: Minimatch[];
  exclude: Minimatch[];
  /** Directories matched here are excluded wholesale (from `!dir/**` patterns). */
  excludedDirs: Minimatch[];
}

function compileMatchers(parsed: ParsedPatterns): Matchers {
  const compile = (p: string) => new Minimatch(caseInsensitiveExtension(p), MATCH_OPTIONS);
  return {
    include: parsed.include.map(compile),
    exclude: parsed.exclude.map(compile),
    excludedDirs: parsed.exclude
      .map(excludedDirPattern)
      .filter((p): p is string => p !== undefined)
      .map((p) => new Minimatch(p, MATCH_OPTIONS)),
  };
}

/**
 * `!vendor/**` excludes every file below any directory matching `vendor`, so that
 * directory can be skipped entirely. Only a trailing `/**` is safe to turn into a
 * directory test; `!vendor/*` still lets `vendor/sub/x.png` through.
 */
function excludedDirPattern(pattern: string): string | undefined {
  let dir = pattern;
  while (dir.endsWith('/**')) dir = dir.slice(0, -3);
  return dir !== pattern && dir !== '' ? dir : undefined;
}

function isWantedFile(relPath: string, m: Matchers): boolean {
  return m.include.some((p) => p.match(relPath)) && !m.exclude.some((p) => p.match(relPath));
}

/**
 * Whether a workspace-relative path is one the `images` input selects, as the walk would
 * decide: for files that are not in the workspace, such as those a pull request removed.
 */
export function pathMatcher(input: string): (relPath: string) => boolean {
  const matchers = compileMatchers(parsePatterns(input));
  return (relPath) => {
    const dirs = relPath.split('/').slice(0, -1);
    if (dirs.some((name) => NEVER_DESCEND.has(name))) return false;
    for (let i = 1; i <= dirs.length; i++) {
      if (matchers.excludedDirs.some((p) => p.match(dirs.slice(0, i).join('/')))) return false;
    }
    return isWantedFile(relPath, matchers);
  };
}

/** `.git`/`node_modules` are filtered by name in the walk before this is asked. */
function shouldDescend(relDir: string, m: Matchers): boolean {
  if (m.excludedDirs.some((p) => p.match(relDir))) return false;
  // partial: "could a file below this directory still match?"
  return m.include.some((p) => p.match(relDir, true));
}

// ---------------------------------------------------------------------------
// Walking
// ---------------------------------------------------------------------------

interface WalkState {
  realWorkspace: string;
  matchers: Matchers;
  maxFiles: number;
  onDirectory: ((relDir: string) => void) | undefined;
  files: Map<string, WorkspaceMatch>;
  refused: Map<string, RefusedMatch>;
}

export async function resolveWorkspaceFiles(
  workspace: string,
  input: string,
  options: ResolveOptions = {},
): Promise<ResolvedFiles> {
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  if (!Number.isInteger(maxFiles) || maxFiles < 1) {
    throw new RangeError(`maxFiles must be a positive integer, got ${maxFiles}`);
  }
  const matchers = compileMatchers(parsePatterns(input));
  const state: WalkState = {
    realWorkspace: await realWorkspaceDir(workspace),
    matchers,
    maxFiles,
    onDirectory: options.onDirectory,
    files: new Map(),
    refused: new Map(),
  };
  await walkDirectory(state, state.realWorkspace, '');
  return {
    files: sortByPath([...state.files.values()]),
    refused: sortByPath([...state.refused.values()]),
  };
}

/** Walk from the real path so that containment checks compare like with like (macOS /tmp). */
async function realWorkspaceDir(workspace: string): Promise<string> {
  let real: string;
  try {
    real = await fs.realpath(workspace);
  } catch (error) {
    throw new Error(`Workspace directory ${workspace} cannot be resolved (${errorCode(error)})`, {
      cause: error,
    });
  }
  if (!(await fs.stat(real)).isDirectory()) {
    throw new Error(`Workspace path ${workspace} is not a directory`);
  }
  return real;
}

type EntryKind = 'directory' | 'file' | 'symlink';

function kindOf(entry: Entry): EntryKind | undefined {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) return 'symlink';
  // Sockets, FIFOs and devices are never images; skip them silently.
  return undefined;
}

async function walkDirectory(state: WalkState, absDir: string, relDir: string): Promise<void> {
  state.onDirectory?.(relDir);
  const entries = await readDirectory(state, absDir, relDir);
  for (const entry of entries) {
    const name = decodeName(entry.name);
    // Skipped by name whatever the entry type: a worktree's `.git` is a file.
    if (NEVER_DESCEND.has(name.text)) continue;
    const kind = kindOf(entry);
    if (kind === undefined) continue;
    const relPath = relDir === '' ? name.text : `${relDir}/${name.text}`;
    const wanted =
      kind === 'directory'
        ? shouldDescend(relPath, state.matchers)
        : isWantedFile(relPath, state.matchers);
    if (!wanted) continue;
    const absPath = path.join(absDir, name.text);
    const shown = relDir === '' ? name.shown : `${relDir}/${name.shown}`;
    const problem = name.valid ? pathTooLong(absPath) : notUtf8(kind);
    if (problem) refuseEntry(state, relPath, shown, kind, problem);
    else if (kind === 'directory') await walkDirectory(state, absPath, relPath);
    else if (kind === 'file') addFile(state, new WalkedFile(state.realWorkspace, relPath));
    else await addSymlink(state, relPath, absPath);
  }
}

/** A file or directory that matched but cannot be used; the walk goes on without it. */
function refuseEntry(
  state: WalkState,
  relPath: string,
  shown: string,
  kind: EntryKind,
  reason: string,
): void {
  const slash = kind === 'directory' ? '/' : '';
  state.refused.set(relPath + slash, { path: shortenPath(shown) + slash, reason });
}

/** An entry named as text, or as bytes when its directory holds a name that is not UTF-8. */
type Entry = Dirent<string> | Dirent<Buffer>;

/**
 * Reads a directory's entries. An unreadable directory is reported in `refused` rather than
 * failing the whole run (think root-owned Docker volume output), and one that vanished mid-walk
 * is ignored.
 */
async function readDirectory(state: WalkState, absDir: string, relDir: string): Promise<Entry[]> {
  try {
    return await listDirectory(absDir);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    if (relDir === '') throw error;
    if (code === 'EACCES' || code === 'EPERM') {
      refuseEntry(
        state,
        relDir,
        relDir,
        'directory',
        `is a directory that could not be read (${code}); skipped`,
      );
      return [];
    }
    if (code === 'ENAMETOOLONG') {
      refuseEntry(state, relDir, relDir, 'directory', `${tooLongReason(absDir)} (${code})`);
      return [];
    }
    throw error;
  }
}

/**
 * Names as text; as bytes again only when one did not decode (Node puts U+FFFD for invalid
 * bytes), so that such a name is refused rather than taken for another. Bytes for every name
 * cost a native buffer each, and the memory of 20,000 of them stayed with the process
 * (docs/benchmarks.md).
 */
async function listDirectory(absDir: string): Promise<Entry[]> {
  const entries = await fs.readdir(absDir, { withFileTypes: true });
  if (!entries.some((entry) => entry.name.includes('\uFFFD'))) return entries;
  return fs.readdir(absDir, { encoding: 'buffer', withFileTypes: true });
}

// ---------------------------------------------------------------------------
// Names the file system or this action cannot use
// ---------------------------------------------------------------------------

/**
 * Linux's PATH_MAX: the longest path a system call accepts, counting the terminating NUL. A
 * deeper directory cannot be opened by its path at all.
 */
export const PATH_MAX_BYTES = 4096;

/** Refused paths longer than this are shown by their start and end. */
const MAX_SHOWN_PATH_CHARS = 200;

function pathTooLong(absPath: string): string | undefined {
  return Buffer.byteLength(absPath) >= PATH_MAX_BYTES ? tooLongReason(absPath) : undefined;
}

function tooLongReason(absPath: string): string {
  const bytes = groupDigits(Buffer.byteLength(absPath));
  const max = groupDigits(PATH_MAX_BYTES - 1);
  return (
    `is skipped: its path on disk is ${bytes} bytes, and the file system allows at most ${max} ` +
    `(PATH_MAX, ${groupDigits(PATH_MAX_BYTES)} bytes with the terminating NUL); ` +
    'shorten the directory names'
  );
}

function notUtf8(kind: EntryKind): string {
  const what = kind === 'directory' ? 'rename it to label the images in it' : 'rename it';
  return `is skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN); ${what}`;
}

/** `a/b/…/y/z`: the start and end of a path too long to show whole, in code points. */
export function shortenPath(text: string, max = MAX_SHOWN_PATH_CHARS): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

interface DecodedName {
  /** The name as the globs see it; invalid bytes become U+FFFD. */
  text: string;
  /** For messages: invalid bytes shown as `\xff`. */
  shown: string;
  valid: boolean;
}

/**
 * Decodes a file name's bytes, noting whether they were valid UTF-8. A name read as text is
 * valid: its directory would have been read as bytes otherwise (listDirectory).
 */
export function decodeName(bytes: Buffer | string): DecodedName {
  if (typeof bytes === 'string') return { text: bytes, shown: bytes, valid: true };
  try {
    const text = UTF8.decode(bytes);
    return { text, shown: text, valid: true };
  } catch {
    return { text: bytes.toString('utf8'), shown: escapeInvalidUtf8(bytes), valid: false };
  }
}

/** Keeps every valid UTF-8 sequence and shows each byte that is not part of one as `\xNN`. */
function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    // A valid sequence is 1-4 bytes, and no shorter prefix of it decodes.
    let length = 1;
    let decoded: string | undefined;
    for (; length <= 4 && i + length <= bytes.length; length++) {
      decoded = tryDecode(bytes.subarray(i, i + length));
      if (decoded !== undefined) break;
    }
    if (decoded === undefined) {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i += 1;
    } else {
      out += decoded;
      i += length;
    }
  }
  return out;
}

function tryDecode(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function addFile(state: WalkState, match: WorkspaceMatch): void {
  state.files.set(match.path, match);
  if (state.files.size > state.maxFiles) {
    throw new GlobPatternError(
      `The images globs match more than ${state.maxFiles} files (maxFiles). ` +
        'Use narrower globs, for example a specific directory instead of `**`, ' +
        'or `!dir/**` lines to exclude large directories.',
    );
  }
}

/**
 * A matching symlink is used only if it resolves to a regular file inside the
 * workspace; the target of an outside link is deliberately not echoed back, as
 * it could reveal runner paths in public logs.
 */
async function addSymlink(state: WalkState, relPath: string, linkPath: string): Promise<void> {
  const refuse = (reason: string) => state.refused.set(relPath, { path: relPath, reason });
  let target: string;
  try {
    target = await fs.realpath(linkPath);
  } catch (error) {
    const code = errorCode(error);
    const broken = code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
    refuse(broken ? 'is a broken symlink' : `is a symlink that could not be resolved (${code})`);
    return;
  }
  if (!isInside(state.realWorkspace, target)) {
    refuse('is a symlink that points outside the workspace; refused');
    return;
  }
  // Links to directories are not descended (cycles) and are not files either.
  const stats = await fs.stat(target).catch(() => undefined);
  if (!stats) refuse('is a broken symlink');
  else if (stats.isFile()) addFile(state, { path: relPath, absolutePath: target });
}

/** True when `target` is strictly below `root` (both real paths). */
function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  // Compare the first segment, not the prefix: `..cache/x.png` is a valid inside name.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Byte order of the UTF-8 path, so output is stable regardless of locale or UTF-16 quirks. */
export function sortByPath<T extends { path: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareUtf8(a.path, b.path));
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
