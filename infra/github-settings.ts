import { CONTEXT_KEYS, DEFAULTS } from './context-keys.js';
import type { ContextReader } from './context-reader.js';

/** How the action's workflow roles use the backend; `direct` also labels from the runner. */
export type ActionMode = 'upload-only' | 'direct';

export interface GitHubSettings {
  /** `owner/name`, pinned in both roles' trust policies. */
  repository: string;
  defaultBranch: string;
  /** The environment pull requests write: the pull-request role may touch only this one. */
  pullRequestEnvironment: string;
  /** The environment the default branch writes. */
  defaultBranchEnvironment: string;
  /**
   * The environment whose table the pull-request role may read, for the action's
   * `compare-environment` (docs/pull-requests.md); undefined: none.
   */
  pullRequestCompareEnvironment?: string;
  /** An existing provider for token.actions.githubusercontent.com; one is created otherwise. */
  providerArn?: string;
  actionMode: ActionMode;
  maxSessionHours: number;
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
// A git ref name, restricted to what needs no quoting in a trust policy's `sub`.
const BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[A-Za-z0-9._/-]{1,255}(?<![/.])$/;
const OIDC_PROVIDER_ARN =
  /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/;
const MAX_SESSION_HOURS = { min: 1, max: 12, integer: true } as const;

/** The OIDC roles' settings, or undefined without a repository (no roles, no provider). */
export function readGitHubSettings(
  reader: ContextReader,
  environments: string[],
  problems: string[],
): GitHubSettings | undefined {
  const repository = reader.text(CONTEXT_KEYS.githubRepository);
  const providerArn = reader.text(CONTEXT_KEYS.githubOidcProviderArn);
  if (repository === undefined) {
    if (providerArn !== undefined) {
      problems.push(
        `${CONTEXT_KEYS.githubOidcProviderArn} is set without ${CONTEXT_KEYS.githubRepository}; the roles need the repository to trust.`,
      );
    }
    return undefined;
  }
  if (!REPOSITORY.test(repository)) {
    problems.push(
      `${CONTEXT_KEYS.githubRepository} is ${JSON.stringify(repository)}; expected "owner/name".`,
    );
  }
  const defaultBranch =
    reader.text(CONTEXT_KEYS.githubDefaultBranch) ?? DEFAULTS.githubDefaultBranch;
  if (!BRANCH.test(defaultBranch)) {
    problems.push(
      `${CONTEXT_KEYS.githubDefaultBranch} is ${JSON.stringify(defaultBranch)}; expected a branch name such as "main".`,
    );
  }
  if (providerArn !== undefined && !OIDC_PROVIDER_ARN.test(providerArn)) {
    problems.push(
      `${CONTEXT_KEYS.githubOidcProviderArn} is ${JSON.stringify(providerArn)}; expected arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com.`,
    );
  }
  const environmentOf = (key: string, fallback: string): string => {
    const value = reader.text(key) ?? fallback;
    if (!environments.includes(value)) {
      problems.push(
        `${key} is ${JSON.stringify(value)}, which is not one of ${CONTEXT_KEYS.environments} (${environments.join(', ')}).`,
      );
    }
    return value;
  };
  const github: GitHubSettings = {
    repository,
    defaultBranch,
    pullRequestEnvironment: environmentOf(
      CONTEXT_KEYS.githubPullRequestEnvironment,
      DEFAULTS.githubPullRequestEnvironment,
    ),
    defaultBranchEnvironment: environmentOf(
      CONTEXT_KEYS.githubDefaultBranchEnvironment,
      DEFAULTS.githubDefaultBranchEnvironment,
    ),
    actionMode:
      reader.choice(CONTEXT_KEYS.githubActionMode, ['upload-only', 'direct']) ??
      DEFAULTS.githubActionMode,
    maxSessionHours:
      reader.number(CONTEXT_KEYS.githubMaxSessionHours, MAX_SESSION_HOURS) ??
      DEFAULTS.githubMaxSessionHours,
  };
  if (providerArn !== undefined) github.providerArn = providerArn;
  const compare = reader.text(CONTEXT_KEYS.githubPullRequestCompareEnvironment);
  if (compare !== undefined && compare !== '') {
    github.pullRequestCompareEnvironment = environmentOf(
      CONTEXT_KEYS.githubPullRequestCompareEnvironment,
      compare,
    );
    if (compare === github.pullRequestEnvironment) {
      problems.push(
        `${CONTEXT_KEYS.githubPullRequestCompareEnvironment} is ${JSON.stringify(compare)}, the environment pull requests write; name the one they are compared with, such as "prod".`,
      );
    }
  }
  return github;
}
