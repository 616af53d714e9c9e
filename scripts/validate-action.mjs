// Validates action.yml and every workflow offline with @action-validator/core.
// Its 0.6.0 schema predates the node24 runtime, so action.yml is checked with
// `using` swapped to a value the schema knows, and node24 is asserted here.
// It has no schema for .github/dependabot.yml: that file's YAML syntax is checked with the
// validator's parser (its parse_error), then the keys every update entry needs, line by line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
const dependabot = '.github/dependabot.yml';
if (existsSync(dependabot)) {
  const text = readFileSync(dependabot, 'utf8');
  const errors = validateWorkflow(text).errors.filter((e) => e.code === 'parse_error');
  if (!/^version: 2\s*$/m.test(text)) errors.push({ title: 'version: 2 is missing' });
  const entries = text.split(/^ {2}- (?=package-ecosystem:)/m).slice(1);
  if (entries.length === 0) errors.push({ title: 'updates: has no package-ecosystem entry' });
  for (const entry of entries) {
    const ecosystem = /^package-ecosystem:\s*(\S+)/.exec(entry)?.[1];
    if (!['npm', 'github-actions'].includes(ecosystem ?? '')) {
      errors.push({ title: `unexpected package-ecosystem ${ecosystem}` });
    }
    if (!/^ {4}directory:\s*\S/m.test(entry)) errors.push({ title: `${ecosystem}: no directory` });
    if (!/^ {6}interval:\s*(daily|weekly|monthly)\s*$/m.test(entry)) {
      errors.push({ title: `${ecosystem}: schedule.interval must be daily, weekly or monthly` });
    }
  }
  report(dependabot, { errors });
}

process.exit(failed ? 1 : 0);
