import type {
  DestinationConfig,
  DlqDestinationConfig,
  IDestination,
  IEventSourceDlq,
} from 'aws-cdk-lib/aws-lambda';
import { Duration } from 'aws-cdk-lib';
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';

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

/**
 * A failure queue: encrypted, SSL only, kept 14 days, and no dead-letter queue of its own (it
 * is the end of the line, `whose` says of what), which cdk-nag is told.
 */
export function lastResortQueue(scope: Construct, id: string, name: string, whose: string): Queue {
  const queue = new Queue(scope, id, {
    queueName: name,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledge(queue, 'AwsSolutions-SQS3', `This queue is ${whose}, the end of the line.`);
  return queue;
}
