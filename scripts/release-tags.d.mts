// Types for scripts/release-tags.mjs, for the tests in __tests__/scripts.
export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}
export interface TagDecision {
  /** Moving tags to point at the release commit, major first. */
  move: string[];
  /** Why a tag is left alone. */
  notes: string[];
}
export function parseVersion(version: string): ParsedVersion;
export function parseReleaseTag(tag: string): ParsedVersion;
export function compareVersions(a: string, b: string): number;
export function decideTags(release: {
  tag: string;
  packageVersion: string;
  markedPrerelease?: boolean;
  current?: Record<string, string | undefined>;
}): TagDecision;
export function main(args: string[], cwd?: string): TagDecision;
