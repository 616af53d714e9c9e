// Decides which moving tags a published release updates (.github/workflows/release.yml).
//
//   node scripts/release-tags.mjs <tag> [--prerelease true|false]
//
// prints the tags to move to the release commit, one per line (for v1.2.3: v1 and v1.2), and
// explains on stderr why a tag is left alone. It exits 1 with the reason when the tag is not
// `v` + package.json's version or is not a semantic version. A prerelease (v1.3.0-rc.1, or a
// GitHub release marked as prerelease) moves nothing: `@v1` users must only ever get final
// releases. A moving tag that already points at a higher version is not moved back, so a
// fix released on an older line (v1.1.5 after v1.2.0) moves v1.1 but leaves v1 alone.
// The current version behind a moving tag is package.json's version at that tag.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

// Semantic Versioning 2.0.0's own pattern (semver.org), without build metadata.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

/**
 * Parses `X.Y.Z` or `X.Y.Z-pre`; throws for anything else.
 * @param {string} version
 * @returns {{ major: number, minor: number, patch: number, prerelease: string[] }}
 */
export function parseVersion(version) {
  const m = SEMVER.exec(version);
  if (!m) {
    throw new Error(`"${version}" is not a semantic version X.Y.Z (or X.Y.Z-prerelease)`);
  }
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] === undefined ? [] : m[4].split('.'),
  };
}

/**
 * Parses a release tag `vX.Y.Z` (or `vX.Y.Z-pre`); throws naming the tag otherwise.
 * @param {string} tag
 */
export function parseReleaseTag(tag) {
  if (!tag.startsWith('v')) {
    throw new Error(`release tag "${tag}" must start with "v", as in v${tag}`);
  }
  try {
    return parseVersion(tag.slice(1));
  } catch {
    throw new Error(`release tag "${tag}" is not v + a semantic version, as in v1.2.3`);
  }
}

/**
 * Semantic Versioning precedence: negative when a < b, 0 when equal, positive when a > b.
 * @param {string} a
 * @param {string} b
 */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core !== 0) return core;
  // A version without a prerelease ranks above any of its prereleases.
  if (x.prerelease.length === 0 || y.prerelease.length === 0) {
    return y.prerelease.length - x.prerelease.length;
  }
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * Decides which moving tags a release updates.
 * @param {object} release
 * @param {string} release.tag the release's tag, e.g. v1.2.3
 * @param {string} release.packageVersion package.json's version at that tag
 * @param {boolean} [release.markedPrerelease] the GitHub release is marked as prerelease
 * @param {Record<string, string | undefined>} [release.current] version each moving tag
 *   points at now (package.json's version there); absent when the tag does not exist yet
 * @returns {{ move: string[], notes: string[] }} tags to move, and why others are not
 */
export function decideTags({ tag, packageVersion, markedPrerelease = false, current = {} }) {
  const version = parseReleaseTag(tag);
  const expected = `v${packageVersion}`;
  if (tag !== expected) {
    throw new Error(
      `release tag ${tag} does not match package.json's version ${packageVersion} (expected tag ${expected})`,
    );
  }
  const newVersion = tag.slice(1);
  const aliases = [`v${version.major}`, `v${version.major}.${version.minor}`];
  if (version.prerelease.length > 0 || markedPrerelease) {
    const why =
      version.prerelease.length > 0
        ? `${tag} is a prerelease version`
        : `the release ${tag} is marked as a prerelease`;
    return {
      move: [],
      notes: [`${why}: ${aliases.join(' and ')} only move to final releases, so nothing moves.`],
    };
  }
  const move = [];
  const notes = [];
  for (const alias of aliases) {
    const now = current[alias];
    if (now !== undefined && compareVersions(newVersion, now) < 0) {
      notes.push(`${alias} stays at ${now}: it is higher than ${newVersion}.`);
    } else {
      move.push(alias);
    }
  }
  return { move, notes };
}

/**
 * package.json's version at a tag, or undefined when the tag does not exist.
 * @param {string} tag
 * @param {string} cwd
 */
function versionAtTag(tag, cwd) {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
      cwd,
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  try {
    const text = execFileSync('git', ['show', `refs/tags/${tag}:package.json`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { version } = JSON.parse(text);
    parseVersion(version);
    return version;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`cannot read package.json's version at tag ${tag}: ${reason}`, {
      cause: error,
    });
  }
}

const USAGE = 'usage: node scripts/release-tags.mjs <tag> [--prerelease true|false]';

/**
 * The CLI: reads package.json and the moving tags' versions in `cwd`, then decides.
 * @param {string[]} args
 * @param {string} [cwd]
 */
export function main(args, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { prerelease: { type: 'string' } },
    });
  } catch {
    throw new Error(USAGE);
  }
  const { positionals, values } = parsed;
  const prerelease = values.prerelease ?? 'false';
  if (positionals.length !== 1 || !['true', 'false', ''].includes(prerelease)) {
    throw new Error(USAGE);
  }
  const tag = positionals[0];
  const markedPrerelease = prerelease === 'true';
  const { version: packageVersion } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  // Checks the tag before git is asked about any name derived from it.
  const first = decideTags({ tag, packageVersion, markedPrerelease });
  if (first.move.length === 0) return first;
  const current = Object.fromEntries(first.move.map((alias) => [alias, versionAtTag(alias, cwd)]));
  return decideTags({ tag, packageVersion, markedPrerelease, current });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { move, notes } = main(process.argv.slice(2));
    for (const note of notes) console.error(note);
    for (const alias of move) console.log(alias);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
