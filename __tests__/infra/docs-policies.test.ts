import { readFileSync } from 'node:fs';
import { PolicyDocument, type PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnBucketPolicy } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendStack } from '../../infra/backend-stack.js';
import { backfillRunnerStatements, searchStatements } from '../../infra/policies.js';
import { EXAMPLE_ENV, inlinePolicies, synth, trustPolicy } from './synth.js';

/**
 * The "Deploy by hand" policies in docs/deploy.md must be what the stack deploys, so a hand-made
 * setup is exactly as tight as the CDK one. The doc uses these example values.
 */
const EXAMPLE = {
  'bucket-name': 'pixel-learning-rekognition-10182025',
  'github-repository': 'pixel-learning/teaching-images',
  'github-oidc-provider-arn':
    'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
};

/** The doc's backfill locations (docs/deploy.md#backfill). */
const BACKFILL = 'course-library,old-uploads/images/';

/** The JSON block after each `<!-- policy: NAME -->` marker. */
function documentedPolicies(): Record<string, unknown> {
  const doc = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
  const blocks = doc.matchAll(/<!-- policy: ([a-z-]+) -->\s*```json\n([\s\S]*?)\n```/g);
  return Object.fromEntries([...blocks].map(([, name, json]) => [name, JSON.parse(json!)]));
}

/** The bucket policy with the bucket's ARN written out, as a user would paste it. */
function bucketPolicy(stack: BackendStack): unknown {
  const cfn = stack.images.bucket.policy!.node.defaultChild as CfnBucketPolicy;
  const bucketId = stack.getLogicalId(stack.images.bucket.node.defaultChild as never);
  const arn = `arn:aws:s3:::${EXAMPLE['bucket-name']}`;
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const getAtt = record['Fn::GetAtt'] as [string, string] | undefined;
    if (getAtt?.[0] === bucketId && getAtt[1] === 'Arn') return arn;
    const join = record['Fn::Join'] as [string, unknown[]] | undefined;
    if (join) return join[1].map(resolve).join(join[0]);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolve(v)]));
  };
  return resolve(stack.resolve(cfn.policyDocument));
}

/** The deployed policies, by the docs/deploy.md marker that names each. */
function deployedPolicies(): Record<string, unknown> {
  const { stack } = synth(EXAMPLE, { env: EXAMPLE_ENV });
  const { stack: direct } = synth(
    { ...EXAMPLE, 'github-action-mode': 'direct' },
    { env: EXAMPLE_ENV },
  );
  const { stack: backfill } = synth({ ...EXAMPLE, backfill: BACKFILL }, { env: EXAMPLE_ENV });
  const prod = stack.labelers.get('prod')!;
  const github = stack.github!;
  const prodBackfill = backfill.labelers.get('prod')!;
  const document = (statements: PolicyStatement[]): unknown =>
    stack.resolve(new PolicyDocument({ statements }).toJSON());
  return {
    'labeler-trust': trustPolicy(prod.role),
    'labeler-prod': inlinePolicies(prod.role).label,
    'index-writer-prod': inlinePolicies(prod.index.role).index,
    // No role of the stack: what a person running `find` or `labels` needs.
    'search-prod': document(searchStatements(prod.tableArn, prod.index.tableArn)),
    bucket: bucketPolicy(stack),
    'workflow-pull-request-trust': trustPolicy(github.pullRequestRole),
    'workflow-default-branch-trust': trustPolicy(github.defaultBranchRole),
    'workflow-beta-upload-only': inlinePolicies(github.pullRequestRole)['upload-only'],
    'workflow-beta-direct': inlinePolicies(direct.github!.pullRequestRole).direct,
    'backfill-trust': trustPolicy(prodBackfill.backfill!.role),
    'backfill-prod': inlinePolicies(prodBackfill.backfill!.role).backfill,
    // The one statement backfill adds to the labeler's policy above.
    'labeler-prod-backfill-sources': inlinePolicies(prodBackfill.role).label!.Statement.find(
      (statement) => statement.Sid === 'ReadBackfillSources',
    ),
    // No role of the stack: what a person running the CLI's `backfill` needs.
    'backfill-runner-prod': document(backfillRunnerStatements(prodBackfill.backfill!.runnerArns)),
  };
}

const NAMES = [
  'labeler-trust',
  'labeler-prod',
  'index-writer-prod',
  'search-prod',
  'bucket',
  'workflow-pull-request-trust',
  'workflow-default-branch-trust',
  'workflow-beta-upload-only',
  'workflow-beta-direct',
  'backfill-trust',
  'backfill-prod',
  'labeler-prod-backfill-sources',
  'backfill-runner-prod',
];

describe('the docs/deploy.md policies for a deploy by hand', () => {
  let expected: Record<string, unknown>;
  let documented: Record<string, unknown>;
  beforeAll(() => {
    expected = deployedPolicies();
    documented = documentedPolicies();
  });

  it.each(NAMES)('%s is the deployed policy, statement for statement', (name) => {
    expect(documented[name]).toEqual(expected[name]);
  });

  it('holds no other marked policy', () => {
    expect(Object.keys(expected).sort()).toEqual([...NAMES].sort());
    expect(Object.keys(documented).sort()).toEqual([...NAMES].sort());
  });
});
