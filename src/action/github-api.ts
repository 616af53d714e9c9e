import { CHANGE_STATUSES, type ChangedFile, type ChangeStatus } from './changed-files.js';

/** GitHub's pull request files API lists at most this many files, whatever the pagination. */
export const PULL_FILES_CAP = 3000;

export interface IssueComment {
  id: number;
  body: string;
  /** Who wrote it: only the action's own comments are ever edited. */
  login: string;
}

/** What the action asks of GitHub's REST API (a local fake answers the same in tests). */
export interface GitHubApi {
  /** Every page of the pull request's files, 100 at a time (at most PULL_FILES_CAP). */
  pullFiles(pullRequest: number): Promise<ChangedFile[]>;
  /** Every comment of the issue or pull request, oldest first. */
  comments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  /** The token's own login; undefined for the job's token, which may not ask. */
  viewer(): Promise<string | undefined>;
}

/** Who writes with the job's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

function changeStatus(status: string): ChangeStatus {
  // A status GitHub adds later is still a change of the file; label it.
  return (CHANGE_STATUSES as readonly string[]).includes(status)
    ? (status as ChangeStatus)
    : 'changed';
}

/**
 * The REST API through `@actions/github`'s Octokit (pagination, GITHUB_API_URL, the token),
 * loaded here, not at start-up: most runs never talk to GitHub, and the client with its HTTP
 * stack is most of a megabyte of code.
 */
export async function gitHubApi(token: string, repository: string): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const [owner = '', repo = ''] = repository.split('/');
  return {
    async pullFiles(pullRequest) {
      const files = await withRetries(() =>
        octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pullRequest,
          per_page: 100,
        }),
      );
      return files.map((file) => ({
        path: file.filename,
        status: changeStatus(file.status),
        ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
      }));
    },
    async comments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return comments.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        login: comment.user?.login ?? '',
      }));
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue,
        body,
      });
      return data.id;
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
    async viewer() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return undefined;
      }
    },
  };
}

/** Tries again after 1 and 3 s on a 5xx, a 429 or no answer: falling back costs much more. */
async function withRetries<T>(call: () => Promise<T>, delays = [1000, 3000]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = httpStatus(error);
      const transient = status === undefined || status >= 500 || status === 429;
      if (!transient || attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
