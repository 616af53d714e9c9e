import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './aws-json.js';
import { ConfigError } from './config-check.js';
import type { GitHubApiControl } from './github-control.js';

/**
 * The local GitHub API's admin endpoint, so a test in another process can drive it. It lives
 * under its own prefix, never under `/repos/`, needs no token, and is never recorded.
 *
 * - `PUT repos/{o}/{r}/pulls/{n}/files` `[{filename, status, ...}]` → the files, rendered
 * - `POST repos/{o}/{r}/issues/{n}/comments` `{body, login, type?, ...}` → 201 the comment
 * - `GET repos/{o}/{r}/issues/{n}/comments` → every comment
 * - `GET records`, `DELETE records` → `{requests, writes}`
 * - `GET faults`, `PUT faults` `[{route, status, times?, ...}]` → the rules
 * - `GET tokens`, `PUT tokens` `{T: {login, access}}` → the tokens
 * - `POST reset` → `{tokens, faults}`
 */

export const GITHUB_ADMIN_PREFIX = '/__github/';

/** 3,200 files are about 250 KB of JSON; this leaves room for far larger PRs. */
const ADMIN_BODY_LIMIT = 32 * 1024 * 1024;

const ISSUE_PATH = /^repos\/([^/]+)\/([^/]+)\/(pulls|issues)\/([1-9]\d*)\/(files|comments)$/;

type Reply = (status: number, data: unknown) => void;

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new ConfigError('body must be JSON');
  }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ConfigError(`bad path segment "${segment}"`);
  }
}

/** The per-issue routes: PR files and comments. */
function issueRoute(
  control: GitHubApiControl,
  method: string,
  rest: string,
  body: Buffer,
  reply: Reply,
): boolean {
  const m = ISSUE_PATH.exec(rest);
  if (!m) return false;
  const [owner, repo, number] = [decode(m[1]!), decode(m[2]!), Number(m[4])];
  const name = `${method} ${m[3]}/${m[5]}`;
  if (name === 'PUT pulls/files') {
    reply(200, control.setPullFiles(owner, repo, number, parseJson(body) as never));
  } else if (name === 'POST issues/comments') {
    reply(201, control.seedComment(owner, repo, number, parseJson(body) as never));
  } else if (name === 'GET issues/comments') {
    reply(200, control.comments(owner, repo, number));
  } else {
    return false;
  }
  return true;
}

function stateRoute(control: GitHubApiControl, name: string, body: Buffer, reply: Reply): boolean {
  switch (name) {
    case 'GET records':
      reply(200, control.records());
      return true;
    case 'DELETE records':
      control.clearRecords();
      reply(200, control.records());
      return true;
    case 'GET faults':
      reply(200, control.faults());
      return true;
    case 'PUT faults':
      reply(200, control.setFaults(parseJson(body) as never));
      return true;
    case 'GET tokens':
      reply(200, control.tokens());
      return true;
    case 'PUT tokens':
      reply(200, control.setTokens(parseJson(body) as never));
      return true;
    case 'POST reset':
      control.reset();
      reply(200, { tokens: control.tokens(), faults: control.faults() });
      return true;
    default:
      return false;
  }
}

/** Serves `/__github/...`: JSON in and out; an invalid body gets 400 `{"error"}`. */
export async function handleGitHubAdmin(
  control: GitHubApiControl,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const { body, truncated } = await readBody(req, ADMIN_BODY_LIMIT);
  const reply: Reply = (status, data) => sendJson(res, { status, body: data }, 'application/json');
  if (truncated) return reply(413, { error: `body over ${ADMIN_BODY_LIMIT} bytes` });
  const method = req.method ?? 'GET';
  const rest = path.slice(GITHUB_ADMIN_PREFIX.length);
  try {
    if (issueRoute(control, method, rest, body, reply)) return;
    if (stateRoute(control, `${method} ${rest}`, body, reply)) return;
    reply(404, { error: `no admin route ${method} ${path}` });
  } catch (error) {
    if (error instanceof ConfigError) return reply(400, { error: error.message });
    throw error;
  }
}
