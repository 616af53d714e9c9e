import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type Environment, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackendStack } from './backend-stack.js';
import { SettingsError, readSettings } from './settings.js';

/** The committed Lambda bundle: the stack deploys exactly what `npm run bundle` wrote. */
export const LAMBDA_CODE_PATH = fileURLToPath(new URL('../dist/lambda/', import.meta.url));
/** The committed bundle of the label index's stream consumer, likewise. */
export const INDEX_CODE_PATH = fileURLToPath(new URL('../dist/label-index/', import.meta.url));

export interface BackendAppOptions {
  /** Context as `-c key=value` would give it; the CLI passes its own through the environment. */
  context?: Record<string, unknown>;
  outdir?: string;
  env?: Environment;
  lambdaCodePath?: string;
  indexCodePath?: string;
}

/**
 * The app `cdk deploy` runs, also built by the tests. cdk-nag's AwsSolutions checks run on every
 * synthesis, so a finding nobody fixed or explained fails the deploy, not just the tests.
 */
export function createBackendApp(options: BackendAppOptions = {}): {
  app: App;
  stack: BackendStack;
} {
  // app.ts synthesizes explicitly; an App left to synthesize on exit would write an empty
  // assembly after a settings error.
  const app = new App({
    autoSynth: false,
    ...(options.context === undefined ? {} : { context: options.context }),
    ...(options.outdir === undefined ? {} : { outdir: options.outdir }),
  });
  const settings = readSettings((key) => app.node.tryGetContext(key));
  const lambdaCodePath = options.lambdaCodePath ?? LAMBDA_CODE_PATH;
  const indexCodePath = options.indexCodePath ?? INDEX_CODE_PATH;
  for (const path of [lambdaCodePath, indexCodePath]) {
    if (!existsSync(`${path}/index.js`)) {
      throw new SettingsError(
        `The Lambda bundle ${path}index.js is missing; run \`npm run bundle\` first.`,
      );
    }
  }
  const stack = new BackendStack(app, settings.stackName, {
    settings,
    lambdaCodePath,
    indexCodePath,
    description: 'rekognition-label: images bucket, per-environment tables and labelers',
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
