import { PolicyDocument, type Role } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfillRunnerStatements } from '../../infra/policies.js';
import { outputName } from '../../infra/settings.js';
import {
  BACKFILL_PREFIX,
  backfillManifestsOf,
  backfillReportPrefixOf,
  outputName as sharedOutputName,
} from '../../src/shared/backfill-layout.js';
import {
  EXAMPLE_ENV,
  type PolicyDocumentJson,
  type Synthesized,
  inlinePolicies,
  resourcesOf,
  synth,
  trustPolicy,
} from './synth.js';

/**
 * The `backfill` setting: per environment, the role S3 Batch Operations assumes to run the
 * labeler over existing images, the labeler's read of those images, and the outputs the CLI's
 * `backfill` is given.
 */

const BACKFILL = { backfill: 'course-library,old-uploads/images/' };
const GITHUB = { 'github-repository': 'pixel-learning/teaching-images' };
const ENVIRONMENTS = ['beta', 'prod'] as const;
const ACCOUNT = '123456789012';
const BUCKET = 'rekognition-label-123456789012-us-east-1';
const SOURCES = ['arn:aws:s3:::course-library/*', 'arn:aws:s3:::old-uploads/images/*'];
const READ = ['s3:GetObject', 's3:GetObjectVersion'];

type Statement = Record<string, unknown>;

const idOf = (s: Synthesized, construct: { node: { defaultChild?: unknown } }): string =>
  s.stack.getLogicalId(construct.node.defaultChild as never);

const labelerOf = (s: Synthesized, environment: string) => s.stack.labelers.get(environment)!;

const backfillOf = (s: Synthesized, environment: string) => labelerOf(s, environment).backfill!;

function statementsOf(role: Role): Statement[] {
  return Object.values(inlinePolicies(role)).flatMap((doc: PolicyDocumentJson) => doc.Statement);
}

function jobPolicy(environment: string): PolicyDocumentJson {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'InvokeItsLabeler',
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:rekognition-${environment}-handler`,
      },
      { Sid: 'ReadTheSources', Effect: 'Allow', Action: READ, Resource: SOURCES },
      {
        Sid: 'ReadItsManifests',
        Effect: 'Allow',
        Action: READ,
        Resource: `arn:aws:s3:::${BUCKET}/rekognition-backfill/${environment}/manifests/*`,
      },
      {
        Sid: 'WriteItsReports',
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${BUCKET}/rekognition-backfill/${environment}/reports/*`,
      },
    ],
  };
}

/** The S3 notification rules of the images bucket, as prefixes. */
function notifiedPrefixes(s: Synthesized): string[] {
  const bucket = Object.values(resourcesOf(s.template, 'AWS::S3::Bucket'))[0]!;
  const config = bucket.Properties!.NotificationConfiguration as {
    LambdaConfigurations: { Filter: { S3Key: { Rules: { Name: string; Value: string }[] } } }[];
  };
  return config.LambdaConfigurations.flatMap((c) =>
    c.Filter.S3Key.Rules.filter((r) => r.Name === 'prefix').map((r) => r.Value),
  );
}

describe('the backfill setting, two locations', () => {
  let s: Synthesized;
  let plain: Synthesized;
  beforeAll(() => {
    s = synth({ ...BACKFILL, ...GITHUB }, { env: EXAMPLE_ENV });
    plain = synth(GITHUB, { env: EXAMPLE_ENV });
  });

  describe("each environment's backfill role", () => {
    it.each(ENVIRONMENTS)('%s: is named after its labeler', (e) => {
      s.template.hasResourceProperties('AWS::IAM::Role', {
        RoleName: `rekognition-${e}-handler-backfill`,
      });
      expect(backfillOf(s, e).roleName).toBe(`rekognition-${e}-handler-backfill`);
    });

    it.each(ENVIRONMENTS)(
      '%s: only S3 Batch Operations may assume it, for this account when S3 says which',
      (e) => {
        expect(trustPolicy(backfillOf(s, e).role)).toEqual({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'batchoperations.s3.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEqualsIfExists: { 'aws:SourceAccount': ACCOUNT } },
            },
          ],
        });
      },
    );

    it.each(ENVIRONMENTS)(
      '%s: exactly its labeler, the sources, its manifests and its reports',
      (e) => {
        expect(inlinePolicies(backfillOf(s, e).role)).toEqual({ backfill: jobPolicy(e) });
        const cfn = resourcesOf(s.template, 'AWS::IAM::Role')[idOf(s, backfillOf(s, e).role)]!;
        expect(cfn.Properties!.ManagedPolicyArns).toBeUndefined();
      },
    );

    it.each(ENVIRONMENTS)("%s: invokes the function the stack deploys, by that one's name", (e) => {
      const fn = labelerOf(s, e).function;
      const deployed = resourcesOf(s.template, 'AWS::Lambda::Function')[idOf(s, fn)]!;
      const [invoke] = statementsOf(backfillOf(s, e).role);
      expect(invoke!.Resource).toBe(
        `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${String(deployed.Properties!.FunctionName)}`,
      );
    });

    it.each(ENVIRONMENTS)("%s: nothing of the other environment's", (e) => {
      const other = e === 'beta' ? 'prod' : 'beta';
      expect(JSON.stringify(inlinePolicies(backfillOf(s, e).role))).not.toContain(other);
      expect(JSON.stringify(trustPolicy(backfillOf(s, e).role))).not.toContain(other);
    });
  });

  describe('the labelers', () => {
    it.each(ENVIRONMENTS)('%s: also read the sources, any version, and nothing more', (e) => {
      const withBackfill = statementsOf(labelerOf(s, e).role);
      expect(withBackfill.filter((st) => st.Sid === 'ReadBackfillSources')).toEqual([
        { Sid: 'ReadBackfillSources', Effect: 'Allow', Action: READ, Resource: SOURCES },
      ]);
      // Every other statement is the one a stack without backfill deploys.
      expect(withBackfill.filter((st) => st.Sid !== 'ReadBackfillSources')).toEqual(
        statementsOf(labelerOf(plain, e).role),
      );
    });

    it('without backfill, read no source and get no backfill role', () => {
      for (const e of ENVIRONMENTS) {
        expect(labelerOf(plain, e).backfill).toBeUndefined();
        expect(JSON.stringify(inlinePolicies(labelerOf(plain, e).role))).not.toContain(
          'course-library',
        );
      }
    });
  });

  describe('who may touch what', () => {
    it('only the labelers and the backfill roles read the sources; the workflow roles do not', () => {
      const readers = Object.entries(resourcesOf(s.template, 'AWS::IAM::Role'))
        .filter(([, role]) => JSON.stringify(role.Properties!.Policies).includes('course-library'))
        .map(([id]) => id);
      const expected = ENVIRONMENTS.flatMap((e) => [
        idOf(s, labelerOf(s, e).role),
        idOf(s, backfillOf(s, e).role),
      ]);
      expect(readers.sort()).toEqual(expected.sort());
    });

    it("only an environment's backfill role reaches its manifests and reports", () => {
      for (const e of ENVIRONMENTS) {
        const prefix = `${BUCKET}/${BACKFILL_PREFIX}/${e}/`;
        const holders = Object.entries(resourcesOf(s.template, 'AWS::IAM::Role'))
          .filter(([, role]) => JSON.stringify(role.Properties!.Policies ?? []).includes(prefix))
          .map(([id]) => id);
        expect(holders).toEqual([idOf(s, backfillOf(s, e).role)]);
      }
    });

    it('adds no policy resource, no "*" action, and a "*" resource only for Rekognition', () => {
      s.template.resourceCountIs('AWS::IAM::Policy', 0);
      s.template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
      for (const [id, role] of Object.entries(resourcesOf(s.template, 'AWS::IAM::Role'))) {
        expect(role.Properties!.ManagedPolicyArns, id).toBeUndefined();
        const policies = role.Properties!.Policies as { PolicyDocument: PolicyDocumentJson }[];
        for (const statement of policies.flatMap((p) => p.PolicyDocument.Statement)) {
          const actions = [statement.Action].flat() as string[];
          expect(
            actions.filter((a) => a.includes('*')),
            id,
          ).toEqual([]);
          if ([statement.Resource].flat().includes('*')) {
            expect(
              actions.every((a) => a.startsWith('rekognition:')),
              id,
            ).toBe(true);
          }
        }
      }
    });
  });

  describe('the images bucket', () => {
    it('notifies the labelers under the inputs prefix only, never of a backfill file', () => {
      const prefixes = notifiedPrefixes(s);
      expect(prefixes).toEqual(['rekognition-input/beta/', 'rekognition-input/prod/']);
      for (const e of ENVIRONMENTS) {
        const manifest = `${backfillManifestsOf(e)}2025-01-01T00-00-00Z.csv`;
        const report = `${`${backfillReportPrefixOf(e)}/`}job-0123/results/abc.csv`;
        for (const key of [manifest, report]) {
          expect(key.startsWith(`${BACKFILL_PREFIX}/`)).toBe(true);
          expect(
            prefixes.filter((p) => key.startsWith(p)),
            key,
          ).toEqual([]);
        }
      }
      // The same notifications as without backfill: the setting adds none.
      expect(prefixes).toEqual(notifiedPrefixes(plain));
    });

    it('keeps backfill files out of the expiry of the inputs', () => {
      const bucket = Object.values(resourcesOf(s.template, 'AWS::S3::Bucket'))[0]!;
      const rules = (bucket.Properties!.LifecycleConfiguration as { Rules: { Prefix: string }[] })
        .Rules;
      expect(rules.map((r) => r.Prefix)).toEqual(['rekognition-input/']);
      for (const e of ENVIRONMENTS) {
        for (const key of [backfillManifestsOf(e), `${backfillReportPrefixOf(e)}/`]) {
          expect(
            rules.filter((r) => key.startsWith(r.Prefix)),
            key,
          ).toEqual([]);
        }
      }
    });
  });

  describe('the outputs', () => {
    it('adds, per environment, the role and function ARNs, and once the report bucket', () => {
      const added = Object.keys(s.template.findOutputs('*')).filter(
        (key) => !(key in plain.template.findOutputs('*')),
      );
      expect(added.sort()).toEqual(
        [
          'BackfillReportBucket',
          'BetaBackfillRoleArn',
          'BetaFunctionArn',
          'ProdBackfillRoleArn',
          'ProdFunctionArn',
        ].sort(),
      );
      expect(Object.keys(s.template.findOutputs('*'))).toEqual(
        expect.arrayContaining(Object.keys(plain.template.findOutputs('*'))),
      );
    });

    it.each(ENVIRONMENTS)('%s: each names what it is and which CLI flag takes it', (e) => {
      const name = e === 'beta' ? 'Beta' : 'Prod';
      const outputs = s.template.findOutputs('*');
      const command = `\`node dist/cli/index.js backfill --environment ${e}\``;
      expect(outputs[`${name}BackfillRoleArn`]).toEqual({
        Value: { 'Fn::GetAtt': [idOf(s, backfillOf(s, e).role), 'Arn'] },
        Description: `--role-arn of ${command}: the role S3 Batch Operations assumes to invoke the ${e} labeler.`,
      });
      expect(outputs[`${name}FunctionArn`]).toEqual({
        Value: { 'Fn::GetAtt': [idOf(s, labelerOf(s, e).function), 'Arn'] },
        Description: `--function-arn of ${command}: the ${e} labeler, which the job invokes per object.`,
      });
    });

    it('names the images bucket as the report bucket', () => {
      expect(s.template.findOutputs('BackfillReportBucket')).toEqual({
        BackfillReportBucket: {
          Value: BUCKET,
          Description:
            "--report-bucket of `node dist/cli/index.js backfill`: the jobs' manifests and completion reports go under rekognition-backfill/{environment}/ in it.",
        },
      });
    });

    it('without backfill, adds none of them and no Batch Operations role', () => {
      const keys = Object.keys(plain.template.findOutputs('*'));
      expect(keys.filter((k) => /Backfill|FunctionArn/.test(k))).toEqual([]);
      const trusts = Object.values(resourcesOf(plain.template, 'AWS::IAM::Role')).map((r) =>
        JSON.stringify(r.Properties!.AssumeRolePolicyDocument),
      );
      expect(trusts.filter((t) => t.includes('batchoperations'))).toEqual([]);
    });
  });

  describe('the person who runs `backfill`', () => {
    it('may list the sources, write the manifests, pass only this role to S3, run the job and read its report', () => {
      const prod = backfillOf(s, 'prod');
      const policy = s.stack.resolve(
        new PolicyDocument({ statements: backfillRunnerStatements(prod.runnerArns) }).toJSON(),
      );
      expect(policy).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ListTheSources',
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: ['arn:aws:s3:::course-library', 'arn:aws:s3:::old-uploads'],
          },
          {
            Sid: 'WriteTheManifests',
            Effect: 'Allow',
            Action: 's3:PutObject',
            Resource: `arn:aws:s3:::${BUCKET}/rekognition-backfill/prod/manifests/*`,
          },
          {
            Sid: 'CreateTheJob',
            Effect: 'Allow',
            Action: 's3:CreateJob',
            Resource: '*',
            Condition: { StringEquals: { 's3:RequestJobOperation': 'LambdaInvoke' } },
          },
          {
            Sid: 'PassTheBackfillRole',
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: `arn:aws:iam::${ACCOUNT}:role/rekognition-prod-handler-backfill`,
            Condition: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
          },
          {
            Sid: 'ConfirmAndWatchTheJob',
            Effect: 'Allow',
            Action: ['s3:DescribeJob', 's3:UpdateJobStatus'],
            Resource: `arn:aws:s3:us-east-1:${ACCOUNT}:job/*`,
          },
          {
            Sid: 'ReadTheReports',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${BUCKET}/rekognition-backfill/prod/reports/*`,
          },
        ],
      });
    });

    it('passes the role the stack creates, by its ARN', () => {
      const prod = backfillOf(s, 'prod');
      const cfn = resourcesOf(s.template, 'AWS::IAM::Role')[idOf(s, prod.role)]!;
      expect(prod.runnerArns.role).toBe(
        `arn:aws:iam::${ACCOUNT}:role/${String(cfn.Properties!.RoleName)}`,
      );
    });

    it('lists each source bucket once, however many locations it holds', () => {
      const twice = synth(
        { backfill: 'old-uploads/2019/,old-uploads/2020/' },
        { env: EXAMPLE_ENV },
      );
      expect(backfillOf(twice, 'prod').runnerArns.sourceBuckets).toEqual([
        'arn:aws:s3:::old-uploads',
      ]);
      expect(backfillOf(twice, 'prod').jobArns.sources).toEqual([
        'arn:aws:s3:::old-uploads/2019/*',
        'arn:aws:s3:::old-uploads/2020/*',
      ]);
    });
  });
});

describe('the backfill setting, other settings', () => {
  it('follows the function names and environments, and a whole bucket is read whole', () => {
    const s = synth(
      {
        backfill: 'course-library',
        environments: 'dev,pr-preview',
        'function-name': 'labeler-{environment}',
      },
      { env: EXAMPLE_ENV },
    );
    for (const e of ['dev', 'pr-preview']) {
      expect(backfillOf(s, e).roleName).toBe(`labeler-${e}-backfill`);
      expect(statementsOf(backfillOf(s, e).role).map((st) => st.Resource)).toEqual([
        `arn:aws:lambda:us-east-1:${ACCOUNT}:function:labeler-${e}`,
        'arn:aws:s3:::course-library/*',
        `arn:aws:s3:::${BUCKET}/rekognition-backfill/${e}/manifests/*`,
        `arn:aws:s3:::${BUCKET}/rekognition-backfill/${e}/reports/*`,
      ]);
    }
    expect(Object.keys(s.template.findOutputs('*'))).toEqual(
      expect.arrayContaining([
        'DevBackfillRoleArn',
        'PrPreviewBackfillRoleArn',
        'PrPreviewFunctionArn',
      ]),
    );
  });

  it('builds the ARNs and the trust condition from the deploying account when none is given', () => {
    const s = synth(BACKFILL);
    const trust = trustPolicy(backfillOf(s, 'beta').role).Statement[0]!;
    expect(trust.Condition).toEqual({
      StringEqualsIfExists: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
    });
    const [invoke, sources] = statementsOf(backfillOf(s, 'beta').role);
    expect(invoke!.Resource).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':lambda:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':function:rekognition-beta-handler',
        ],
      ],
    });
    expect(s.stack.resolve(sources!.Resource)).toEqual([
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::course-library/*']] },
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::old-uploads/images/*']] },
    ]);
  });
});

describe("the CLI's layout of a backfill, which the roles are scoped to", () => {
  it('writes manifests and reports where the roles allow, and reads the outputs by their names', () => {
    const s = synth(
      { backfill: 'course-library', environments: 'beta,pr-preview' },
      {
        env: EXAMPLE_ENV,
      },
    );
    const outputs = Object.keys(s.template.findOutputs('*'));
    for (const e of ['beta', 'pr-preview']) {
      const { jobArns, runnerArns } = backfillOf(s, e);
      const images = `arn:aws:s3:::${BUCKET}/`;
      // The runner writes the manifest, the job reads it, both under the same prefix.
      expect(runnerArns.manifests).toBe(`${images}${backfillManifestsOf(e)}*`);
      expect(jobArns.manifests).toBe(`${images}${backfillManifestsOf(e)}*`);
      // S3 Batch Operations writes `{Prefix}/job-{id}/…`: inside the role's reports/*.
      const report = `${backfillReportPrefixOf(e)}/job-0123/results/abc.csv`;
      expect(jobArns.reports).toBe(`${images}${`${backfillReportPrefixOf(e)}/`}*`);
      expect(report.startsWith(`${backfillReportPrefixOf(e)}/`)).toBe(true);
      expect(sharedOutputName).toBe(outputName);
      expect(outputs).toEqual(
        expect.arrayContaining([`${outputName(e)}BackfillRoleArn`, `${outputName(e)}FunctionArn`]),
      );
    }
  });
});
