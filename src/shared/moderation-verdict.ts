import { compareCodeUnits } from './compare.js';
import { lineage } from './moderation-taxonomy.js';

/** One label as DetectModerationLabels returned it (and as the item stores it). */
export interface ModerationLabel {
  name: string;
  /** "" at the top level. */
  parentName: string;
  taxonomyLevel: number;
  confidence: number;
}

/** What the policy says for one image's path: name -> minimum confidence, and names dropped. */
export interface ModerationRules {
  block: ReadonlyMap<string, number>;
  warn: ReadonlyMap<string, number>;
  ignore: ReadonlySet<string>;
}

/** A person's decision for one file's exact bytes: these names are fine there. */
export interface ModerationOverride {
  path: string;
  sha256: string;
  allow: readonly string[];
  reason: string;
}

export type Verdict = 'block' | 'warn' | 'clear' | 'approved';

/** A label that decided the verdict, and the rule that it met. */
export interface Finding {
  name: string;
  confidence: number;
  /** The policy name that matched: the label's own, or an ancestor's. */
  rule: string;
  level: 'block' | 'warn';
  threshold: number;
}

export interface Judgement {
  verdict: Verdict;
  /** What blocked or warned (for `approved`: what the override allowed), block first. */
  findings: Finding[];
  /** Set when an override turned block or warn into approved. */
  override?: { reason: string; allow: readonly string[] };
}

/**
 * Drops the ignored labels: those named in `ignore` or under such a name, and a label
 * Rekognition returned above them that is left with nothing under it. Rekognition returns the
 * ancestors of what it found; ignoring "Weapons" must not leave the "Violence" that only
 * stood for the weapons. An ancestor with other labels under it, or returned alone, stays.
 */
export function withoutIgnored(
  labels: readonly ModerationLabel[],
  ignore: ReadonlySet<string>,
): ModerationLabel[] {
  if (ignore.size === 0) return [...labels];
  const ignored = (label: ModerationLabel) =>
    lineage(label.name, label.parentName).some((name) => ignore.has(name));
  const kept = labels.filter((label) => !ignored(label));
  const under = (ancestor: string, list: readonly ModerationLabel[]) =>
    list.some(
      (label) =>
        label.name !== ancestor && lineage(label.name, label.parentName).includes(ancestor),
    );
  return kept.filter((label) => !under(label.name, labels) || under(label.name, kept));
}

/**
 * The most severe rule a label meets. A label is judged by the nearest name with a rule at that
 * level (its own, then its parent's, then the top level's), so a rule for "Explicit" covers
 * every label under it unless a rule for a name below says otherwise.
 */
function findingFor(label: ModerationLabel, rules: ModerationRules): Finding | undefined {
  const chain = lineage(label.name, label.parentName);
  for (const level of ['block', 'warn'] as const) {
    const rule = chain.find((name) => rules[level].has(name));
    if (rule === undefined) continue;
    const threshold = rules[level].get(rule)!;
    if (label.confidence >= threshold) {
      return { name: label.name, confidence: label.confidence, rule, level, threshold };
    }
  }
  return undefined;
}

/**
 * Leaves out a finding whose label has a finding of the same level under it: Rekognition returns
 * `Explicit` with `Explicit Nudity`, and the finer one says more (the verdict is the same).
 */
function mostSpecific(findings: Finding[], labels: readonly ModerationLabel[]): Finding[] {
  const chainOf = (name: string) =>
    lineage(name, labels.find((l) => l.name === name)?.parentName ?? '');
  return findings.filter(
    (finding) =>
      !findings.some(
        (other) =>
          other !== finding &&
          other.level === finding.level &&
          chainOf(other.name).slice(1).includes(finding.name),
      ),
  );
}

const SEVERITY = { block: 0, warn: 1 } as const;

function byFinding(a: Finding, b: Finding): number {
  return (
    SEVERITY[a.level] - SEVERITY[b.level] ||
    b.confidence - a.confidence ||
    compareCodeUnits(a.name, b.name)
  );
}

/** Whether `allow` names the label or one of its ancestors. */
function allowed(finding: Finding, labels: readonly ModerationLabel[], allow: readonly string[]) {
  const label = labels.find((l) => l.name === finding.name);
  return lineage(finding.name, label?.parentName).some((name) => allow.includes(name));
}

/**
 * The verdict for one image: `block` if any label meets a block rule, else `warn` if any meets a
 * warn rule, else `clear`. An override for this path and these exact bytes that allows every
 * label that blocked or warned makes it `approved`; one that leaves any of them out does not
 * apply (changed bytes are judged again, and so is a new kind of finding).
 */
export function judge(
  labels: readonly ModerationLabel[],
  rules: ModerationRules,
  overrides: readonly ModerationOverride[] = [],
): Judgement {
  const kept = withoutIgnored(labels, rules.ignore);
  const findings = mostSpecific(
    kept
      .map((label) => findingFor(label, rules))
      .filter((finding): finding is Finding => finding !== undefined),
    kept,
  ).sort(byFinding);
  if (findings.length === 0) return { verdict: 'clear', findings };
  const verdict = findings[0]!.level;
  const override = overrides.find((o) => findings.every((f) => allowed(f, kept, o.allow)));
  if (!override) return { verdict, findings };
  return {
    verdict: 'approved',
    findings,
    override: { reason: override.reason, allow: override.allow },
  };
}
