import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Environment } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnRole, Role } from 'aws-cdk-lib/aws-iam';
import { afterAll } from 'vitest';
import { createBackendApp } from '../../infra/backend-app.js';
import type { BackendStack } from '../../infra/backend-stack.js';

/** The feature flags `cdk deploy` synthesizes with, so the tests see the same template. */
export function cdkJsonContext(): Record<string, unknown> {
  const path = new URL('../../infra/cdk.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { context: Record<string, unknown> }).context;
}

/** An account and region, so ARNs come out as literal strings. */
export const EXAMPLE_ENV: Environment = { account: '123456789012', region: 'us-east-1' };

const made: string[] = [];

// Each assembly holds a copy of the Lambda bundle; remove them when the test file is done.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder removed after the test file that made it. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface Synthesized {
  stack: BackendStack;
  template: Template;
  outdir: string;
}

export function synth(
  context: Record<string, unknown> = {},
  options: { env?: Environment; lambdaCodePath?: string; indexCodePath?: string } = {},
): Synthesized {
  const outdir = temporaryDir('rekognition-label-cdk-');
  const { stack } = createBackendApp({
    context: { ...cdkJsonContext(), ...context },
    outdir,
    ...options,
  });
  return { stack, template: Template.fromStack(stack), outdir };
}

export interface PolicyDocumentJson {
  Version: string;
  Statement: Record<string, unknown>[];
}

/** A role's inline policies, resolved as CloudFormation receives them. */
export function inlinePolicies(role: Role): Record<string, PolicyDocumentJson> {
  const cfnRole = role.node.defaultChild as CfnRole;
  const policies = cfnRole.stack.resolve(cfnRole.policies) as {
    policyName: string;
    policyDocument: PolicyDocumentJson;
  }[];
  return Object.fromEntries(policies.map((p) => [p.policyName, p.policyDocument]));
}

export function trustPolicy(role: Role): PolicyDocumentJson {
  const cfnRole = role.node.defaultChild as CfnRole;
  return cfnRole.stack.resolve(cfnRole.assumeRolePolicyDocument) as PolicyDocumentJson;
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

export function resourcesOf(template: Template, type: string): Resources {
  return template.findResources(type) as Resources;
}
