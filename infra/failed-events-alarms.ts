import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface FailedEventsAlarmsProps {
  /** Subscribed to every alarm; without it, the alarms show in the console only. */
  email?: string;
}

/**
 * An event in a failed-events queue is an image nobody labeled, and a batch in an index queue
 * is images the label index does not show as they are; either expires unseen after 14 days
 * unless someone is told.
 */
export class FailedEventsAlarms extends Construct {
  readonly topic: Topic | undefined;

  constructor(scope: Construct, id: string, props: FailedEventsAlarmsProps) {
    super(scope, id);
    if (props.email === undefined) return;
    // Not under the AWS managed key: CloudWatch alarms cannot publish to such a topic.
    this.topic = new Topic(this, 'Topic', {
      displayName: 'rekognition-label: failed events',
      enforceSSL: true,
    });
    this.topic.addSubscription(new EmailSubscription(props.email));
  }

  /** Alarms as soon as one event waits in `queue`. */
  watch(environment: string, queue: IQueue): Alarm {
    return this.alarm(
      `FailedEvents-${environment}`,
      queue,
      `S3 events for ${environment} failed after every retry; they wait in ${queue.queueName}.`,
    );
  }

  /**
   * The label index's queue: a batch of stream records the consumer gave up on. Those images'
   * rows in the index may be stale or missing; `find` checks every hit against its item, so it
   * may miss an image but never shows a wrong one.
   */
  watchIndex(environment: string, queue: IQueue): Alarm {
    return this.alarm(
      `IndexFailures-${environment}`,
      queue,
      `Label index updates for ${environment} failed after every retry; the stream ranges wait in ${queue.queueName}.`,
    );
  }

  private alarm(id: string, queue: IQueue, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.topic !== undefined) alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
