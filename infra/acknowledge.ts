import { Stack, Validations } from 'aws-cdk-lib';
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
    const finding = flatten(Stack.of(scope).resolve(resource));
    acknowledge(scope, `AwsSolutions-IAM5[Resource::${finding}]`, reason);
  }
}

/**
 * cdk-nag's spelling of a resource in a finding id: `{"Ref": "AWS::Region"}` is
 * `<AWS::Region>`, a join is joined. (Its own helper is not part of its public API.)
 */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const node = value as Record<string, unknown>;
  if (Array.isArray(node['Fn::Join'])) {
    const [delimiter, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(delimiter);
  }
  if (node.Ref !== undefined) return `<${flatten(node.Ref)}>`;
  if (Array.isArray(node['Fn::GetAtt'])) {
    const [resource, attribute] = node['Fn::GetAtt'] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (node['Fn::Sub'] !== undefined) return flatten(node['Fn::Sub']);
  return JSON.stringify(value);
}
