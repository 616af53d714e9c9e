import { describe, expect, it } from 'vitest';
import type { ImageDiff } from '../../src/action/review-diff.js';
import { diffList } from '../../src/action/diff-spool.js';
import {
  COMMENT_MAX_CHARS,
  type ReviewReport,
  commentMarker,
  renderReviewComment,
} from '../../src/action/review-report.js';

const head = { serverUrl: 'https://github.com', repository: 'o/r', commit: 'c'.repeat(40) };
const base = { ...head, commit: 'b'.repeat(40) };

function diff(path: string, extra: Partial<ImageDiff> = {}): ImageDiff {
  return {
    path,
    change: 'changed',
    fileStatus: 'modified',
    compared: true,
    status: 'labeled',
    labels: [{ name: 'Cat', confidence: 97 }],
    labelsAdded: [],
    labelsRemoved: [],
    confidenceMoves: [],
    ...extra,
  };
}

function report(
  diffs: ImageDiff[],
  extra: Partial<Omit<ReviewReport, 'diffs'>> = {},
): ReviewReport {
  return {
    key: 'default',
    head,
    base,
    thumbnails: true,
    moderation: false,
    environment: 'beta',
    compareEnvironment: 'prod',
    diffs: diffList(diffs),
    source: "pull request #4's files",
    notes: [],
    runUrl: 'https://github.com/o/r/actions/runs/9',
    ...extra,
  };
}

const sections = (md: string) =>
  [...md.matchAll(/^### (.+?) \(\d+\)$|<summary><strong>(.+?) \(/gm)].map((m) => m[1] ?? m[2]);

describe('renderReviewComment', () => {
  it('starts with the marker and orders blocked, warned, changed, new, removed, same bytes', () => {
    const md = renderReviewComment(
      report([
        diff('b.png', { verdict: 'block' }),
        diff('w.png', { verdict: 'warn' }),
        diff('c.png'),
        diff('n.png', { change: 'new' }),
        diff('r.png', { change: 'removed', status: undefined }),
        diff('u.png', { change: 'unchanged' }),
      ]),
    );
    expect(md.startsWith(`${commentMarker('default')}\n## Rekognition review`)).toBe(true);
    expect(sections(md)).toEqual([
      '⛔ Blocked',
      '⚠️ Warned',
      '✏️ Changed',
      '🆕 New',
      '🗑️ Removed',
      '♻️ Same bytes as before',
    ]);
    expect(md).toContain(
      '<strong>6 images</strong> changed at <code>cccccccccccc</code>, compared with <strong>prod</strong>',
    );
  });

  it('never shows a thumbnail of a blocked image, here or in prod, and links thumbnails by blob ?raw=true', () => {
    const md = renderReviewComment(
      report([
        diff('blocked.png', { verdict: 'block' }),
        diff('was-blocked.png', { verdict: 'clear', compareVerdict: 'block' }),
        diff('fine.png'),
        diff('gone.png', { change: 'removed', status: undefined }),
      ]),
    );
    const imgs = [...md.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(imgs).toEqual([
      `https://github.com/o/r/blob/${head.commit}/fine.png?raw=true`,
      `https://github.com/o/r/blob/${base.commit}/gone.png?raw=true`,
    ]);
    expect(md).not.toContain('raw.githubusercontent.com');
    expect(renderReviewComment(report([diff('fine.png')], { thumbnails: false }))).not.toContain(
      '<img',
    );
  });

  it('with moderation on, shows only images whose verdict is known and not block', () => {
    const md = renderReviewComment(
      report(
        [
          diff('clear.png', { verdict: 'clear' }),
          diff('warned.png', { verdict: 'warn' }),
          diff('fork.png', { status: 'checked' }),
          diff('lambda.png', { verdict: 'not-moderated' }),
          diff('gone-unknown.png', { change: 'removed', status: undefined }),
          diff('gone-clear.png', { change: 'removed', status: undefined, compareVerdict: 'clear' }),
        ],
        { moderation: true },
      ),
    );
    const imgs = [...md.matchAll(/<img src="[^"]+\/([^/"?]+)\?raw=true"/g)].map((m) => m[1]);
    expect(imgs.sort()).toEqual(['clear.png', 'gone-clear.png', 'warned.png']);
  });

  it('shows label changes, moves, a verdict change and a rename', () => {
    const md = renderReviewComment(
      report([
        diff('new/x.png', {
          previousPath: 'old/x.png',
          labelsAdded: [{ name: 'Sofa', confidence: 80.4 }],
          labelsRemoved: [{ name: 'Dog', confidence: 60 }],
          confidenceMoves: [{ name: 'Cat', before: 90, after: 70 }],
          verdict: 'warn',
          compareVerdict: 'clear',
        }),
      ]),
    );
    expect(md).toContain('<sub>from old/x.png</sub>');
    expect(md).toContain(
      '<strong>added:</strong> Sofa 80.4%<br><strong>removed:</strong> Dog 60.0%<br><strong>moved:</strong> Cat 90.0 → 70.0%',
    );
    expect(md).toContain('⚠️ warn (was 🟢 clear)');
  });

  it('escapes file names and labels', () => {
    const md = renderReviewComment(
      report([
        diff('<img src=x onerror=alert(1)>.png', {
          labels: [{ name: '[x](javascript:y)', confidence: 90 }],
        }),
      ]),
    );
    expect(md).not.toContain('<img src=x');
    expect(md).not.toContain('](javascript');
    expect(md).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;.png');
  });

  it('says so when the pull request changes no image', () => {
    const md = renderReviewComment(report([]));
    expect(md).toBe(
      `${commentMarker('default')}\n## Rekognition review\n\nNo image is changed by this pull request at <code>cccccccccccc</code>: nothing to label or review (pull request &#35;4&#39;s files).\n\n`,
    );
  });

  it('keeps 500 changed images under 60,000 characters, counting the rest for the job summary', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      diff(`images/unit-${String(i).padStart(3, '0')}/a-rather-long-file-name-${i}.png`, {
        labelsAdded: Array.from({ length: 8 }, (_, j) => ({
          name: `Label number ${j}`,
          confidence: 90,
        })),
      }),
    );
    const md = renderReviewComment(report(many));
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const rows = md.split('\n').filter((l) => l.startsWith('<tr><td>')).length;
    expect(rows).toBeGreaterThan(50);
    expect(rows).toBeLessThan(500);
    expect(md).toContain(
      `⚠️ ${500 - rows} more in <a href="https://github.com/o/r/actions/runs/9">the job summary</a>`,
    );
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('keeps a blocked image even when the changed ones fill the comment', () => {
    const many = Array.from({ length: 2000 }, (_, i) => diff(`c${i}.png`));
    const md = renderReviewComment(report([diff('z-blocked.png', { verdict: 'block' }), ...many]));
    expect(md).toContain('z-blocked.png');
    expect(md.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
  });
});
