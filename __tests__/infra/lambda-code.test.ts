import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystem } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { INDEX_CODE_PATH, LAMBDA_CODE_PATH } from '../../infra/backend-app.js';
import type { EnvironmentLabeler } from '../../infra/environment-labeler.js';
import { EXAMPLE_ENV, synth, temporaryDir } from './synth.js';

const ROOT = new URL('../../', import.meta.url);

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging: string } }>;
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length).replace(/^\/+/, ''), readFileSync(path).toString('base64')];
      }),
  );
}

describe('the Lambda code', () => {
  it.each([
    ['dist/lambda', LAMBDA_CODE_PATH, (labeler: EnvironmentLabeler) => labeler.function],
    ['dist/label-index', INDEX_CODE_PATH, (labeler: EnvironmentLabeler) => labeler.index.function],
  ])('is the committed %s bundle, byte for byte, packaged as one zip', (_, path, functionOf) => {
    const { template, outdir, stack } = synth({}, { env: EXAMPLE_ENV });
    const hash = FileSystem.fingerprint(path);
    // Two functions per environment: the labeler, and the label index's stream consumer.
    const functions = template.findResources('AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(4);
    for (const labeler of stack.labelers.values()) {
      const id = stack.getLogicalId(functionOf(labeler).node.defaultChild as never);
      expect(functions[id]!.Properties.Code.S3Key).toBe(`${hash}.zip`);
    }
    const manifest = JSON.parse(
      readFileSync(join(outdir, `${stack.stackName}.assets.json`), 'utf8'),
    ) as AssetManifest;
    expect(manifest.files[hash]!.source).toEqual({ path: `asset.${hash}`, packaging: 'zip' });
    const staged = filesOf(join(outdir, `asset.${hash}`));
    expect(staged).toEqual(filesOf(path));
    // The entry, its licenses, and the chunks ncc splits off for dynamic imports with theirs.
    const chunks = /^(\d+\.index\.js|licenses-\d+\.txt)$/;
    const names = Object.keys(staged).sort();
    expect(names.filter((name) => !chunks.test(name))).toEqual([
      'index.js',
      'licenses-main.txt',
      'package.json',
    ]);
    // Node.js 24 loads index.js as an ES module only with this beside it.
    expect(JSON.parse(Buffer.from(staged['package.json']!, 'base64').toString())).toEqual({
      type: 'module',
    });
  });

  it('follows the bundle: one changed byte deploys new code', () => {
    const copy = temporaryDir('lambda-bundle-');
    cpSync(LAMBDA_CODE_PATH, copy, { recursive: true });
    const key = (path: string) =>
      Object.values(
        synth({}, { env: EXAMPLE_ENV, lambdaCodePath: path }).template.findResources(
          'AWS::Lambda::Function',
        ),
      )[0]!.Properties.Code.S3Key as string;
    const before = key(copy);
    writeFileSync(join(copy, 'index.js'), readFileSync(join(copy, 'index.js'), 'utf8') + '\n');
    expect(key(copy)).not.toBe(before);
  });

  it('refuses to synthesize without a bundle, saying how to build it', () => {
    const empty = temporaryDir('no-bundle-');
    expect(() => synth({}, { lambdaCodePath: `${empty}/` })).toThrow(/run `npm run bundle` first/);
    expect(() => synth({}, { indexCodePath: `${empty}/` })).toThrow(
      new RegExp(`${empty}/index.js is missing; run \`npm run bundle\` first`),
    );
  });
});

describe('the action bundles', () => {
  it('hold no CDK: it is a development dependency only', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const cdk = ['aws-cdk-lib', 'aws-cdk', 'constructs', 'cdk-nag'];
    expect(Object.keys(pkg.dependencies).filter((d) => cdk.includes(d))).toEqual([]);
    expect(
      Object.keys(pkg.devDependencies)
        .filter((d) => cdk.includes(d))
        .sort(),
    ).toEqual([...cdk].sort());
    for (const bundle of ['dist/index.js', 'dist/lambda/index.js', 'dist/label-index/index.js']) {
      const code = readFileSync(new URL(bundle, ROOT), 'utf8');
      expect(code, bundle).not.toMatch(/aws-cdk-lib|cdk-nag|CfnResource/);
    }
  });

  it('leave out @actions/http-client and undici, which only core.getIDToken would use', () => {
    // tsconfig.json maps @actions/http-client to src/action/http-client-unused.ts; without it
    // undici was 0.48 MB of the action's 1.19 MB bundle and 54 ms of its start-up.
    for (const bundle of ['dist/index.js', 'dist/lambda/index.js', 'dist/label-index/index.js']) {
      const code = readFileSync(new URL(bundle, ROOT), 'utf8');
      expect(code, bundle).not.toMatch(/undici|ProxyAgent|tunnel\.httpsOverHttp/);
    }
    expect(readFileSync(new URL('dist/index.js', ROOT)).length).toBeLessThan(800 * 1024);
  });
});
