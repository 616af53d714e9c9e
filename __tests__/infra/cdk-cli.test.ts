import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from './synth.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run cdk -- …` as the README documents it, with no AWS credentials and no network. */
function npmCdk(args: string[]) {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AWS_') && !key.startsWith('CDK_')) env[key] = value;
  }
  const result = spawnSync('npm', ['run', '--silent', 'cdk', '--', ...args, '--no-notices'], {
    cwd: ROOT,
    env: {
      ...env,
      CDK_DISABLE_CLI_TELEMETRY: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_REGION: 'eu-west-1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the documented cdk command', () => {
  it('synthesizes the backend offline, with the checks, from npm run cdk', () => {
    const out = temporaryDir('cdk-out-');
    const result = npmCdk([
      'synth',
      '--quiet',
      '--output',
      out,
      '-c',
      'github-repository=pixel-learning/teaching-images',
      '-c',
      'environments=beta,prod',
    ]);
    expect(result.output).not.toMatch(/\bERROR\b|Error:/);
    expect(result.status).toBe(0);
    const template = JSON.parse(
      readFileSync(join(out, 'RekognitionLabel.template.json'), 'utf8'),
    ) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const types = Object.values(template.Resources).map((r) => r.Type);
    // Per environment, the labeler and the label index's stream consumer.
    expect(types.filter((t) => t === 'AWS::Lambda::Function')).toHaveLength(4);
    expect(types.filter((t) => t === 'AWS::IAM::OIDCProvider')).toHaveLength(1);
    // The CLI's region reaches the stack, so ARNs are concrete where they can be.
    expect(JSON.stringify(template)).toContain(':dynamodb:eu-west-1:');
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8')) as {
      pluginReports: unknown[];
    };
    expect(report.pluginReports).toEqual([]);
  }, 120_000);

  it('stops on bad context with every problem listed and no stack trace', () => {
    const out = temporaryDir('cdk-out-');
    const result = npmCdk([
      'synth',
      '--quiet',
      '--output',
      out,
      '-c',
      'environments=beta,Prod',
      '-c',
      'ttl-hours=soon',
    ]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('environments holds "Prod"; expected 1-32 lowercase letters');
    expect(result.output).toContain('ttl-hours is "soon"; expected a number from 0 to 87600');
    expect(result.output).not.toMatch(/^\s+at /m);
    // Nothing half-built is left to deploy.
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  }, 120_000);
});
