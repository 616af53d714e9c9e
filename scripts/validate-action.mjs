// Validates action.yml and every workflow offline with @action-validator/core.
// Its 0.6.0 schema predates the node24 runtime, so action.yml is checked with
// `using` swapped to a value the schema knows, and node24 is asserted here.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validateAction, validateWorkflow } = require('@action-validator/core');

let failed = false;
const report = (file, state) => {
  if (state.errors.length === 0) {
    console.log(`ok ${file}`);
    return;
  }
  failed = true;
  console.error(`invalid ${file}:\n${JSON.stringify(state.errors, null, 2)}`);
};

const action = readFileSync('action.yml', 'utf8');
if (!/^\s+using:\s*'?node24'?\s*$/m.test(action)) {
  failed = true;
  console.error('action.yml: runs.using must be node24');
}
report('action.yml', validateAction(action.replace(/(using:\s*)'?node24'?/, "$1'node20'")));

const dir = '.github/workflows';
for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
  report(`${dir}/${name}`, validateWorkflow(readFileSync(`${dir}/${name}`, 'utf8')));
}
process.exit(failed ? 1 : 0);
