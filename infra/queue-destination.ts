import type {
  DestinationConfig,
  DlqDestinationConfig,
  IDestination,
  IEventSourceDlq,
} from 'aws-cdk-lib/aws-lambda';
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

/**
 * The same for a stream's event source mapping: CDK's `SqsDlq` grants the three actions too.
 * Lambda sends a failed batch's description with the function's role, which gets exactly
 * `sqs:SendMessage` from `indexWriterStatements`.
 */
export class QueueOnFailure implements IEventSourceDlq {
  constructor(private readonly queue: IQueue) {}

  bind(): DlqDestinationConfig {
    return { destination: this.queue.queueArn };
  }
}
