import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { readBody } from './aws-json.js';
import { GITHUB_ADMIN_PREFIX, handleGitHubAdmin } from './github-admin.js';
import {
  type GitHubFaultRule,
  type GitHubRoute,
  type GitHubTokenInfo,
  type GitHubTokens,
  parseFaults,
  parseTokens,
} from './github-config.js';
import { controlOf, type GitHubApiControl } from './github-control.js';
import { GitHubStore, renderFile, userFor } from './github-state.js';
import {
  defaultMessage,
  errorReply,
  GITHUB_DOCS,
  type GitHubReply,
  pageOf,
  type PageRequest,
  sendGitHub,
} from './github-wire.js';
import { listen } from './listen.js';

/**
 * A local GitHub REST API for the action's tests and the demo: the four endpoints the action
 * uses (a PR's files, an issue's comments: list, create, update), on GitHub's wire protocol,
 * so `getOctokit(token)` with GITHUB_API_URL pointing here and `octokit.paginate` work as
 * against api.github.com. State lives in memory; `control` (or `/__github/`) sets it up.
 */

export { GITHUB_ADMIN_PREFIX } from './github-admin.js';
export type {
  AuthorAssociation,
  GitHubAccess,
  GitHubFaultRule,
  GitHubRoute,
  GitHubTokenInfo,
  GitHubTokens,
  GitHubUserType,
  PullFileInput,
  PullFileStatus,
  SeedComment,
} from './github-config.js';
export type { GitHubApiControl } from './github-control.js';
export type {
  GitHubFaultState,
  GitHubRecords,
  GitHubRequestRecord,
  GitHubUser,
  GitHubWriteRecord,
  IssueComment,
  PullFile,
} from './github-state.js';

export const LOCAL_GITHUB_WRITE_TOKEN = 'local-write-token';
/** A fork's GITHUB_TOKEN: it can read the PR and its comments, not comment. */
export const LOCAL_GITHUB_READ_TOKEN = 'local-read-token';

export const DEFAULT_GITHUB_TOKENS: GitHubTokens = {
  [LOCAL_GITHUB_WRITE_TOKEN]: { login: 'github-actions[bot]', access: 'write' },
  [LOCAL_GITHUB_READ_TOKEN]: { login: 'github-actions[bot]', access: 'read' },
};

/** GitHub lists at most this many files of a PR, whatever the page. */
export const MAX_LISTED_PULL_FILES = 3000;
/** GitHub's limit on a comment body, in characters. */
export const MAX_COMMENT_LENGTH = 65536;

export interface GitHubApiOptions {
  /** 0 (the default): a free port. */
  port?: number;
  /** The accepted tokens; default DEFAULT_GITHUB_TOKENS. `reset` restores them. */
  tokens?: GitHubTokens;
  /** Fault rules to start with; `reset` restores them. */
  faults?: GitHubFaultRule[];
  /** Wall clock (epoch ms) of `created_at` / `updated_at`; default `Date.now`. */
  clock?: () => number;
  /** Receives the server's unexpected internal errors; default stderr. */
  log?: (message: string) => void;
}

export interface GitHubApi {
  /** `http://127.0.0.1:PORT`, the value for GITHUB_API_URL. */
  url: string;
  port: number;
  control: GitHubApiControl;
  close(): Promise<void>;
}

/** A request body JSON-escaped at worst (12 bytes for a character) still fits. */
const BODY_LIMIT = 1024 * 1024;

interface Target {
  route: GitHubRoute;
  owner: string;
  repo: string;
  /** The PR or issue number, or the comment id for an update. */
  number: number;
  docs: string;
  write: boolean;
}

const ROUTES: { method: string; path: RegExp; route: GitHubRoute; docs: string }[] = [
  {
    method: 'GET',
    path: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/,
    route: 'pull-files',
    docs: GITHUB_DOCS.pullFiles,
  },
  {
    method: 'GET',
    path: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    route: 'list-comments',
    docs: GITHUB_DOCS.listComments,
  },
  {
    method: 'POST',
    path: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    route: 'create-comment',
    docs: GITHUB_DOCS.createComment,
  },
  {
    method: 'PATCH',
    path: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
    route: 'update-comment',
    docs: GITHUB_DOCS.updateComment,
  },
];

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function targetOf(method: string, path: string): Target | undefined {
  for (const { method: m, path: pattern, route, docs } of ROUTES) {
    const match = m === method ? pattern.exec(path) : null;
    if (!match) continue;
    const [owner, repo] = [decode(match[1]!), decode(match[2]!)];
    if (owner === undefined || repo === undefined) return undefined;
    const write = method !== 'GET';
    return { route, owner, repo, number: Number(match[3]), docs, write };
  }
  return undefined;
}

/** The token of `Authorization: token T` or `Bearer T` (either scheme, any case). */
function tokenOf(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

interface Call {
  store: GitHubStore;
  target: Target;
  token: GitHubTokenInfo;
  page: PageRequest;
  body: Buffer;
}

type Parsed<T> = { value: T } | { error: GitHubReply };

function parseJsonBody(call: Call): Parsed<Record<string, unknown>> {
  try {
    const value = JSON.parse(call.body.toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { value: value as Record<string, unknown> };
    }
  } catch {
    // Answered below, as GitHub answers any body it cannot read as an object.
  }
  return { error: errorReply(400, 'Problems parsing JSON', call.target.docs) };
}

/**
 * Counts code points, not UTF-16 units: GitHub validates in Ruby, whose String#length counts an
 * emoji once. A body whose JS `.length` is within the limit is therefore always accepted.
 */
function characters(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function commentBody(call: Call, json: Record<string, unknown>): Parsed<string> {
  const body = json.body;
  const docs = call.target.docs;
  if (body === undefined) {
    return { error: errorReply(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs) };
  }
  if (typeof body !== 'string') {
    const message = `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(body)} is not a string.`;
    return { error: errorReply(422, message, docs) };
  }
  const invalid = (code: string, message?: string) => ({
    error: errorReply(422, 'Validation Failed', docs, [
      { resource: 'IssueComment', code, field: 'body', ...(message ? { message } : {}) },
    ]),
  });
  if (body === '') return invalid('missing_field');
  if (characters(body) > MAX_COMMENT_LENGTH) {
    return invalid('custom', `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`);
  }
  return { value: body };
}

function listPullFiles({ store, target, page }: Call): GitHubReply {
  const pull = store.pull(target.owner, target.repo, target.number);
  if (!pull) return errorReply(404, 'Not Found', target.docs);
  const { items, link } = pageOf(pull.files.slice(0, MAX_LISTED_PULL_FILES), page);
  const body = items.map((file) => renderFile(pull, file, page.origin));
  return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}

function listComments({ store, target, page }: Call): GitHubReply {
  const all = store.issueComments(target.owner, target.repo, target.number);
  const { items, link } = pageOf(all, page);
  const body = items.map((ref) => store.render(ref, page.origin));
  return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}

function createComment(call: Call): GitHubReply {
  const { store, target, token, page } = call;
  const json = parseJsonBody(call);
  if ('error' in json) return json.error;
  const body = commentBody(call, json.value);
  if ('error' in body) return body.error;
  const ref = store.addComment(target.owner, target.repo, target.number, {
    body: body.value,
    user: userFor(token.login),
  });
  store.writes.push({
    kind: 'create',
    owner: target.owner,
    repo: target.repo,
    issueNumber: target.number,
    commentId: ref.id,
    body: body.value,
    login: token.login,
  });
  const comment = store.render(ref, page.origin);
  return { status: 201, body: comment, headers: { location: comment.url } };
}

function updateComment(call: Call): GitHubReply {
  const { store, target, token, page } = call;
  const json = parseJsonBody(call);
  if ('error' in json) return json.error;
  const ref = store.comment(target.owner, target.repo, target.number);
  if (!ref) return errorReply(404, 'Not Found', target.docs);
  const body = commentBody(call, json.value);
  if ('error' in body) return body.error;
  store.updateComment(ref, body.value);
  store.writes.push({
    kind: 'update',
    owner: target.owner,
    repo: target.repo,
    issueNumber: ref.issue,
    commentId: ref.id,
    body: body.value,
    login: token.login,
  });
  return { status: 200, body: store.render(ref, page.origin) };
}

const HANDLERS: Record<GitHubRoute, (call: Call) => GitHubReply> = {
  'pull-files': listPullFiles,
  'list-comments': listComments,
  'create-comment': createComment,
  'update-comment': updateComment,
};

/**
 * GitHub's order: a token that is sent but unknown is refused before anything else; then an
 * unknown path is a 404; then a missing token is a 401 and a read-only one writing a 403.
 * Fault rules apply to requests that got that far, so a rule's `times` is spent on requests
 * the API would otherwise have served.
 */
function answer(store: GitHubStore, req: IncomingMessage, page: PageRequest, body: Buffer) {
  const sent = req.headers.authorization;
  const tokenValue = tokenOf(sent);
  const token = tokenValue === undefined ? undefined : store.tokens[tokenValue];
  const target = targetOf(req.method ?? 'GET', page.path);
  const badCredentials = () => errorReply(401, 'Bad credentials');
  let reply: GitHubReply;
  if (sent !== undefined && !token) reply = badCredentials();
  else if (!target) reply = errorReply(404, 'Not Found');
  else if (!token) reply = badCredentials();
  else if (target.write && token.access !== 'write') {
    reply = errorReply(403, 'Resource not accessible by integration', target.docs);
  } else {
    const rule = store.takeFault(target.route, req.url ?? page.path);
    reply = rule
      ? errorReply(
          rule.status,
          rule.message ?? defaultMessage(rule.status, STATUS_CODES[rule.status]),
          target.docs,
        )
      : HANDLERS[target.route]({ store, target, token, page, body });
  }
  return { reply, route: target?.route ?? null, login: token?.login };
}

async function handle(
  store: GitHubStore,
  control: GitHubApiControl,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  // Matched on the raw path: a `..` segment never turns an API path into an admin one.
  if (path.startsWith(GITHUB_ADMIN_PREFIX)) return handleGitHubAdmin(control, req, res, path);
  const { body, truncated } = await readBody(req, BODY_LIMIT);
  const page = {
    origin: `http://${req.headers.host ?? `127.0.0.1:${port}`}`,
    path,
    query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
  };
  const { reply, route, login } = truncated
    ? { reply: errorReply(413, 'Payload Too Large'), route: null, login: undefined }
    : answer(store, req, page, body);
  const method = req.method ?? 'GET';
  store.requests.push({
    method,
    route,
    path: url,
    status: reply.status,
    ...(login ? { login } : {}),
  });
  sendGitHub(res, reply);
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const store = new GitHubStore(
    {
      tokens: parseTokens(options.tokens ?? DEFAULT_GITHUB_TOKENS),
      faults: parseFaults(options.faults ?? []),
    },
    options.clock ?? Date.now,
  );
  const log = options.log ?? ((message: string) => console.error(message));
  const server = createServer();
  const listening = await listen(server, options.port ?? 0);
  const control = controlOf(store, listening.url);
  // Attached once the URL is known; nothing can arrive before this same tick ends.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(store, control, listening.port, req, res).catch((error: unknown) => {
      // A bug here must show up as a failing request, not a hung one.
      if (!res.headersSent) sendGitHub(res, errorReply(500, 'Server Error'));
      else res.destroy();
      log(`github-api: ${(error as Error).stack ?? String(error)}`);
    });
  });
  return { url: listening.url, port: listening.port, control, close: listening.close };
}
