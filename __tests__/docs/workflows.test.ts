import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, codeBlocks } from './markdown.js';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (source: string) => { errors: unknown[] };
};

/** The complete workflows documented in README.md and docs/*.md, at least this many. */
const DOCUMENTED_WORKFLOWS = 5;

const files = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** Every ```yaml block, named by its file and line. */
const yamlBlocks = files.flatMap((file) =>
  codeBlocks(readFileSync(join(ROOT, file), 'utf8'), 'yaml').map(({ code, line }) => ({
    name: `${file}:${line}`,
    code,
  })),
);

/** A block is a complete workflow when it has the top-level keys `on:` and `jobs:`. */
const workflows = yamlBlocks.filter(({ code }) => /^on:/m.test(code) && /^jobs:/m.test(code));

/** Each `uses:` of a block: the reference and the comment after it. */
function uses(code: string): { ref: string; comment: string }[] {
  return [...code.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)[ \t]*(?:#[ \t]*(.*))?$/gm)].map(
    ([, ref, comment]) => ({ ref: ref!, comment: (comment ?? '').trim() }),
  );
}

const firstParty = (ref: string) =>
  ref.startsWith('./') || ref.startsWith('pixel-learning/rekognition-label@');

describe('the workflows in the documentation', () => {
  it(`holds at least ${DOCUMENTED_WORKFLOWS} complete workflows`, () => {
    expect(workflows.map(({ name }) => name).length).toBeGreaterThanOrEqual(DOCUMENTED_WORKFLOWS);
  });

  it.each(workflows)('$name is a valid workflow (@action-validator/core)', ({ code }) => {
    // The validator warns that it cannot check `paths:` globs yet; nothing else is expected.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { errors } = validateWorkflow(code);
    expect(errors).toEqual([]);
    for (const [message] of warn.mock.calls) {
      expect(String(message)).toMatch(/^WARNING: Glob validation is not yet supported/);
    }
  });

  it.each(workflows)('$name runs only for its paths, one run at a time', ({ code }) => {
    // workflow_run has no path filter: it runs when the workflow it follows did, which has one.
    if (/^\s+workflow_run:/m.test(code)) expect(code).toMatch(/^\s+workflows: \[/m);
    else expect(code).toMatch(/^\s+paths:/m);
    expect(code).toMatch(/^\s*concurrency:\s*(#.*)?\n\s+group:/m);
    expect(code).toMatch(/^\s+cancel-in-progress:/m);
  });

  it.each(yamlBlocks)(
    '$name pins every third-party action by commit SHA, with its version',
    ({ code }) => {
      for (const { ref, comment } of uses(code).filter(({ ref }) => !firstParty(ref))) {
        expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, `${ref}: a "# vX.Y.Z" comment`).toMatch(/^v\d+\.\d+\.\d+$/);
      }
    },
  );

  it('pins each action to one commit everywhere, and the action itself to its major tag', () => {
    const pins = new Map<string, Set<string>>();
    for (const { code } of yamlBlocks) {
      for (const { ref, comment } of uses(code)) {
        const [action] = ref.split('@');
        if (action === 'pixel-learning/rekognition-label') {
          expect(ref).toBe('pixel-learning/rekognition-label@v1');
          continue;
        }
        pins.set(action!, (pins.get(action!) ?? new Set()).add(`${ref} # ${comment}`));
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    for (const [action, refs] of pins) expect([...refs], action).toHaveLength(1);
  });

  it('deploys the backend from CI: cdk diff on pull requests, deploy in environment prod', () => {
    const backend = workflows.filter(({ code }) => code.includes('npm run cdk --'));
    expect(backend).toHaveLength(1);
    const { code } = backend[0]!;
    expect(code).toMatch(
      /pull_request:\n\s+paths: \[infra\/\*\*, dist\/lambda\/\*\*, dist\/label-index\/\*\*, package-lock\.json\]/,
    );
    expect(code).toMatch(/^\s+- run: npm run cdk -- diff/m);
    expect(code).toMatch(/^\s+- run: npm run cdk -- deploy --require-approval never$/m);
    expect(code).toMatch(/^\s+environment: prod\b/m);
    expect(code).toMatch(/^\s+id-token: write\b/m);
    expect(code).toMatch(/^\s+contents: read$/m);
    expect(code).toMatch(/-deploy[^\n]*\n\s+cancel-in-progress: false\b/);
  });
});
