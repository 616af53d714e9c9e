import { Duration } from 'aws-cdk-lib';
import {
  OidcProviderNative,
  PolicyDocument,
  Role,
  WebIdentityPrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from './acknowledge.js';
import {
  type EnvironmentArns,
  GITHUB_AUDIENCE,
  GITHUB_TOKEN_HOST,
  branchSubject,
  compareStatements,
  githubTrustConditions,
  pullRequestSubject,
  workflowStatements,
} from './policies.js';
import type { GitHubSettings } from './github-settings.js';

export interface GitHubOidcRolesProps {
  github: GitHubSettings;
  /** The ARNs an environment's workflow role is scoped to. */
  arnsOf: (environment: string) => EnvironmentArns;
  /** Whether an environment moderates: its direct-mode role may then call moderation too. */
  moderates: (environment: string) => boolean;
}

/**
 * The two roles the workflows assume with GitHub's OIDC token, so no AWS key is stored in
 * GitHub: pull requests get the pull-request environment (beta), the default branch gets its
 * own (prod). A pull request can therefore never write prod.
 */
export class GitHubOidcRoles extends Construct {
  readonly providerArn: string;
  readonly pullRequestRole: Role;
  readonly defaultBranchRole: Role;

  constructor(scope: Construct, id: string, props: GitHubOidcRolesProps) {
    super(scope, id);
    const { github } = props;
    // An account holds one provider per URL, so an existing one must be imported, not created.
    this.providerArn =
      github.providerArn ??
      new OidcProviderNative(this, 'Provider', {
        url: `https://${GITHUB_TOKEN_HOST}`,
        clientIds: [GITHUB_AUDIENCE],
      }).oidcProviderArn;

    const role = (
      name: string,
      environment: string,
      subject: string,
      who: string,
      compared?: string,
    ): Role => {
      const arns = props.arnsOf(environment);
      const statements = workflowStatements(github.actionMode, arns, props.moderates(environment));
      if (compared !== undefined)
        statements.push(...compareStatements(props.arnsOf(compared).table));
      const created = new Role(this, name, {
        assumedBy: new WebIdentityPrincipal(this.providerArn, githubTrustConditions(subject)),
        description: `${who} of ${github.repository}: ${github.actionMode} into ${environment}.`,
        maxSessionDuration: Duration.hours(github.maxSessionHours),
        inlinePolicies: {
          [github.actionMode]: new PolicyDocument({ statements }),
        },
      });
      acknowledgeWildcards(
        created,
        github.actionMode === 'direct' ? [arns.objects, '*'] : [arns.objects],
        `Scoped: objects under the ${environment} prefix, and DetectLabels, which has no resource type.`,
      );
      return created;
    };

    this.pullRequestRole = role(
      'PullRequestRole',
      github.pullRequestEnvironment,
      pullRequestSubject(github.repository),
      'Pull requests',
      github.pullRequestCompareEnvironment,
    );
    this.defaultBranchRole = role(
      'DefaultBranchRole',
      github.defaultBranchEnvironment,
      branchSubject(github.repository, github.defaultBranch),
      `The ${github.defaultBranch} branch`,
    );
  }
}
