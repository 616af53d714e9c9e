import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lineage } from '../src/shared/moderation-taxonomy.js';
import type { ModerationRule } from './fault-injection.js';

/**
 * The emulator has no model. Known sample photos get hand-written labels from
 * fixtures/labels.json (keyed by the SHA-256 of the file's bytes); any other image gets
 * labels derived from its hash, so identical bytes always get identical answers.
 */

export interface FixtureLabel {
  Name: string;
  Confidence: number;
  Parents?: string[];
  Categories?: string[];
  Aliases?: string[];
}

export interface FixtureModerationLabel {
  Name: string;
  Confidence: number;
  ParentName: string;
  TaxonomyLevel: number;
}

export interface FixtureEntry {
  /** The sample file the hash belongs to, for people reading the fixture. */
  file: string;
  labels: FixtureLabel[];
  moderationLabels?: FixtureModerationLabel[];
}

/** The wire shape of a DetectLabels label. */
export interface Label {
  Name: string;
  Confidence: number;
  Instances: never[];
  Parents: { Name: string }[];
  Aliases: { Name: string }[];
  Categories: { Name: string }[];
}

export type ModerationLabel = FixtureModerationLabel;

export const LABEL_MODEL_VERSION = '3.0';
export const MODERATION_MODEL_VERSION = '7.0';
/** Rekognition's documented defaults when MinConfidence is omitted. */
export const DEFAULT_MIN_CONFIDENCE = 55;
export const DEFAULT_MODERATION_MIN_CONFIDENCE = 50;

export const FIXTURES_PATH = new URL('./fixtures/labels.json', import.meta.url);

export function loadFixtures(path: URL | string = FIXTURES_PATH): Map<string, FixtureEntry> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, FixtureEntry>;
  return new Map(Object.entries(data));
}

/** Fallback vocabulary: [name, parents, category]. */
const VOCABULARY: [string, string[], string][] = [
  ['Outdoors', [], 'Nature and Outdoors'],
  ['Nature', [], 'Nature and Outdoors'],
  ['Sky', ['Nature', 'Outdoors'], 'Nature and Outdoors'],
  ['Plant', [], 'Plants and Flowers'],
  ['Tree', ['Plant'], 'Plants and Flowers'],
  ['Grass', ['Plant'], 'Plants and Flowers'],
  ['Flower', ['Plant'], 'Plants and Flowers'],
  ['Water', [], 'Nature and Outdoors'],
  ['Sea', ['Nature', 'Outdoors', 'Water'], 'Nature and Outdoors'],
  ['Mountain', ['Nature', 'Outdoors'], 'Nature and Outdoors'],
  ['Building', ['Architecture'], 'Buildings and Architecture'],
  ['Architecture', [], 'Buildings and Architecture'],
  ['City', ['Urban'], 'Buildings and Architecture'],
  ['Road', [], 'Travel and Adventure'],
  ['Car', ['Transportation', 'Vehicle'], 'Vehicles and Automotive'],
  ['Vehicle', ['Transportation'], 'Vehicles and Automotive'],
  ['Transportation', [], 'Vehicles and Automotive'],
  ['Person', [], 'Person Description'],
  ['Face', ['Head', 'Person'], 'Person Description'],
  ['Clothing', [], 'Apparel and Accessories'],
  ['Animal', [], 'Animals and Pets'],
  ['Dog', ['Animal', 'Canine', 'Mammal', 'Pet'], 'Animals and Pets'],
  ['Bird', ['Animal'], 'Animals and Pets'],
  ['Food', [], 'Food and Beverage'],
  ['Fruit', ['Food', 'Plant', 'Produce'], 'Food and Beverage'],
  ['Furniture', [], 'Home and Indoors'],
  ['Indoors', [], 'Home and Indoors'],
  ['Electronics', [], 'Technology and Computing'],
  ['Computer', ['Electronics'], 'Technology and Computing'],
  ['Text', [], 'Text and Documents'],
  ['Art', [], 'Hobbies and Interests'],
  ['Pattern', [], 'Colors and Visual Composition'],
  ['Texture', [], 'Colors and Visual Composition'],
  ['Light', [], 'Colors and Visual Composition'],
];

/** An endless byte stream derived from the image hash: sha256(hash || counter). */
function hashStream(sha256Hex: string, domain: string): () => number {
  let block = Buffer.alloc(0);
  let offset = 0;
  let counter = 0;
  return () => {
    if (offset >= block.length) {
      block = createHash('sha256').update(`${domain}:${sha256Hex}:${counter++}`).digest();
      offset = 0;
    }
    return block[offset++]!;
  };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** 5–15 labels with confidences between 50 and 99.9, fixed for a given hash. */
export function fallbackLabels(sha256Hex: string): FixtureLabel[] {
  const next = hashStream(sha256Hex, 'labels');
  const count = 5 + (next() % 11);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(next() % VOCABULARY.length);
  return [...chosen].map((index) => {
    const [name, parents, category] = VOCABULARY[index]!;
    const u16 = (next() << 8) | next();
    return {
      Name: name,
      Confidence: round(50 + (u16 / 65535) * 49.9),
      Parents: parents,
      Categories: [category],
    };
  });
}

/**
 * Labels as the service returns them: each with its ParentName and TaxonomyLevel (from the
 * taxonomy when the rule leaves them out), and the ancestors of each, at the highest
 * confidence of what is under them, when not given themselves.
 */
export function withAncestors(labels: ModerationRule['labels']): FixtureModerationLabel[] {
  const out = new Map<string, FixtureModerationLabel>();
  // The given labels first: they keep what the rule says of them.
  for (const label of labels) {
    const chain = lineage(label.Name, label.ParentName ?? '');
    out.set(label.Name, {
      Name: label.Name,
      Confidence: label.Confidence,
      ParentName: label.ParentName ?? chain[1] ?? '',
      TaxonomyLevel: label.TaxonomyLevel ?? chain.length,
    });
  }
  // Then each ancestor not given, at the highest confidence found under it.
  for (const label of labels) {
    const chain = lineage(label.Name, label.ParentName ?? '');
    chain.slice(1).forEach((name, i) => {
      if (labels.some((given) => given.Name === name)) return;
      const above = chain.slice(i + 2);
      const confidence = Math.max(out.get(name)?.Confidence ?? 0, label.Confidence);
      out.set(name, {
        Name: name,
        Confidence: confidence,
        ParentName: above[0] ?? '',
        TaxonomyLevel: above.length + 1,
      });
    });
  }
  return [...out.values()];
}

export interface LabelQuery {
  minConfidence?: number;
  maxLabels?: number;
}

function byConfidence(a: { Confidence: number; Name: string }, b: typeof a): number {
  return b.Confidence - a.Confidence || a.Name.localeCompare(b.Name);
}

const names = (list: string[] | undefined) => (list ?? []).map((Name) => ({ Name }));

export function detectLabels(
  fixtures: Map<string, FixtureEntry>,
  sha256Hex: string,
  query: LabelQuery,
): Label[] {
  const source = fixtures.get(sha256Hex)?.labels ?? fallbackLabels(sha256Hex);
  const minConfidence = query.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  return source
    .filter((label) => label.Confidence >= minConfidence)
    .sort(byConfidence)
    .slice(0, query.maxLabels ?? Infinity)
    .map((label) => ({
      Name: label.Name,
      Confidence: label.Confidence,
      Instances: [],
      Parents: names(label.Parents),
      Aliases: names(label.Aliases),
      Categories: names(label.Categories),
    }));
}

/**
 * `chosen` (a moderation rule's labels) when given, else the fixture's, else none: the
 * emulator flags only what a test or the demo asks it to.
 */
export function detectModerationLabels(
  fixtures: Map<string, FixtureEntry>,
  sha256Hex: string,
  query: Pick<LabelQuery, 'minConfidence'>,
  chosen?: ModerationRule['labels'],
): ModerationLabel[] {
  const source = chosen ? withAncestors(chosen) : (fixtures.get(sha256Hex)?.moderationLabels ?? []);
  const minConfidence = query.minConfidence ?? DEFAULT_MODERATION_MIN_CONFIDENCE;
  return source.filter((label) => label.Confidence >= minConfidence).sort(byConfidence);
}
