import { ArnFormat, type Stack } from 'aws-cdk-lib';

/**
 * The ARNs a function's role is scoped to, built from names so no policy needs a reference to
 * the resource: the streams of its own log group, and its own queue.
 */
export function ownArns(
  stack: Stack,
  names: { logGroup: string; failureQueue: string },
): { logStreams: string; failureQueue: string } {
  return {
    logStreams: stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: `${names.logGroup}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    }),
    failureQueue: stack.formatArn({
      service: 'sqs',
      resource: names.failureQueue,
      arnFormat: ArnFormat.NO_RESOURCE_NAME,
    }),
  };
}
