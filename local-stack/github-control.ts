import {
  checkName,
  checkNumber,
  type GitHubFaultRule,
  type GitHubTokens,
  parseFaults,
  parsePullFiles,
  parseSeedComment,
  parseTokens,
  type PullFileInput,
  type SeedComment,
} from './github-config.js';
import {
  type GitHubFaultState,
  type GitHubRecords,
  type GitHubStore,
  type IssueComment,
  type PullFile,
  userFor,
} from './github-state.js';

/**
 * In-process control of the local GitHub API. The `/__github/` admin endpoint exposes the
 * same calls over HTTP (github-admin.ts). Inputs are validated as the endpoint validates them:
 * a bad one throws a ConfigError and changes nothing.
 */
export interface GitHubApiControl {
  /**
   * Creates or replaces the PR's changed files. Returns them as the API renders them, all of
   * them (the API itself lists the first 3,000 only).
   */
  setPullFiles(owner: string, repo: string, number: number, files: PullFileInput[]): PullFile[];
  /** Adds a comment by any login, as setup: it is not recorded as a write. */
  seedComment(owner: string, repo: string, number: number, comment: SeedComment): IssueComment;
  /** The issue's (or PR's) comments in creation order, unpaginated. */
  comments(owner: string, repo: string, number: number): IssueComment[];
  /** Every API request (admin calls excluded) and every comment created or updated. */
  records(): GitHubRecords;
  clearRecords(): void;
  /** Replaces the fault rules; their `times` start again. */
  setFaults(rules: GitHubFaultRule[]): GitHubFaultState[];
  faults(): GitHubFaultState[];
  /** Replaces the accepted tokens. */
  setTokens(tokens: GitHubTokens): GitHubTokens;
  tokens(): GitHubTokens;
  /** Back to the start options: their tokens and faults; no PRs, comments or records. */
  reset(): void;
}

function issue(owner: string, repo: string, number: number): [string, string, number] {
  return [checkName(owner, 'owner'), checkName(repo, 'repo'), checkNumber(number)];
}

/** The control of `store`, rendering URLs against the API at `base`. */
export function controlOf(store: GitHubStore, base: string): GitHubApiControl {
  return {
    setPullFiles: (owner, repo, number, files) => {
      const at = issue(owner, repo, number);
      store.setPullFiles(...at, parsePullFiles(files));
      return store.pullFiles(...at, base)!;
    },
    seedComment: (owner, repo, number, comment) => {
      const at = issue(owner, repo, number);
      const seed = parseSeedComment(comment);
      const ref = store.addComment(...at, {
        body: seed.body,
        user: userFor(seed.login, seed.type),
        ...(seed.author_association ? { association: seed.author_association } : {}),
      });
      return store.render(ref, base);
    },
    comments: (owner, repo, number) =>
      store.issueComments(...issue(owner, repo, number)).map((ref) => store.render(ref, base)),
    records: () => structuredClone({ requests: store.requests, writes: store.writes }),
    clearRecords: () => store.clearRecords(),
    setFaults: (rules) => {
      store.setFaults(parseFaults(rules));
      return store.faults();
    },
    faults: () => store.faults(),
    setTokens: (tokens) => {
      store.tokens = parseTokens(tokens);
      return structuredClone(store.tokens);
    },
    tokens: () => structuredClone(store.tokens),
    reset: () => store.reset(),
  };
}
