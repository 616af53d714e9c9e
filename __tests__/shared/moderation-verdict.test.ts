import { describe, expect, it } from 'vitest';
import {
  type ModerationLabel,
  type ModerationRules,
  judge,
  withoutIgnored,
} from '../../src/shared/moderation-verdict.js';
import {
  MODERATION_NAMES,
  isModerationName,
  lineage,
  taxonomyLevel,
} from '../../src/shared/moderation-taxonomy.js';

/** A label as Rekognition returns it, its parent and level from the taxonomy. */
function label(name: string, confidence: number): ModerationLabel {
  const chain = lineage(name);
  return { name, parentName: chain[1] ?? '', taxonomyLevel: chain.length, confidence };
}

function rules(
  block: Record<string, number> = {},
  warn: Record<string, number> = {},
  ignore: string[] = [],
): ModerationRules {
  return {
    block: new Map(Object.entries(block)),
    warn: new Map(Object.entries(warn)),
    ignore: new Set(ignore),
  };
}

describe('the moderation taxonomy (model 7)', () => {
  it('knows the ten top-level categories and their children', () => {
    expect(MODERATION_NAMES.filter((n) => taxonomyLevel(n) === 1)).toEqual([
      'Explicit',
      'Non-Explicit Nudity of Intimate parts and Kissing',
      'Swimwear or Underwear',
      'Violence',
      'Visually Disturbing',
      'Drugs & Tobacco',
      'Alcohol',
      'Rude Gestures',
      'Gambling',
      'Hate Symbols',
    ]);
    expect(lineage('Exposed Male Genitalia')).toEqual([
      'Exposed Male Genitalia',
      'Explicit Nudity',
      'Explicit',
    ]);
    expect(taxonomyLevel('Weapons')).toBe(2);
    expect(isModerationName('Suggestive')).toBe(false);
  });

  it("follows Rekognition's ParentName for a name it does not know", () => {
    expect(lineage('New Thing', 'Weapons')).toEqual(['New Thing', 'Weapons', 'Violence']);
  });
});

describe('judge', () => {
  it('blocks over warns over clear, by the label or any ancestor', () => {
    const policy = rules({ Explicit: 50 }, { Violence: 80 });
    expect(judge([label('Exposed Male Genitalia', 51)], policy).verdict).toBe('block');
    expect(judge([label('Weapons', 81)], policy).verdict).toBe('warn');
    expect(judge([label('Weapons', 79)], policy).verdict).toBe('clear');
    expect(judge([], policy)).toEqual({ verdict: 'clear', findings: [] });
    const both = judge([label('Weapons', 90), label('Explicit', 60)], policy);
    expect(both.verdict).toBe('block');
    expect(both.findings).toEqual([
      { name: 'Explicit', confidence: 60, rule: 'Explicit', level: 'block', threshold: 50 },
      { name: 'Weapons', confidence: 90, rule: 'Violence', level: 'warn', threshold: 80 },
    ]);
  });

  it('reports the most specific label of each finding, not the ancestors returned with it', () => {
    const policy = rules({ Explicit: 50 }, { Violence: 60 });
    const found = judge(
      [
        label('Explicit', 88),
        label('Explicit Nudity', 88),
        label('Violence', 70),
        label('Weapons', 65),
      ],
      policy,
    );
    expect(found.findings.map((f) => [f.name, f.level])).toEqual([
      ['Explicit Nudity', 'block'],
      ['Weapons', 'warn'],
    ]);
    // An ancestor that meets a rule its child does not is kept.
    const only = judge([label('Violence', 70), label('Weapons', 55)], policy);
    expect(only.findings.map((f) => f.name)).toEqual(['Violence']);
  });

  it('meets a threshold at exactly its value', () => {
    expect(judge([label('Alcohol', 70)], rules({}, { Alcohol: 70 })).verdict).toBe('warn');
    expect(judge([label('Alcohol', 69.99)], rules({}, { Alcohol: 70 })).verdict).toBe('clear');
  });

  it('judges a label by the nearest name with a rule, so a rule below narrows one above', () => {
    const policy = rules({ Explicit: 50, 'Explicit Nudity': 90 });
    expect(judge([label('Exposed Female Nipple', 70)], policy).verdict).toBe('clear');
    expect(judge([label('Sex Toys', 70)], policy).verdict).toBe('block');
    // The top-level label Rekognition returns alongside is judged by the top-level rule.
    expect(judge([label('Explicit', 70), label('Exposed Female Nipple', 70)], policy).verdict).toBe(
      'block',
    );
  });

  it('drops ignored names, what is under them, and an ancestor that stood only for them', () => {
    const labels = [label('Violence', 95), label('Weapons', 95)];
    expect(withoutIgnored(labels, new Set(['Weapons']))).toEqual([]);
    const policy = rules({}, { Violence: 80 }, ['Weapons']);
    expect(judge(labels, policy).verdict).toBe('clear');
    // Something else under Violence keeps it.
    const more = [...labels, label('Graphic Violence', 85)];
    expect(withoutIgnored(more, new Set(['Weapons'])).map((l) => l.name)).toEqual([
      'Violence',
      'Graphic Violence',
    ]);
    expect(judge(more, policy).verdict).toBe('warn');
    // Returned alone, the top level stays.
    expect(judge([label('Violence', 95)], policy).verdict).toBe('warn');
    // Ignoring a top level drops everything under it.
    expect(withoutIgnored(more, new Set(['Violence']))).toEqual([]);
  });

  it('approves with an override that allows every finding, and says why', () => {
    const labels = [label('Non-Explicit Nudity', 88), label('Weapons', 85)];
    const policy = rules(
      { 'Non-Explicit Nudity of Intimate parts and Kissing': 60 },
      { Weapons: 80 },
    );
    const anatomy = {
      path: 'a.png',
      sha256: 'f'.repeat(64),
      allow: ['Non-Explicit Nudity of Intimate parts and Kissing'],
      reason: 'Anatomy',
    };
    // It does not cover the weapons: it does not apply.
    expect(judge(labels, policy, [anatomy]).verdict).toBe('block');
    const wide = { ...anatomy, allow: [...anatomy.allow, 'Violence'] };
    const approved = judge(labels, policy, [anatomy, wide]);
    expect(approved.verdict).toBe('approved');
    expect(approved.override).toEqual({ reason: 'Anatomy', allow: wide.allow });
    expect(approved.findings.map((f) => f.name)).toEqual(['Non-Explicit Nudity', 'Weapons']);
    // Nothing to approve: an override leaves a clear image clear.
    expect(judge([], policy, [wide]).verdict).toBe('clear');
  });
});

describe('the built-in policy', () => {
  it('names only categories of the taxonomy, and lists them depth first', async () => {
    const { BUILT_IN_POLICY } = await import('../../src/action/moderation-policy.js');
    for (const name of [...BUILT_IN_POLICY.block.keys(), ...BUILT_IN_POLICY.warn.keys()]) {
      expect(isModerationName(name), name).toBe(true);
    }
    expect(MODERATION_NAMES).toHaveLength(52);
    expect(MODERATION_NAMES.slice(0, 3)).toEqual([
      'Explicit',
      'Explicit Nudity',
      'Exposed Male Genitalia',
    ]);
  });

  it('blocks explicit content and warns on what lessons may show', async () => {
    const { BUILT_IN_POLICY, rulesFor } = await import('../../src/action/moderation-policy.js');
    const rules = rulesFor(BUILT_IN_POLICY, 'images/any.png');
    expect(judge([label('Exposed Female Nipple', 55)], rules).verdict).toBe('block');
    expect(judge([label('Swimwear or Underwear', 85)], rules).verdict).toBe('warn');
    expect(judge([label('Swimwear or Underwear', 75)], rules).verdict).toBe('clear');
    expect(judge([label('Blood & Gore', 85)], rules).verdict).toBe('block');
    expect(judge([label('Blood & Gore', 70)], rules).verdict).toBe('warn');
  });
});
