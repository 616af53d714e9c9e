import { type AwsFailure, describeNeutral } from '../shared/aws-errors.js';
import { type LambdaConfig, tableVariable } from './config.js';
import { redact } from '../shared/redact.js';

/**
 * AWS failures worded for the function's operator, who reads them in CloudWatch Logs: what to
 * change in the function's environment variables or its execution role. The action's inputs
 * mean nothing here.
 */
export function lambdaFailureWording(config: LambdaConfig): (failure: AwsFailure) => string {
  // The service's own message may quote a key id, a signature or a token; items and logs keep it.
  return (failure) => redact(wordForLambda(config, failure));
}

function wordForLambda(config: LambdaConfig, failure: AwsFailure): string {
  const { code, detail, operation } = failure;
  switch (failure.topic) {
    case 'denied':
      return (
        `AccessDenied: ${operation.action} on ${operation.resource} was denied. ` +
        `Allow ${operation.action} on that resource in the function's execution role.`
      );
    case 'missing-resource':
      return `${operation.resource} does not exist in ${config.region} (${operation.action}: ${detail}). ${tableHint(config, operation.table)}`;
    case 'missing-bucket':
      return `Bucket ${operation.bucket ?? operation.resource} does not exist in ${config.region}; the event named it, so it was deleted since.`;
    case 'unreadable-object':
      return (
        `Rekognition could not read ${operation.resource} (${detail}). It reads with the function's ` +
        `execution role: allow s3:GetObject on that object (and kms:Decrypt if the bucket uses SSE-KMS), ` +
        `and keep the bucket in the function's region (${config.region}).`
      );
    case 'wrong-region':
      return `${operation.resource} is in another region than the function (${config.region}): ${detail}. Deploy the function in the bucket's region.`;
    case 'credentials':
      return `AWS rejected the function's credentials (${code}) for ${operation.action}. Check the execution role and its trust policy (lambda.amazonaws.com).`;
    default:
      return describeNeutral(failure);
  }
}

/** Names the variable that chose the table, so the operator knows what to change. */
function tableHint(config: LambdaConfig, table: string | undefined): string {
  const environments = [...config.tables].filter(([, name]) => name === table).map(([env]) => env);
  const variables = environments.map(tableVariable).join(', ');
  return variables
    ? `Check ${variables} in the function's environment variables: the table must exist in ${config.region}.`
    : `Check the DDB_TABLE_<ENV> variables in the function's environment: each table must exist in ${config.region}.`;
}
