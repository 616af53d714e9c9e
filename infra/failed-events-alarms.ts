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
 * An event in a failed-events queue is an image nobody labeled; it expires unseen after 14 days
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
    const alarm = new Alarm(this, `FailedEvents-${environment}`, {
      alarmDescription: `S3 events for ${environment} failed after every retry; they wait in ${queue.queueName}.`,
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
