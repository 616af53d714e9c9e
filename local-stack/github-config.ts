import { CHANGE_STATUSES } from '../src/action/changed-files.js';
import {
  arrayOf,
  ConfigError,
  defined,
  type Fields,
  objectWith,
  oneOf,
  optionalCount,
  optionalOneOf,
  optionalString,
} from './config-check.js';

/**
 * The local GitHub API's inputs (PR files, seeded comments, fault rules, tokens) and their
 * validation. The same parsers serve the in-process control and the `/__github/` endpoint, so
 * a typo fails loudly (400 `{"error"}` over HTTP, a ConfigError in process) either way.
 */

/** The statuses the action knows (src/action/changed-files.ts), as GitHub spells them. */
export const PULL_FILE_STATUSES = CHANGE_STATUSES;
export type PullFileStatus = (typeof PULL_FILE_STATUSES)[number];

/** A changed file of a PR as a test gives it; the rest of GitHub's fields are filled in. */
export interface PullFileInput {
  filename: string;
  status: PullFileStatus;
  /** Required for `renamed` and `copied` (GitHub sends it for those only). */
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  /** GitHub omits `patch` for binary files such as images, so it is only sent when given. */
  patch?: string;
  /** The blob SHA (40 hex digits); default: derived from the PR and the filename. */
  sha?: string;
}

/** The API routes the server answers; request records and fault rules name them. */
export const GITHUB_ROUTES = [
  'pull-files',
  'list-comments',
  'create-comment',
  'update-comment',
] as const;
export type GitHubRoute = (typeof GITHUB_ROUTES)[number];

/** Answers the next matching requests with `status` and GitHub's error body. */
export interface GitHubFaultRule {
  route: GitHubRoute;
  /** 400..599. */
  status: number;
  /** Only the next `times` matching requests; every one while the rule is set when absent. */
  times?: number;
  /** Only requests whose path and query contain this, e.g. `page=2`. */
  match?: string;
  /** Default: GitHub's message for the status (`Server Error` for 500 and 502). */
  message?: string;
}

export type GitHubAccess = 'write' | 'read';

export interface GitHubTokenInfo {
  /** The login comments are created as; a login ending in `[bot]` is a `Bot`. */
  login: string;
  /** `read` is a fork's GITHUB_TOKEN: lists work, writes get 403. */
  access: GitHubAccess;
}

export type GitHubTokens = Record<string, GitHubTokenInfo>;

export const AUTHOR_ASSOCIATIONS = [
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIMER',
  'FIRST_TIME_CONTRIBUTOR',
  'MANNEQUIN',
  'MEMBER',
  'NONE',
  'OWNER',
] as const;
export type AuthorAssociation = (typeof AUTHOR_ASSOCIATIONS)[number];

export type GitHubUserType = 'User' | 'Bot';

/** A comment placed on an issue or PR by anyone, as setup (not recorded as a write). */
export interface SeedComment {
  body: string;
  login: string;
  /** Default: `Bot` for a login ending in `[bot]`, `User` otherwise. */
  type?: GitHubUserType;
  /** Default `NONE`. */
  author_association?: AuthorAssociation;
}

const SHA = /^[0-9a-f]{40}$/;

function optionalCountOrZero(fields: Fields, key: string, path: string): number | undefined {
  const value = fields[key];
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new ConfigError(`${path}.${key} must be an integer >= 0`);
  }
  return value as number;
}

function requiredString(fields: Fields, key: string, path: string): string {
  const value = optionalString(fields, key, path);
  if (value === undefined) throw new ConfigError(`${path}.${key} is required`);
  return value;
}

function parsePullFile(value: unknown, path: string): PullFileInput {
  const fields = objectWith(value, path, [
    'filename',
    'status',
    'previous_filename',
    'additions',
    'deletions',
    'patch',
    'sha',
  ]);
  const status = oneOf(fields.status, `${path}.status`, PULL_FILE_STATUSES);
  const previous = optionalString(fields, 'previous_filename', path);
  const moved = status === 'renamed' || status === 'copied';
  if (moved && previous === undefined) {
    throw new ConfigError(`${path}.previous_filename is required for a ${status} file`);
  }
  if (!moved && previous !== undefined) {
    throw new ConfigError(`${path}.previous_filename is only sent for renamed and copied files`);
  }
  if (fields.patch !== undefined && typeof fields.patch !== 'string') {
    throw new ConfigError(`${path}.patch must be a string`);
  }
  const sha = optionalString(fields, 'sha', path);
  if (sha !== undefined && !SHA.test(sha)) {
    throw new ConfigError(`${path}.sha must be 40 lowercase hex digits`);
  }
  return defined({
    filename: requiredString(fields, 'filename', path),
    status,
    previous_filename: previous,
    additions: optionalCountOrZero(fields, 'additions', path),
    deletions: optionalCountOrZero(fields, 'deletions', path),
    patch: fields.patch as string | undefined,
    sha,
  });
}

/** A PR's files; a filename listed twice is refused, as GitHub lists each file once. */
export function parsePullFiles(value: unknown): PullFileInput[] {
  const files = arrayOf(value, 'files', parsePullFile);
  const seen = new Set<string>();
  files.forEach((file, i) => {
    if (seen.has(file.filename)) {
      throw new ConfigError(`files[${i}].filename "${file.filename}" is listed twice`);
    }
    seen.add(file.filename);
  });
  return files;
}

function parseFault(value: unknown, path: string): GitHubFaultRule {
  const fields = objectWith(value, path, ['route', 'status', 'times', 'match', 'message']);
  const status = fields.status;
  if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) {
    throw new ConfigError(`${path}.status must be an integer from 400 to 599`);
  }
  return defined({
    route: oneOf(fields.route, `${path}.route`, GITHUB_ROUTES),
    status: status as number,
    times: optionalCount(fields, 'times', path),
    match: optionalString(fields, 'match', path),
    message: optionalString(fields, 'message', path),
  });
}

export function parseFaults(value: unknown): GitHubFaultRule[] {
  return arrayOf(value, 'faults', parseFault);
}

export function parseTokens(value: unknown): GitHubTokens {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError('tokens must be an object of token -> { login, access }');
  }
  const tokens: GitHubTokens = {};
  for (const [token, info] of Object.entries(value)) {
    const path = `tokens[${JSON.stringify(token)}]`;
    // The Authorization header splits on whitespace, so such a token could never be sent.
    if (!token || /\s/.test(token)) throw new ConfigError(`${path}: a token has no whitespace`);
    const fields = objectWith(info, path, ['login', 'access']);
    tokens[token] = {
      login: requiredString(fields, 'login', path),
      access: oneOf(fields.access, `${path}.access`, ['write', 'read'] as const),
    };
  }
  return tokens;
}

export function parseSeedComment(value: unknown): SeedComment {
  const path = 'comment';
  const fields = objectWith(value, path, ['body', 'login', 'type', 'author_association']);
  if (typeof fields.body !== 'string') throw new ConfigError(`${path}.body must be a string`);
  return defined({
    body: fields.body,
    login: requiredString(fields, 'login', path),
    type: optionalOneOf(fields, 'type', path, ['User', 'Bot'] as const),
    author_association: optionalOneOf(fields, 'author_association', path, AUTHOR_ASSOCIATIONS),
  });
}

/** An issue or PR number, a positive integer (in process; paths are matched by digits). */
export function checkNumber(value: unknown, what = 'number'): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw new ConfigError(`${what} must be a positive integer`);
  }
  return value as number;
}

/** An owner or repository name: non-empty, no `/`. */
export function checkName(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value || value.includes('/')) {
    throw new ConfigError(`${what} must be a non-empty string without "/"`);
  }
  return value;
}
