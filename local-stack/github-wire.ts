import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * GitHub REST's wire format, as far as Octokit reads it: JSON bodies with GitHub's headers,
 * error bodies `{message, documentation_url, status}`, and page-number pagination described
 * by a `Link` header (octokit.paginate follows its `rel="next"` URL and nothing else).
 */

export const GITHUB_DOCS = {
  root: 'https://docs.github.com/rest',
  pullFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
} as const;

export interface GitHubReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** GitHub's messages for the statuses a fault rule may answer with (node's text otherwise). */
const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

export function defaultMessage(status: number, fallback: string | undefined): string {
  return MESSAGES[status] ?? fallback ?? 'Error';
}

export interface FieldError {
  resource: string;
  code: string;
  field: string;
  message?: string;
}

/**
 * GitHub's error body. 4xx replies carry `documentation_url` and the status as a string; 5xx
 * replies from its front end carry only the message.
 */
export function errorReply(
  status: number,
  message: string,
  documentationUrl: string = GITHUB_DOCS.root,
  errors?: FieldError[],
): GitHubReply {
  if (status >= 500) return { status, body: { message } };
  return {
    status,
    body: {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: documentationUrl,
      status: String(status),
    },
  };
}

/** An id like GitHub's `x-github-request-id`: five hex groups. */
function requestId(): string {
  const hex = randomBytes(15).toString('hex').toUpperCase();
  return [
    hex.slice(0, 4),
    hex.slice(4, 8),
    hex.slice(8, 15),
    hex.slice(15, 22),
    hex.slice(22),
  ].join(':');
}

export function sendGitHub(res: ServerResponse, reply: GitHubReply): void {
  const payload = Buffer.from(JSON.stringify(reply.body));
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': payload.length,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId(),
    ...reply.headers,
  });
  res.end(payload);
}

/** GitHub's timestamps: ISO 8601 in UTC to the second. */
export function timestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/** A positive integer query value; anything else is ignored, as GitHub ignores it. */
function positive(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

export interface PageRequest {
  /** `http://host` from the request, for the Link URLs. */
  origin: string;
  /** The request's path, undecoded. */
  path: string;
  query: URLSearchParams;
}

export interface Page<T> {
  items: T[];
  /** The Link header, absent when one page holds everything (as GitHub omits it). */
  link?: string;
}

/**
 * One page of `all`. The Link URLs are the request's own with `page` replaced, so `per_page`
 * and any other parameter stay, in GitHub's order: prev, next, last, first.
 */
export function pageOf<T>(all: readonly T[], request: PageRequest): Page<T> {
  const perPage = Math.min(
    positive(request.query.get('per_page')) ?? DEFAULT_PER_PAGE,
    MAX_PER_PAGE,
  );
  const page = positive(request.query.get('page')) ?? 1;
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const url = (n: number) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${request.origin}${request.path}?${query.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) rels.push(`${url(1)}; rel="first"`);
  return rels.length > 0 ? { items, link: rels.join(', ') } : { items };
}
