import { Stack, Validations } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/** Accepts a cdk-nag finding on `scope`, with the reason shown in every report. */
export function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: rule, reason });
}

/**
 * Accepts AwsSolutions-IAM5 for exactly these resources and no other: a policy that later
 * gained a broader "*" would still fail the checks.
 */
export function acknowledgeWildcards(scope: IConstruct, resources: string[], reason: string): void {
  for (const resource of resources) {
    const finding = flattenCfnReference(Stack.of(scope).resolve(resource));
    acknowledge(scope, `AwsSolutions-IAM5[Resource::${finding}]`, reason);
  }
}
