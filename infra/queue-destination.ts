import type { DestinationConfig, IDestination } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';

/**
 * An on-failure destination that grants nothing by itself. CDK's `SqsDestination` adds
 * `sqs:GetQueueAttributes` and `sqs:GetQueueUrl`, which Lambda does not use; the function's
 * role gets exactly `sqs:SendMessage` from `labelerStatements`.
 */
export class QueueDestination implements IDestination {
  constructor(private readonly queue: IQueue) {}

  bind(): DestinationConfig {
    return { destination: this.queue.queueArn };
  }
}
