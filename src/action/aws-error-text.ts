import { type AwsFailure, describeNeutral, errorCode, errorMessage } from '../shared/aws-errors.js';
import { redact } from '../shared/redact.js';

/** DNS could not resolve the endpoint: a wrong region, or a runner without DNS or network. */
const UNRESOLVED_HOST_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN']);

/**
 * AWS failures worded for the action's user: what to change in the step's inputs, the role
 * that configure-aws-credentials assumed, or the workflow. `region` is the run's `aws-region`.
 */
export function describeForAction(failure: AwsFailure, region?: string): string {
  // The service's own message may quote a key id, a signature or a token.
  return redact(wordForAction(failure, region));
}

function wordForAction(failure: AwsFailure, region: string | undefined): string {
  const { code, detail, operation } = failure;
  switch (failure.topic) {
    case 'denied':
      return (
        `AccessDenied: ${operation.action} on ${operation.resource} was denied. ` +
        `Allow ${operation.action} on that resource in the role that made the request ` +
        `(see "IAM permissions" in the README).`
      );
    case 'missing-resource':
      // DetectModerationLabels names no table: what is missing is the adapter it was given.
      if (operation.action === 'rekognition:DetectModerationLabels') {
        return `The moderation adapter does not exist in this region (${operation.action}: ${detail}). Check the \`moderation-adapter-arn\` and \`aws-region\` inputs.`;
      }
      return `${operation.resource} does not exist in this region (${operation.action}: ${detail}). Check the \`table\` and \`aws-region\` inputs.`;
    case 'missing-bucket':
      return `Bucket ${operation.bucket ?? operation.resource} does not exist. Check the \`bucket\` input.`;
    case 'unreadable-object':
      return (
        `Rekognition could not read ${operation.resource} (${detail}). It reads with this job's ` +
        `credentials: allow s3:GetObject on that object (and kms:Decrypt if the bucket uses SSE-KMS), ` +
        `and keep the bucket in the \`aws-region\` region.`
      );
    case 'wrong-region':
      return `${operation.resource} is in another region than \`aws-region\` (${detail}).`;
    case 'credentials':
      return `AWS rejected the credentials (${code}) for ${operation.action}. Re-run aws-actions/configure-aws-credentials before this step; session tokens expire.`;
    default:
      if (UNRESOLVED_HOST_CODES.has(code)) return describeUnresolvedHost(failure, region);
      return describeNeutral(failure);
  }
}

function describeUnresolvedHost(failure: AwsFailure, region: string | undefined): string {
  const { code, detail, operation } = failure;
  // Node words it `getaddrinfo ENOTFOUND rekognition.us-esat-1.amazonaws.com`.
  const host = new RegExp(`${code}\\s+(\\S+)`).exec(detail)?.[1];
  const endpoint = host ? `the endpoint host ${host}` : 'the AWS endpoint host';
  const inRegion = region ? ` for region "${region}"` : '';
  return (
    `${operation.action} failed: ${endpoint}${inRegion} could not be resolved (${code}). ` +
    `Check the \`aws-region\` input (or AWS_REGION); if the region is right, the runner cannot ` +
    `resolve AWS host names (DNS or network).`
  );
}

export const NO_CREDENTIALS_MESSAGE =
  'No AWS credentials were found. Add aws-actions/configure-aws-credentials before this step ' +
  'with `role-to-assume` (GitHub OIDC; the job needs `permissions: id-token: write`). ' +
  'Pull requests from forks get no secrets and no OIDC token, so this step cannot call AWS there: ' +
  "skip it there with `if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository`.";

/** The default chain's last link: no provider had credentials, or each was skipped. */
const NOTHING_FOUND = 'Could not load credentials from any providers';

interface ProviderStep {
  /** `fromEnv`, `fromSSO`, `fromIni`, `fromProcess`, `fromTokenFile`, `remoteProvider`. */
  provider: string;
  /** Why the provider passed, in its own words. */
  messages: string[];
}

/** Groups the SDK's debug lines by the provider that wrote them. */
function providerSteps(lines: readonly string[]): ProviderStep[] {
  const steps: ProviderStep[] = [];
  for (const line of lines) {
    const provider = /defaultProvider::(\w+)/.exec(line)?.[1];
    if (provider) {
      steps.push({ provider, messages: [] });
      continue;
    }
    const message = /^@smithy\/property-provider (?:->|\(!\)) ([\s\S]*)$/.exec(line)?.[1];
    if (message !== undefined && message !== NOTHING_FOUND) steps.at(-1)?.messages.push(message);
  }
  return steps;
}

function messageOf(steps: ProviderStep[], provider: string): string {
  const said = steps.find((s) => s.provider === provider)?.messages[0];
  return said ? ` (${said.replace(/\s+/g, ' ').replace(/\.$/, '')})` : '';
}

/** Variables that chose a provider but gave it nothing to work with; undefined if none did. */
function misconfigured(env: NodeJS.ProcessEnv, steps: ProviderStep[]): string | undefined {
  const files =
    'AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE (by default ~/.aws/config and ~/.aws/credentials)';
  if (env.AWS_PROFILE) {
    return `AWS_PROFILE is "${env.AWS_PROFILE}", but the AWS SDK could not load credentials for that profile${messageOf(steps, 'fromIni')}. Check the profile name, and the files ${files}.`;
  }
  if (Boolean(env.AWS_WEB_IDENTITY_TOKEN_FILE) !== Boolean(env.AWS_ROLE_ARN)) {
    const [set, unset] = env.AWS_ROLE_ARN
      ? ['AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']
      : ['AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];
    return `${set} is set but ${unset} is not: web identity credentials need both${messageOf(steps, 'fromTokenFile')}.`;
  }
  if (Boolean(env.AWS_ACCESS_KEY_ID) !== Boolean(env.AWS_SECRET_ACCESS_KEY)) {
    const [set, unset] = env.AWS_ACCESS_KEY_ID
      ? ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']
      : ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'];
    return `${set} is set but ${unset} is not: credentials from the environment need both${messageOf(steps, 'fromEnv')}.`;
  }
  const container = [
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  ];
  const uri = container.find((name) => env[name]);
  if (uri) {
    return `${uri} is set, but no credentials could be loaded from it${messageOf(steps, 'remoteProvider')}.`;
  }
  return undefined;
}

/** Which setting chose the provider that failed, for the message. */
function sourceOf(provider: string | undefined, env: NodeJS.ProcessEnv): string {
  const profile = env.AWS_PROFILE
    ? `profile "${env.AWS_PROFILE}" (AWS_PROFILE)`
    : 'the default profile';
  switch (provider) {
    case 'fromEnv':
      return 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
    case 'fromSSO':
      return `the SSO settings of ${profile}`;
    case 'fromIni':
      return `${profile} in AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE`;
    case 'fromProcess':
      return `the credential_process of ${profile}`;
    case 'fromTokenFile':
      return `web identity: AWS_WEB_IDENTITY_TOKEN_FILE ("${env.AWS_WEB_IDENTITY_TOKEN_FILE ?? ''}") and AWS_ROLE_ARN`;
    case 'remoteProvider':
      return env.AWS_CONTAINER_CREDENTIALS_FULL_URI
        ? 'AWS_CONTAINER_CREDENTIALS_FULL_URI'
        : env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
          ? 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'
          : 'the EC2 instance metadata service';
    default:
      return 'the default credential chain';
  }
}

/**
 * Why no credentials could be resolved, naming the variable that chose the provider that failed
 * and the provider's own message. `trace` is the chain run again with its debug lines
 * (`traceCredentials`); its error is the one explained when it has one.
 */
export function describeCredentialsFailure(
  original: unknown,
  trace: { error?: unknown; steps: readonly string[] },
  env: NodeJS.ProcessEnv,
): string {
  return redact(wordCredentialsFailure(trace.error ?? original, trace, env));
}

/**
 * True when the credential chain found no credentials at all (no variables, no profile, no
 * web identity, nothing), as on a fork's pull request; not when credentials exist and fail.
 */
export function foundNoCredentials(
  original: unknown,
  trace: { error?: unknown; steps: readonly string[] },
  env: NodeJS.ProcessEnv,
): boolean {
  if (errorMessage(trace.error ?? original) !== NOTHING_FOUND) return false;
  return misconfigured(env, providerSteps(trace.steps)) === undefined;
}

function wordCredentialsFailure(
  error: unknown,
  trace: { steps: readonly string[] },
  env: NodeJS.ProcessEnv,
): string {
  const steps = providerSteps(trace.steps);
  const message = errorMessage(error);
  if (message === NOTHING_FOUND) return misconfigured(env, steps) ?? NO_CREDENTIALS_MESSAGE;
  const code = errorCode(error);
  const detail = message.startsWith(code) ? message : `${code}: ${message}`;
  return `The AWS credentials from ${sourceOf(steps.at(-1)?.provider, env)} could not be loaded: ${detail}`;
}
