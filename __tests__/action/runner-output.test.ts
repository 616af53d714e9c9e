import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOutputs } from '../../local-stack/action-runner.js';
import {
  RESULTS_OUTPUT_MAX_BYTES,
  annotate,
  annotationText,
  planAnnotations,
  logResult,
  printable,
  resultsOutput,
  writeOutputs,
} from '../../src/action/runner-output.js';
import { sortByPath } from '../../src/action/workspace-files.js';
import type { ImageResult } from '../../src/action/image-result.js';
import { MemoryResults } from '../../src/action/result-list.js';

let stdout: string[];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

// Bidi embeddings, overrides and isolates; zero-width space, non-joiner, joiner, word joiner, BOM.
const INVISIBLE = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d,
  0x2060, 0xfeff,
].map((code) => [`\\u${code.toString(16)}`, String.fromCharCode(code)] as const);

function failed(path: string, error: string): ImageResult {
  return { path, key: `p/beta/${path}`, environment: 'beta', status: 'failed', labels: [], error };
}

describe('printable', () => {
  it.each(INVISIBLE)('escapes the bidi or zero-width character %s', (escaped, char) => {
    expect(printable(`cat${char}gnp.png`)).toBe(`cat${escaped}gnp.png`);
  });

  it('still escapes line breaks and control characters', () => {
    expect(printable('a\nb\rc\u0000')).toBe('a\\nb\\rc\\u0000');
  });
});

describe('annotationText', () => {
  it('keeps line breaks (core encodes them) and escapes bidi and zero-width characters', () => {
    expect(annotationText('one\ntwo \u202ex\u200b\r')).toBe('one\ntwo \\u202ex\\u200b\\r');
  });
});

describe('log lines and annotations', () => {
  it('show a Trojan Source file name escaped in the log line and in the annotation', () => {
    const result = failed('images/cat\u202egnp.png', 'images/cat\u202egnp.png: it is a \u200bGIF');
    logResult(result);
    annotate(planAnnotations(new MemoryResults([result]), true));
    const log = stdout.join('');
    expect(log).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/);
    expect(log).toContain('✖ images/cat\\u202egnp.png: failed: images/cat\\u202egnp.png');
    expect(log).toContain(
      '::error title=rekognition-label,file=images/cat\\u202egnp.png::images/cat\\u202egnp.png: it is a \\u200bGIF',
    );
  });
});

describe('the results output on a large run', () => {
  /** 5,000 labeled images with 20 labels each, and 30 failures whose paths sort last. */
  function largeRun(): ImageResult[] {
    const labels = Array.from({ length: 20 }, (_, i) => ({ name: `Label ${i}`, confidence: 90 }));
    const labeled = Array.from({ length: 5000 }, (_, i): ImageResult => {
      const path = `images/${String(i).padStart(4, '0')}.png`;
      return { path, key: `p/beta/${path}`, environment: 'beta', status: 'labeled', labels };
    });
    const failures = Array.from({ length: 30 }, (_, i) =>
      failed(`zz/broken-${String(i).padStart(2, '0')}.png`, 'it is GIF, not JPEG or PNG'),
    );
    const waiting: ImageResult = {
      path: 'yy/late.png',
      key: 'p/beta/yy/late.png',
      environment: 'beta',
      status: 'uploaded',
      labels: [],
      note: 'no result from the Lambda within 5 s',
    };
    return sortByPath([...labeled, ...failures, waiting]);
  }

  it('keeps every failed and waiting entry first, then the rest in path order', () => {
    const results = largeRun();
    const { json, kept, cut } = resultsOutput(new MemoryResults(results));
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(RESULTS_OUTPUT_MAX_BYTES);
    const entries = JSON.parse(json) as ImageResult[];
    expect(entries).toHaveLength(kept);
    expect(kept).toBeLessThan(results.length);
    expect(entries.slice(0, 30).map((r) => r.status)).toEqual(Array(30).fill('failed'));
    expect(entries[0]!.path).toBe('zz/broken-00.png');
    expect(entries[30]!.path).toBe('yy/late.png');
    expect(entries.slice(31).map((r) => r.path)).toEqual(
      results
        .filter((r) => r.status === 'labeled')
        .slice(0, kept - 31)
        .map((r) => r.path),
    );
    expect(cut).toEqual({
      kept,
      total: 5031,
      problems: 31,
      problemsKept: 31,
      failed: 30,
      failedKept: 30,
    });
  });

  it('keeps the first entries in path order without ranking them when none is a problem', () => {
    const results = largeRun().filter((r) => r.status === 'labeled');
    let factsRead = 0;
    const list = new (class extends MemoryResults {
      override facts(index: number) {
        factsRead++;
        return super.facts(index);
      }
    })(results);
    const { json, kept, cut } = resultsOutput(list);
    const entries = JSON.parse(json) as ImageResult[];
    expect(entries.map((r) => r.path)).toEqual(results.slice(0, kept).map((r) => r.path));
    expect(kept).toBeLessThan(results.length);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(RESULTS_OUTPUT_MAX_BYTES);
    expect(cut).toEqual({
      kept,
      total: 5000,
      problems: 0,
      problemsKept: 0,
      failed: 0,
      failedKept: 0,
    });
    // One look at each entry: no sort (thousands of comparisons) and no second pass.
    expect(factsRead).toBe(results.length);
  });

  it('keeps blocked entries right after the failed ones', () => {
    const results = largeRun().map((r) =>
      // One early in path order, one that the cut would otherwise leave out.
      r.path === 'images/0042.png' || r.path === 'images/4999.png'
        ? {
            ...r,
            moderation: {
              verdict: 'block' as const,
              labels: [],
              modelVersion: '7.0',
              findings: [],
            },
          }
        : r,
    );
    const blocked = results.filter((r) => r.moderation).map((r) => r.path);
    expect(blocked).toEqual(['images/0042.png', 'images/4999.png']);
    const { json } = resultsOutput(new MemoryResults(results));
    const entries = JSON.parse(json) as ImageResult[];
    expect(entries.slice(30, 30 + blocked.length).map((r) => r.path)).toEqual(blocked);
  });

  it('says what the output holds and where the rest is, in the log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'runner-output-'));
    try {
      vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
      await writeFile(join(dir, 'output'), '');
      const results = largeRun();
      const cut = await writeOutputs(
        new MemoryResults(results),
        join(dir, 'results.json'),
        'beta',
        1,
      );
      const outputs = parseOutputs(await readFile(join(dir, 'output'), 'utf8'));
      const kept = (JSON.parse(outputs.results!) as ImageResult[]).length;
      expect(cut?.kept).toBe(kept);
      expect(stdout.join('')).toContain(
        `::warning::The results output holds ${kept.toLocaleString('en-US')} of 5,031 images (all 31 failed, skipped, flagged or still waiting ones (30 failed) first, then the rest in path order; outputs are limited to 512 KiB); read results-file for all of them.`,
      );
      // The file is always complete, in path order.
      expect(JSON.parse(await readFile(join(dir, 'results.json'), 'utf8'))).toEqual(results);
    } finally {
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
