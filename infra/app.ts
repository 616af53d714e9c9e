import { createBackendApp } from './backend-app.js';
import { SettingsError } from './settings.js';

try {
  const { app } = createBackendApp({
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  app.synth();
} catch (error) {
  // A bad setting is the user's to fix: say which, without a stack trace.
  if (!(error instanceof SettingsError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
