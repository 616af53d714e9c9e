import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, codeBlocks, documentationFiles } from './markdown.js';

/** Every ```yaml and shell block of the documentation, named by its file and line. */
const blocks = documentationFiles().flatMap((file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return ['yaml', 'yml', 'sh', 'bash', 'shell'].flatMap((language) =>
    codeBlocks(text, language).map(({ code, line }) => ({ name: `${file}:${line}`, code })),
  );
});

describe('documented gates on the results', () => {
  it.each(blocks)(
    '$name reads results-file, never the capped results output, when it runs jq',
    ({ code }) => {
      if (!/\bjq\b/.test(code)) return;
      // `outputs.results }}` (not `outputs.results-file`) holds only part of a large run.
      expect(code).not.toMatch(/outputs\.results\s*\}\}/);
    },
  );
});
