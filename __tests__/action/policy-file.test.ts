import { describe, expect, it } from 'vitest';
import { PolicyFileError, parsePolicy } from '../../src/action/policy-file.js';
import { overridesFor, rulesFor } from '../../src/action/moderation-policy.js';

const FILE = '.github/rekognition-label.yml';
const SHA = '9f2c' + 'a'.repeat(60);

/** The issue's example, with a complete sha256. */
const EXAMPLE = `moderation:
  block:                  # name -> minimum confidence
    Explicit: 50
    Hate Symbols: 50
  warn:
    Violence: 80
    Alcohol: 70
  ignore: [Weapons]
  paths:
    - match: "images/history/**"
      warn: { Violence: 95 }
  overrides:
    - path: images/biology/anatomy-01.png
      sha256: ${SHA.toUpperCase()}
      allow: [Non-Explicit Nudity of Intimate parts and Kissing]
      reason: Anatomy lesson; approved in code review
`;

function problemsOf(text: string): string[] {
  try {
    parsePolicy(text, FILE);
  } catch (error) {
    if (error instanceof PolicyFileError) return [...error.problems];
    throw error;
  }
  throw new Error('the policy was accepted');
}

describe('parsePolicy', () => {
  it('reads the documented example', () => {
    const policy = parsePolicy(EXAMPLE, FILE);
    expect(policy.source).toBe(FILE);
    expect([...policy.block]).toEqual([
      ['Explicit', 50],
      ['Hate Symbols', 50],
    ]);
    expect([...policy.warn]).toEqual([
      ['Violence', 80],
      ['Alcohol', 70],
    ]);
    expect([...policy.ignore]).toEqual(['Weapons']);
    expect(policy.paths).toHaveLength(1);
    expect(policy.paths[0]!.match).toBe('images/history/**');
    expect(policy.overrides).toEqual([
      {
        path: 'images/biology/anatomy-01.png',
        sha256: SHA, // lower-cased
        allow: ['Non-Explicit Nudity of Intimate parts and Kissing'],
        reason: 'Anatomy lesson; approved in code review',
      },
    ]);
  });

  it('applies path rules in order, a mentioned name replacing its earlier rules', () => {
    const policy = parsePolicy(
      `moderation:
  block: { Violence: 60 }
  warn: { Alcohol: 70 }
  paths:
    - match: "images/history/**"
      warn: { Violence: 95 }
    - match: "images/history/ww2/**"
      ignore: [Violence]
    - match: "**/*.png"
      block: { Alcohol: 99 }
`,
      FILE,
    );
    expect(rulesFor(policy, 'images/other.jpg')).toEqual({
      block: new Map([['Violence', 60]]),
      warn: new Map([['Alcohol', 70]]),
      ignore: new Set(),
    });
    // The history rule turns Violence's block into a warn at 95.
    expect(rulesFor(policy, 'images/history/rome.jpg')).toEqual({
      block: new Map(),
      warn: new Map([
        ['Alcohol', 70],
        ['Violence', 95],
      ]),
      ignore: new Set(),
    });
    expect(rulesFor(policy, 'images/history/ww2/map.png')).toEqual({
      block: new Map([['Alcohol', 99]]),
      warn: new Map(),
      ignore: new Set(['Violence']),
    });
  });

  it('pins an override to its path and exact bytes', () => {
    const policy = parsePolicy(EXAMPLE, FILE);
    expect(overridesFor(policy, 'images/biology/anatomy-01.png', SHA)).toHaveLength(1);
    expect(overridesFor(policy, 'images/biology/anatomy-01.png', 'b'.repeat(64))).toEqual([]);
    expect(overridesFor(policy, 'images/biology/anatomy-02.png', SHA)).toEqual([]);
  });

  it('names the line of an unknown category, and lists the valid names once', () => {
    const problems = problemsOf(`moderation:
  block:
    Explicit: 50
    Nudity: 60
  ignore: [Suggestive]
`);
    expect(problems[0]).toBe(`${FILE}:4: moderation.block: unknown category "Nudity".`);
    expect(problems[1]).toBe(
      `${FILE}:5: moderation.ignore: unknown category "Suggestive". Moderation model 7 renamed it: use "Non-Explicit Nudity of Intimate parts and Kissing" or "Swimwear or Underwear".`,
    );
    expect(problems[2]).toMatch(
      /^Valid category names \(moderation model 7\): Explicit, .*Extremist\.$/,
    );
    expect(problems).toHaveLength(3);
  });

  it.each([
    [
      'a threshold above 100',
      'moderation:\n  warn:\n    Alcohol: 101\n',
      3,
      /must be a number from 0 to 100.*not 101/,
    ],
    ['a threshold as text', 'moderation:\n  warn:\n    Alcohol: "70%"\n', 3, /not "70%"/],
    ['a negative threshold', 'moderation:\n  block: { Explicit: -1 }\n', 2, /from 0 to 100/],
    [
      'a short sha256',
      'moderation:\n  overrides:\n    - path: a.png\n      sha256: abc\n      allow: [Explicit]\n      reason: ok\n',
      4,
      /sha256 must be the file's SHA-256 in hex \(64 characters/,
    ],
    [
      'an override without a reason',
      `moderation:\n  overrides:\n    - path: a.png\n      sha256: ${SHA}\n      allow: [Explicit]\n`,
      3,
      /moderation.overrides\[0\] needs `reason`/,
    ],
    [
      'an unknown key',
      'moderation:\n  blok: { Explicit: 50 }\n',
      2,
      /unknown key "blok"; allowed: block, warn, ignore, paths, overrides/,
    ],
    ['malformed YAML', 'moderation:\n  block: [Explicit: 50\n', 3, /not valid YAML/],
    [
      'a duplicate key',
      'moderation:\n  block:\n    Explicit: 50\n    Explicit: 60\n',
      4,
      /not valid YAML/,
    ],
    ['no moderation mapping', 'block: {}\n', 1, /unknown key "block"/],
    ['an empty file', '', 1, /needs a top-level `moderation:` mapping|must be a mapping/],
    [
      'a path rule without match',
      'moderation:\n  paths:\n    - warn: { Alcohol: 50 }\n',
      3,
      /needs a `match` glob/,
    ],
    [
      'a path outside the workspace',
      `moderation:\n  overrides:\n    - path: ../a.png\n      sha256: ${SHA}\n      allow: [Explicit]\n      reason: x\n`,
      3,
      /workspace-relative path/,
    ],
    [
      'a glob with a negation',
      'moderation:\n  paths:\n    - match: "!x/**"\n      warn: { Alcohol: 50 }\n',
      3,
      /one glob without `!`/,
    ],
    [
      'an absolute glob',
      'moderation:\n  paths:\n    - match: "/etc/**"\n      warn: { Alcohol: 50 }\n',
      3,
      /match:/,
    ],
    [
      'a name both ignored and judged',
      'moderation:\n  block: { Explicit: 50 }\n  ignore: [Explicit]\n',
      3,
      /"Explicit" is ignored, so its rule for "Explicit" can never apply/,
    ],
  ])('refuses %s, naming the file and line', (_, text, line, message) => {
    const problems = problemsOf(text);
    expect(problems[0]).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:${line}: `));
    expect(problems.join('\n')).toMatch(message);
  });

  it('accepts braces in a path glob, as the images input does', () => {
    const policy = parsePolicy(
      'moderation:\n  warn: { Alcohol: 70 }\n  paths:\n    - match: "images/{health,biology}/**/*.{png,jpg}"\n      ignore: [Alcohol]\n',
      FILE,
    );
    expect(rulesFor(policy, 'images/health/wine.jpg').ignore).toEqual(new Set(['Alcohol']));
    expect(rulesFor(policy, 'images/history/wine.jpg').ignore).toEqual(new Set());
  });

  it.each([
    [
      'an empty allow',
      `moderation:\n  warn: { Alcohol: 70 }\n  overrides:\n    - path: a.png\n      sha256: ${SHA}\n      allow: []\n      reason: x\n`,
      /allow is empty/,
    ],
    [
      'an override path that can never match',
      `moderation:\n  warn: { Alcohol: 70 }\n  overrides:\n    - path: images//a.png\n      sha256: ${SHA}\n      allow: [Alcohol]\n      reason: x\n`,
      /workspace-relative path/,
    ],
    [
      'a policy with no rule at all',
      'moderation:\n  ignore: [Weapons]\n',
      /no `block` or `warn` rule, so every image would be clear/,
    ],
  ])('refuses %s', (_, text, message) => {
    expect(problemsOf(text).join('\n')).toMatch(message);
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf(
      'moderation:\n  block: { Explicit: 500 }\n  warn: { Nope: 50 }\n  ignore: Weapons\n',
    );
    expect(problems.filter((p) => p.startsWith(`${FILE}:`)).map((p) => p.split(':')[1])).toEqual([
      '2',
      '3',
      '4',
    ]);
  });
});
