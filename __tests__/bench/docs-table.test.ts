import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatTable, type Row } from '../../bench/table.js';

const DOC = 'docs/benchmarks.md';

/** The consecutive lines of `text` from the one starting with `first` while they start with `|`. */
function tableFrom(text: string, first: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(first));
  if (start < 0) throw new Error(`${DOC} has no table starting "${first}"`);
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  return lines.slice(start, end).join('\n');
}

describe('docs/benchmarks.md', () => {
  // The page quotes a run; the table must be that run's, not edited or another run's.
  it('shows the table of the run whose JSON it names, as the bench printed it', async () => {
    const doc = await readFile(DOC, 'utf8');
    const named =
      /\*\*Command:\*\* `npm run bench -- [^`]*--json (docs\/bench-runs\/[\w.-]+\.json)`/.exec(doc);
    expect(named, 'the Command bullet names the JSON of the run').not.toBeNull();
    const { rows } = JSON.parse(await readFile(named![1]!, 'utf8')) as { rows: Row[] };
    expect(rows.length).toBeGreaterThan(10);
    expect(tableFrom(doc, '| scenario ')).toBe(formatTable(rows).trimEnd());
  });
});
