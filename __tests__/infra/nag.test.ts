import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it, vi } from 'vitest';
import { createBackendApp } from '../../infra/backend-app.js';
import { cdkJsonContext, EXAMPLE_ENV, synth } from './synth.js';

interface Acknowledged {
  id: string;
  reason: string;
}

/**
 * Every acknowledgement recorded in the construct tree, with the path it sits on. CDK stores
 * each as `{ "AwsSolutions::AwsSolutions-S1": reason }`.
 */
function acknowledgements(root: IConstruct): (Acknowledged & { path: string })[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({
        id: id.replace(/^[^:]+::/, ''),
        reason,
        path: construct.node.path,
      })),
  );
}

const VARIANTS = {
  default: {},
  'with GitHub OIDC, upload-only': { 'github-repository': 'pixel-learning/teaching-images' },
  'with GitHub OIDC, direct, PITR, imported provider': {
    'github-repository': 'pixel-learning/teaching-images',
    'github-action-mode': 'direct',
    'github-oidc-provider-arn':
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    'point-in-time-recovery': true,
    'alarm-email': 'ops@pixel-learning.example',
  },
  'with backfill of two locations, one the images bucket itself': {
    'github-repository': 'pixel-learning/teaching-images',
    'bucket-name': 'pixel-learning-rekognition-10182025',
    backfill: 'course-library,pixel-learning-rekognition-10182025/archive/',
  },
} satisfies Record<string, Record<string, unknown>>;

describe("cdk-nag's AwsSolutions rules", () => {
  it.each(Object.entries(VARIANTS))('find nothing unexplained: %s', (_, context) => {
    for (const env of [EXAMPLE_ENV, undefined]) {
      const { stack } = synth(context, env === undefined ? {} : { env });
      const report = new AwsSolutionsChecks().validateScope(stack);
      expect(report.violations).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it.each(Object.entries(VARIANTS))(
    'need every acknowledgement, each with a one-line reason: %s',
    (_, context) => {
      const { stack } = synth(context, { env: EXAMPLE_ENV });
      const acknowledged = acknowledgements(stack);
      for (const { id, reason } of acknowledged) {
        expect(reason.length, id).toBeGreaterThan(20);
        expect(reason, id).not.toContain('\n');
      }

      // The same stack with every acknowledgement dropped: nag must report exactly those.
      const silenced = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => {});
      // Built, not synthesized: synthesis itself runs the checks and would throw.
      const { stack: bare } = createBackendApp({
        context: { ...cdkJsonContext(), ...context },
        env: EXAMPLE_ENV,
      });
      silenced.mockRestore();
      expect(acknowledgements(bare)).toEqual([]);
      const report = new AwsSolutionsChecks().validateScope(bare);
      const findings = report.violations.flatMap((v) =>
        v.violatingResources.map(
          (r) => `${(r.constructPath ?? '').replace(/\/Resource$/, '')} ${v.ruleName}`,
        ),
      );
      const expected = acknowledged.map((a) => `${a.path} ${a.id}`);
      expect(findings.sort()).toEqual(expected.sort());
    },
  );

  it('also run on every synthesis, so `cdk deploy` refuses an unexplained finding', () => {
    const silenced = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => {});
    expect(() => synth({}, { env: EXAMPLE_ENV })).toThrow(/AwsSolutions-S1/);
    silenced.mockRestore();
  });

  it('lists the accepted findings: access logs, PITR when off, the DLQ\'s own DLQ, scoped "*"', () => {
    const { stack } = synth(VARIANTS['with GitHub OIDC, upload-only'], { env: EXAMPLE_ENV });
    const ids = [...new Set(acknowledgements(stack).map((a) => a.id.replace(/\[.*$/, '')))];
    expect(ids.sort()).toEqual(
      ['AwsSolutions-S1', 'AwsSolutions-DDB3', 'AwsSolutions-SQS3', 'AwsSolutions-IAM5'].sort(),
    );
    const wildcards = acknowledgements(stack)
      .filter((a) => a.id.startsWith('AwsSolutions-IAM5'))
      .map((a) => a.id);
    expect(wildcards.sort()).toEqual(
      [
        ...['beta', 'prod'].flatMap((e) => [
          `AwsSolutions-IAM5[Resource::arn:aws:s3:::rekognition-label-123456789012-us-east-1/rekognition-input/${e}/*]`,
          `AwsSolutions-IAM5[Resource::arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${e}-handler:*]`,
          'AwsSolutions-IAM5[Resource::*]',
          `AwsSolutions-IAM5[Resource::arn:aws:s3:::rekognition-label-123456789012-us-east-1/rekognition-input/${e}/*]`,
          // The label index's consumer: its results table's streams and its own log streams.
          `AwsSolutions-IAM5[Resource::arn:aws:dynamodb:us-east-1:123456789012:table/${e}_results/stream/*]`,
          `AwsSolutions-IAM5[Resource::arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${e}-handler-index:*]`,
        ]),
      ].sort(),
    );
  });

  it('accepts for backfill only the scoped "*" of its locations, manifests and reports', () => {
    const { stack } = synth(
      VARIANTS['with backfill of two locations, one the images bucket itself'],
      { env: EXAMPLE_ENV },
    );
    const ids = [...new Set(acknowledgements(stack).map((a) => a.id.replace(/\[.*$/, '')))];
    expect(ids.sort()).toEqual(
      ['AwsSolutions-S1', 'AwsSolutions-DDB3', 'AwsSolutions-SQS3', 'AwsSolutions-IAM5'].sort(),
    );
    const images = 'arn:aws:s3:::pixel-learning-rekognition-10182025';
    const sources = ['arn:aws:s3:::course-library/*', `${images}/archive/*`];
    for (const e of ['beta', 'prod']) {
      const labeler = stack.labelers.get(e)!;
      const on = (path: string) =>
        acknowledgements(stack)
          .filter((a) => a.path === path && a.id.startsWith('AwsSolutions-IAM5'))
          .map((a) => a.id.replace(/^AwsSolutions-IAM5\[Resource::(.*)\]$/, '$1'));
      expect(on(labeler.backfill!.role.node.path).sort()).toEqual(
        [
          ...sources,
          `${images}/rekognition-backfill/${e}/manifests/*`,
          `${images}/rekognition-backfill/${e}/reports/*`,
        ].sort(),
      );
      expect(on(labeler.role.node.path).sort()).toEqual(
        [
          `${images}/rekognition-input/${e}/*`,
          `arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/rekognition-${e}-handler:*`,
          '*',
          ...sources,
        ].sort(),
      );
    }
  });
});
