import { createHash } from 'node:crypto';
import type {
  AuthorAssociation,
  GitHubFaultRule,
  GitHubRoute,
  GitHubTokens,
  GitHubUserType,
  PullFileInput,
  PullFileStatus,
} from './github-config.js';
import { timestamp } from './github-wire.js';

/**
 * What the local GitHub API holds: PR files, issue comments, tokens, fault rules and the
 * records of requests and writes, and how each is rendered in GitHub's JSON.
 */

/** A file as `GET /repos/{o}/{r}/pulls/{n}/files` lists it. */
export interface PullFile {
  sha: string;
  filename: string;
  status: PullFileStatus;
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
  previous_filename?: string;
}

export interface GitHubUser {
  login: string;
  id: number;
  type: GitHubUserType;
}

/** An issue comment as the comments endpoints return it. */
export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: AuthorAssociation;
}

export interface GitHubRequestRecord {
  method: string;
  /** `null` for a path no route answers (404). */
  route: GitHubRoute | null;
  /** The request target as sent: path and query. */
  path: string;
  status: number;
  /** The token's login, when the token was known. */
  login?: string;
}

export interface GitHubWriteRecord {
  kind: 'create' | 'update';
  owner: string;
  repo: string;
  issueNumber: number;
  commentId: number;
  body: string;
  login: string;
}

export interface GitHubRecords {
  requests: GitHubRequestRecord[];
  writes: GitHubWriteRecord[];
}

/** A fault rule as set, with how many requests it still applies to when `times` was given. */
export interface GitHubFaultState extends GitHubFaultRule {
  remaining?: number;
}

export interface GitHubStart {
  tokens: GitHubTokens;
  faults: GitHubFaultRule[];
}

export type StoredFile = PullFileInput & { sha: string; additions: number; deletions: number };

export interface StoredPull {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  files: StoredFile[];
}

interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: GitHubUser;
  association: AuthorAssociation;
  createdAt: number;
  updatedAt: number;
}

/** Real GitHub comment ids are around two billion; still safe integers in JSON. */
const FIRST_COMMENT_ID = 2_000_000_001;
/** The user id of github-actions[bot], the author of every GITHUB_TOKEN comment. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };
/** GitHub sends no additions or deletions (and no patch) for binary files. */
const BINARY = /\.(png|jpe?g|gif|webp|bmp|tiff?|heic|avif|ico|pdf|zip|gz)$/i;

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const repoKey = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function userFor(login: string, type?: GitHubUserType): GitHubUser {
  const id =
    login === ACTIONS_BOT.login ? ACTIONS_BOT.id : parseInt(sha1(login).slice(0, 7), 16) + 1000;
  return { login, id, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
}

function fillFile(pullKey: string, file: PullFileInput): StoredFile {
  const n = parseInt(sha1(`${pullKey}:${file.filename}`).slice(0, 6), 16);
  const text = !BINARY.test(file.filename);
  const adds = text && ['added', 'modified', 'changed'].includes(file.status);
  const dels = text && ['removed', 'modified', 'changed'].includes(file.status);
  return {
    ...file,
    sha: file.sha ?? sha1(`blob ${pullKey}:${file.filename}`),
    additions: file.additions ?? (adds ? 1 + (n % 120) : 0),
    deletions: file.deletions ?? (dels ? 1 + ((n >> 8) % 60) : 0),
  };
}

export function renderFile(pull: StoredPull, file: StoredFile, base: string): PullFile {
  const web = `https://github.com/${pull.owner}/${pull.repo}`;
  const path = encodePath(file.filename);
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${web}/blob/${pull.headSha}/${path}`,
    raw_url: `${web}/raw/${pull.headSha}/${path}`,
    contents_url: `${base}/repos/${pull.owner}/${pull.repo}/contents/${path}?ref=${pull.headSha}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
  };
}

export class GitHubStore {
  tokens: GitHubTokens = {};
  requests: GitHubRequestRecord[] = [];
  writes: GitHubWriteRecord[] = [];
  private pulls = new Map<string, StoredPull>();
  /** By id; a Map keeps insertion order, which is creation order. */
  private comments = new Map<number, StoredComment>();
  private nextId = FIRST_COMMENT_ID;
  private faultRules: GitHubFaultState[] = [];

  constructor(
    private readonly start: GitHubStart,
    private readonly clock: () => number,
  ) {
    this.reset();
  }

  /** Back to the start: start tokens and faults, no PRs, comments or records. */
  reset(): void {
    this.tokens = { ...this.start.tokens };
    this.setFaults(this.start.faults);
    this.pulls.clear();
    this.comments.clear();
    this.nextId = FIRST_COMMENT_ID;
    this.clearRecords();
  }

  clearRecords(): void {
    this.requests = [];
    this.writes = [];
  }

  setFaults(rules: readonly GitHubFaultRule[]): void {
    this.faultRules = rules.map((rule) =>
      rule.times === undefined ? { ...rule } : { ...rule, remaining: rule.times },
    );
  }

  faults(): GitHubFaultState[] {
    return this.faultRules.map((rule) => ({ ...rule }));
  }

  /** The first live rule for this route and path, counted against its `times`. */
  takeFault(route: GitHubRoute, path: string): GitHubFaultRule | undefined {
    const rule = this.faultRules.find(
      (r) =>
        r.route === route &&
        (r.match === undefined || path.includes(r.match)) &&
        (r.remaining === undefined || r.remaining > 0),
    );
    if (rule?.remaining !== undefined) rule.remaining--;
    return rule;
  }

  setPullFiles(owner: string, repo: string, number: number, files: PullFileInput[]): void {
    const key = `${repoKey(owner, repo)}#${number}`;
    this.pulls.set(key, {
      owner,
      repo,
      number,
      headSha: sha1(`head ${key}`),
      files: files.map((file) => fillFile(key, file)),
    });
  }

  hasPull(owner: string, repo: string, number: number): boolean {
    return this.pulls.has(`${repoKey(owner, repo)}#${number}`);
  }

  /** The PR's stored files, or undefined for an unknown PR. */
  pull(owner: string, repo: string, number: number): StoredPull | undefined {
    return this.pulls.get(`${repoKey(owner, repo)}#${number}`);
  }

  /** Every file of the PR, rendered against the API at `base`; undefined for an unknown PR. */
  pullFiles(owner: string, repo: string, number: number, base: string): PullFile[] | undefined {
    const pull = this.pull(owner, repo, number);
    return pull?.files.map((file) => renderFile(pull, file, base));
  }

  addComment(
    owner: string,
    repo: string,
    issue: number,
    comment: { body: string; user: GitHubUser; association?: AuthorAssociation },
  ): IssueCommentRef {
    const now = this.clock();
    const stored: StoredComment = {
      id: this.nextId++,
      owner,
      repo,
      issue,
      body: comment.body,
      user: comment.user,
      association: comment.association ?? 'NONE',
      createdAt: now,
      updatedAt: now,
    };
    this.comments.set(stored.id, stored);
    return stored;
  }

  /** The comment if it exists in this repository (GitHub scopes comment ids by repository). */
  comment(owner: string, repo: string, id: number): IssueCommentRef | undefined {
    const found = this.comments.get(id);
    return found && repoKey(found.owner, found.repo) === repoKey(owner, repo) ? found : undefined;
  }

  updateComment(comment: IssueCommentRef, body: string): void {
    const stored = this.comments.get(comment.id)!;
    stored.body = body;
    stored.updatedAt = this.clock();
  }

  /** The issue's comments in creation order. */
  issueComments(owner: string, repo: string, issue: number): IssueCommentRef[] {
    const key = repoKey(owner, repo);
    return [...this.comments.values()].filter(
      (c) => c.issue === issue && repoKey(c.owner, c.repo) === key,
    );
  }

  render(comment: IssueCommentRef, base: string): IssueComment {
    const c = this.comments.get(comment.id)!;
    const kind = this.hasPull(c.owner, c.repo, c.issue) ? 'pull' : 'issues';
    return {
      id: c.id,
      node_id: `IC_kwDO${Buffer.from(`IssueComment:${c.id}`).toString('base64url')}`,
      url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/${kind}/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
      body: c.body,
      user: { ...c.user },
      created_at: timestamp(c.createdAt),
      updated_at: timestamp(c.updatedAt),
      author_association: c.association,
    };
  }
}

/** A stored comment's identity; its contents are read through `render`. */
export interface IssueCommentRef {
  readonly id: number;
  readonly owner: string;
  readonly repo: string;
  readonly issue: number;
}
