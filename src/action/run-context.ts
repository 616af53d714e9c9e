import { readFileSync } from 'node:fs';

/** Where the run came from, read from the runner's environment and event file. */
export interface RunContext {
  repository: string;
  serverUrl: string;
  eventName: string;
  ref: string;
  /** Git branch: the PR head branch on pull requests, else the ref name. */
  branch: string;
  /** Commit the files were read at (PR head SHA on pull requests). */
  commit: string;
  runId: string;
  pullRequest?: number;
  /** Set when a non-PR event acts for a pull request (a PR comment, a PR's workflow_run). */
  pullRequestOrigin?: string;
  defaultBranch?: string;
  workspace: string;
  /** The commits the event's change is between: a PR's base and head, a push's before and after. */
  changeRange?: { base: string; head: string };
  /** Set on a pull request from another repository (a fork): its token is read-only. */
  fromFork?: boolean;
}

export interface EnvironmentChoice {
  name: string;
  /** Why this environment was chosen, for the log. */
  reason: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string; repo?: { full_name?: string } };
  };
  before?: string;
  after?: string;
  issue?: { number?: number; pull_request?: unknown };
  workflow_run?: { event?: string };
  repository?: { default_branch?: string };
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** Reads the event payload; a missing or unreadable file is an empty payload. */
export function readEventPayload(
  path: string | undefined,
  readFile: (p: string) => string = (p) => readFileSync(p, 'utf8'),
): EventPayload {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFile(path));
    return typeof parsed === 'object' && parsed !== null ? (parsed as EventPayload) : {};
  } catch {
    return {};
  }
}

/**
 * Events that run on the default branch's ref on behalf of a pull request: a comment on a PR,
 * or a workflow_run that a PR's workflow triggered. Their code came from a PR, so never prod.
 */
function pullRequestOrigin(eventName: string, payload: EventPayload): string | undefined {
  if (eventName === 'issue_comment' && payload.issue?.pull_request) {
    return 'a comment on a pull request';
  }
  if (eventName === 'workflow_run' && payload.workflow_run?.event?.startsWith('pull_request')) {
    return `a workflow_run triggered by ${payload.workflow_run.event}`;
  }
  return undefined;
}

/**
 * Only a positive safe integer is a pull request number: `1e300` or `-1.5` from a hand-made
 * payload would reach the S3 metadata and the DynamoDB item as nonsense (the Lambda drops them too).
 */
function isPullRequestNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
const NO_COMMIT = /^0+$/;

/** Base and head of the event's change; a push that created the branch has no base. */
function changeRange(
  eventName: string,
  payload: EventPayload,
): { base: string; head: string } | undefined {
  const pr = payload.pull_request;
  const [base, head] = pr
    ? [pr.base?.sha, pr.head?.sha]
    : eventName === 'push'
      ? [payload.before, payload.after]
      : [];
  if (typeof base !== 'string' || typeof head !== 'string') return undefined;
  if (!COMMIT.test(base) || !COMMIT.test(head) || NO_COMMIT.test(base)) return undefined;
  return { base, head };
}

/** Builds the run's provenance from the variables the runner sets. */
export function readRunContext(env: NodeJS.ProcessEnv, payload: EventPayload): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pr = payload.pull_request;
  const context: RunContext = {
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    eventName,
    ref: env.GITHUB_REF ?? '',
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
    commit: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  if (isPullRequestNumber(pr?.number)) context.pullRequest = pr.number;
  else if (
    eventName === 'issue_comment' &&
    isPullRequestNumber(payload.issue?.number) &&
    payload.issue.pull_request
  ) {
    context.pullRequest = payload.issue.number;
  }
  const defaultBranch = payload.repository?.default_branch;
  if (defaultBranch) context.defaultBranch = defaultBranch;
  const origin = pullRequestOrigin(eventName, payload);
  if (origin) context.pullRequestOrigin = origin;
  const range = changeRange(eventName, payload);
  if (range) context.changeRange = range;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  if (pr && (pr.head?.repo === null || (head && base && head !== base))) context.fromFork = true;
  return context;
}

/** `auto`: prod for pushes to the default branch, beta for everything else. */
export function resolveEnvironment(input: string, context: RunContext): EnvironmentChoice {
  if (input !== 'auto') {
    return { name: input, reason: 'set by the `environment` input' };
  }
  if (PULL_REQUEST_EVENTS.has(context.eventName)) {
    return { name: 'beta', reason: `auto: the event "${context.eventName}" is a pull request` };
  }
  if (context.pullRequestOrigin) {
    return { name: 'beta', reason: `auto: the event is ${context.pullRequestOrigin}` };
  }
  if (context.pullRequest !== undefined) {
    return {
      name: 'beta',
      reason: `auto: the event concerns pull request #${context.pullRequest}`,
    };
  }
  if (!context.defaultBranch) {
    return {
      name: 'beta',
      reason: `auto: the "${context.eventName || 'unknown'}" event does not name the default branch; set \`environment\` to choose`,
    };
  }
  const defaultRef = `refs/heads/${context.defaultBranch}`;
  if (context.ref === defaultRef) {
    return { name: 'prod', reason: `auto: ${context.ref} is the default branch` };
  }
  return {
    name: 'beta',
    reason: `auto: ${context.ref || 'the ref'} is not the default branch (${defaultRef})`,
  };
}
