import { type AwsFailure, describeNeutral } from '../shared/aws-errors.js';

/** DNS could not resolve the endpoint: a wrong region, or a runner without DNS or network. */
const UNRESOLVED_HOST_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN']);

/**
 * AWS failures worded for the action's user: what to change in the step's inputs, the role
 * that configure-aws-credentials assumed, or the workflow. `region` is the run's `aws-region`.
 */
export function describeForAction(failure: AwsFailure, region?: string): string {
  const { code, detail, operation } = failure;
  switch (failure.topic) {
    case 'denied':
      return (
        `AccessDenied: ${operation.action} on ${operation.resource} was denied. ` +
        `Allow ${operation.action} on that resource in the role that made the request ` +
        `(see "IAM permissions" in the README).`
      );
    case 'missing-resource':
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
