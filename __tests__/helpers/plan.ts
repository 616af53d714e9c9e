import type { LabelPlan } from '../../src/action/run-plan.js';

/** A direct-mode plan for pull request 7 of pixel-learning/course-images, in beta. */
export function testPlan(
  workspace: string,
  overrides: Partial<LabelPlan> = {},
  context: Partial<LabelPlan['context']> = {},
): LabelPlan {
  return {
    mode: 'direct',
    environment: 'beta',
    prefix: 'rekognition-input',
    bucket: '',
    table: '',
    settings: { minConfidence: 70, maxLabels: 10 },
    ttlHours: 168,
    reuseTable: '',
    reuseEnvironment: '',
    context: {
      repository: 'pixel-learning/course-images',
      serverUrl: 'https://github.com',
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      branch: 'feature/cats',
      commit: 'abc123',
      runId: '42',
      pullRequest: 7,
      workspace,
      ...context,
    },
    ...overrides,
  };
}
