import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageResult, ResultModeration } from '../../src/action/image-result.js';
import { MAX_REVIEW_ROWS } from '../../src/action/moderation-summary.js';
import { escapeHtml } from '../../src/action/markdown-escape.js';
import { moderationFailure } from '../../src/action/moderation-outcome.js';
import { BUILT_IN_POLICY } from '../../src/action/moderation-policy.js';
import { MemoryResults, countResults } from '../../src/action/result-list.js';
import { ResultSpool } from '../../src/action/result-spool.js';
import { annotate, planAnnotations } from '../../src/action/runner-output.js';
import type { RunReport } from '../../src/action/run-report.js';
import { renderSummary } from '../../src/action/summary.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let stdout: string[];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

function moderated(path: string, moderation: Partial<ResultModeration>): ImageResult {
  return {
    path,
    key: `p/beta/${path}`,
    environment: 'beta',
    status: 'labeled',
    labels: [{ name: 'Cat', confidence: 99 }],
    sha256: 'a'.repeat(64),
    moderation: { verdict: 'clear', labels: [], modelVersion: '7.0', findings: [], ...moderation },
  };
}

const blocked = (path: string, name = 'Explicit Nudity') =>
  moderated(path, {
    verdict: 'block',
    findings: [{ name, confidence: 88.46, rule: 'Explicit', level: 'block', threshold: 50 }],
  });
const warned = (path: string) =>
  moderated(path, {
    verdict: 'warn',
    findings: [{ name: 'Weapons', confidence: 81, rule: 'Violence', level: 'warn', threshold: 80 }],
  });
const approved = (path: string, reason: string) =>
  moderated(path, { verdict: 'approved', override: { reason, allow: ['Explicit'] } });

function report(results: ImageResult[]): RunReport {
  return {
    mode: 'direct',
    environment: 'beta',
    region: 'eu-west-1',
    bucket: '',
    table: 't',
    repository: 'o/r',
    serverUrl: 'https://github.com',
    commit: 'abc',
    results: new MemoryResults(results),
    moderation: { policySource: '.github/rekognition-label.yml' },
    calls: { 'rekognition:DetectLabels': 3, 'rekognition:DetectModerationLabels': 3 },
  };
}

describe('the summary with moderation', () => {
  it('puts "Needs review" first, blocked before warned, with what decided each, escaped', () => {
    const { markdown } = renderSummary(
      report([
        warned('images/a-warned.png'),
        moderated('images/clear.png', {}),
        blocked('images/<b>bad</b>.png', '<script>x</script>'),
        approved('images/ok.png', 'Anatomy <lesson> | approved'),
      ]),
    );
    const review = markdown.indexOf('### Needs review');
    const table = markdown.indexOf('### All images');
    expect(review).toBeGreaterThan(-1);
    expect(review).toBeLessThan(table);
    const section = markdown.slice(review, table);
    expect(section).toContain('1 blocked, 1 warned by .github/rekognition-label.yml');
    expect(section.indexOf(escapeHtml('<b>bad'))).toBeLessThan(section.indexOf('a-warned.png'));
    expect(section).toContain(escapeHtml('<script>x</script> 88.5% (block: Explicit ≥ 50)'));
    expect(section).not.toContain('clear.png');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain(`👍 approved: ${escapeHtml('Anatomy <lesson> | approved')}`);
    expect(markdown).toContain('Moderation: 1 blocked, 1 warned, 1 approved.');
    expect(markdown).toContain(
      'Rekognition calls: 3 DetectLabels, 3 DetectModerationLabels (each billed as one image).',
    );
  });

  it('says when nothing needs review, and shows no verdict column without moderation', () => {
    const clean = renderSummary(report([moderated('images/clear.png', {})])).markdown;
    expect(clean).toContain('Nothing: no image is blocked or warned');
    const off = renderSummary({ ...report([]), moderation: undefined }).markdown;
    expect(off).not.toContain('Needs review');
    const plain = renderSummary({
      ...report([moderated('images/clear.png', {})]),
      moderation: undefined,
    }).markdown;
    expect(plain).not.toContain('<th>Verdict</th>');
  });

  it('lists at most MAX_REVIEW_ROWS, and counts the rest', () => {
    const many = Array.from({ length: MAX_REVIEW_ROWS + 5 }, (_, i) =>
      blocked(`images/${String(i).padStart(3, '0')}.png`),
    );
    const { markdown } = renderSummary(report(many));
    const section = markdown.slice(
      markdown.indexOf('### Needs review'),
      markdown.indexOf('### All images'),
    );
    expect(section.match(/<tr><td>/g)).toHaveLength(MAX_REVIEW_ROWS);
    expect(section).toContain('…and 5 more');
  });
});

describe('annotations and counts with moderation', () => {
  it('annotates blocked files as errors and warned files as warnings, with why', () => {
    const results = new MemoryResults([
      blocked('images/b.png'),
      warned('images/w.png'),
      approved('images/a.png', 'ok'),
    ]);
    annotate(planAnnotations(results, true));
    const out = stdout.join('');
    expect(out).toContain(
      '::error title=rekognition-label,file=images/b.png::Blocked by the moderation policy: Explicit Nudity 88.5%25 (block: Explicit ≥ 50)',
    );
    expect(out).toContain(
      '::warning title=rekognition-label,file=images/w.png::Moderation warning: Weapons 81.0%25 (warn: Violence ≥ 80)',
    );
    expect(out).not.toContain('images/a.png');
  });

  it('counts blocked, flagged and approved from the facts alone, also from the spool', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moderation-spool-'));
    try {
      const list = [
        blocked('b.png'),
        warned('w.png'),
        approved('a.png', 'ok'),
        moderated('c.png', {}),
      ];
      const spool = new ResultSpool(join(dir, 'spool.jsonl'), list.length);
      list.forEach((r, i) => spool.put(i, r));
      for (const results of [new MemoryResults(list), spool]) {
        expect(countResults(results)).toMatchObject({
          blocked: 1,
          flagged: 2,
          approved: 1,
          notModerated: 0,
        });
      }
      expect(spool.facts(0).verdict).toBe('block');
      expect(spool.facts(3).verdict).toBe('clear');
      spool.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('moderationFailure', () => {
  const results = new MemoryResults([blocked('images/b.png'), warned('images/w.png')]);

  it('fails with fail, naming the blocked files and how to approve one', () => {
    expect(moderationFailure(results, { moderation: 'fail' }, BUILT_IN_POLICY)).toMatch(
      /^1 image\(s\) are blocked by the moderation policy \(the built-in policy\) and not approved: images\/b.png\. .*add an override/,
    );
  });

  it('never fails with report, or without a policy', () => {
    expect(moderationFailure(results, { moderation: 'report' }, BUILT_IN_POLICY)).toBeUndefined();
    expect(moderationFailure(results, { moderation: 'fail' }, undefined)).toBeUndefined();
  });

  it('fails for images the Lambda did not moderate, saying how to turn it on', () => {
    const lambda = new MemoryResults([moderated('images/l.png', { verdict: 'not-moderated' })]);
    expect(moderationFailure(lambda, { moderation: 'fail' }, BUILT_IN_POLICY)).toMatch(
      /without moderation.*MODERATION=on/,
    );
  });
});
