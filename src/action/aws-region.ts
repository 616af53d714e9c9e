import { partition } from '@aws-sdk/core/client';

/**
 * A region code: `us-east-1`, `us-gov-west-1`, `us-isob-east-1`, `eusc-de-east-1`. Only the shape;
 * whether the region exists is asked of the SDK.
 */
const REGION_SHAPE = /^[a-z]{2,4}(?:-[a-z]+){1,2}-\d{1,2}$/;

/** Characters region codes are made of, for building the near misses of a typo. */
const REGION_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

/** Suggestions stop at this many edits: further away, a guess is more confusing than helpful. */
const MAX_SUGGESTION_EDITS = 2;

/**
 * True when the AWS SDK's partition data lists the region. (`partition()` adds the region's
 * description only for listed regions; for any other name it returns the partition whose pattern
 * matches, or the default one.)
 */
export function isKnownRegion(region: string): boolean {
  return 'description' in partition(region);
}

/**
 * Why `region` cannot be used, or undefined. A region that is shaped right but that the SDK does
 * not list is a typo far more often than a region newer than this release: `us-esat-1` would
 * otherwise fail every request with ENOTFOUND after six attempts each.
 */
export function regionProblem(region: string): string | undefined {
  if (!REGION_SHAPE.test(region)) return 'expected a region code such as "us-east-1"';
  if (isKnownRegion(region)) return undefined;
  const near = nearestKnownRegions(region);
  const guess = near.length > 0 ? `; did you mean ${orList(near)}?` : '';
  return `it is not a known AWS region${guess} (a region launched after this release of the action needs a newer release)`;
}

/**
 * The known regions fewest edits (insert, delete, replace, swap of neighbours) away, up to
 * MAX_SUGGESTION_EDITS. The SDK offers a test of one name, not its list, so the near misses of
 * the typo are tested instead.
 */
export function nearestKnownRegions(region: string): string[] {
  let frontier = new Set([region]);
  const seen = new Set(frontier);
  for (let distance = 1; distance <= MAX_SUGGESTION_EDITS; distance++) {
    const next = new Set<string>();
    const found = new Set<string>();
    for (const word of frontier) {
      for (const candidate of oneEditAway(word)) {
        if (seen.has(candidate)) continue;
        // The last round's candidates lead nowhere further; keeping them would only cost memory.
        if (distance < MAX_SUGGESTION_EDITS) {
          seen.add(candidate);
          next.add(candidate);
        }
        if (REGION_SHAPE.test(candidate) && isKnownRegion(candidate)) found.add(candidate);
      }
    }
    if (found.size > 0) return [...found].sort();
    frontier = next;
  }
  return [];
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const c of REGION_CHARS) {
      yield head + c + tail;
      if (tail.length > 0 && c !== tail[0]) yield head + c + tail.slice(1);
    }
  }
}
