import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = new URL('../../.github/workflows/', import.meta.url);

/** `uses:` of a step or of a job (a reusable workflow), with the line's comment. */
const USES =
  /^\s*(?:-\s+)?uses:\s*(?<quote>['"]?)(?<ref>[^'"\s#]+)\k<quote>\s*(?:#\s*(?<comment>.*?))?\s*$/;
/** owner/repo[/path]@<40 hex>, and a comment naming the version, e.g. v7.0.1. */
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+(?:\.\d+){0,2}\S*$/;

/** A line with a `uses:` key, in block style or in a flow mapping ({ uses: ... }). */
const HAS_USES = /^\s*(?:-\s+)?uses:|[{,]\s*uses:/;

/** Every `uses:` in a workflow that is neither local (./) nor pinned to a commit with its version. */
function unpinned(text: string): string[] {
  const bad: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!HAS_USES.test(line)) return;
    const m = USES.exec(line);
    const { ref = '', comment = '' } = m?.groups ?? {};
    if (ref.startsWith('./')) return;
    if (!m || !PINNED.test(ref) || !VERSION_COMMENT.test(comment)) {
      bad.push(`line ${i + 1}: ${line.trim()}`);
    }
  });
  return bad;
}

/** Every `uses:` value, for the check that the test saw the workflows' steps at all. */
function allUses(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => HAS_USES.test(line))
    .map((line) => line.trim());
}

const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe('third-party actions in .github/workflows are pinned by commit SHA', () => {
  it('finds the workflows and their steps', () => {
    expect(files).toEqual(
      expect.arrayContaining(['ci.yml', 'check-dist.yml', 'e2e.yml', 'release.yml', 'codeql.yml']),
    );
    const uses = files.flatMap((name) => allUses(readFileSync(new URL(name, WORKFLOWS), 'utf8')));
    expect(uses.length).toBeGreaterThan(10);
  });

  it.each(files)('%s', (name) => {
    expect(unpinned(readFileSync(new URL(name, WORKFLOWS), 'utf8'))).toEqual([]);
  });

  it('catches a tag, a branch, a short SHA, a missing or wrong comment', () => {
    const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1';
    const workflow = [
      'steps:',
      `  - uses: actions/checkout@${sha} # v7.0.1`,
      `  - uses: 'actions/checkout@${sha}' # v7`,
      `    uses: github/codeql-action/init@${sha} # v4.36.2`,
      '  - uses: ./',
      '  - uses: ./.github/actions/local',
      '  - uses: actions/checkout@v5',
      '  - uses: actions/checkout@main # v7.0.1',
      '  - uses: actions/checkout@3d3c42e # v7.0.1',
      `  - uses: actions/checkout@${sha}`,
      `  - uses: actions/checkout@${sha} # latest`,
      `  - uses: actions/checkout@${sha.toUpperCase()} # v7.0.1`,
      '  - uses: docker://alpine:3.20',
      `    uses: org/repo/.github/workflows/reusable.yml@${sha} # v2.1.0`,
      `  call: { uses: org/repo/.github/workflows/reusable.yml@${sha} } # v2.1.0`,
    ].join('\n');
    expect(unpinned(workflow)).toEqual([
      'line 7: - uses: actions/checkout@v5',
      'line 8: - uses: actions/checkout@main # v7.0.1',
      'line 9: - uses: actions/checkout@3d3c42e # v7.0.1',
      `line 10: - uses: actions/checkout@${sha}`,
      `line 11: - uses: actions/checkout@${sha} # latest`,
      `line 12: - uses: actions/checkout@${sha.toUpperCase()} # v7.0.1`,
      'line 13: - uses: docker://alpine:3.20',
      `line 15: call: { uses: org/repo/.github/workflows/reusable.yml@${sha} } # v2.1.0`,
    ]);
  });
});
