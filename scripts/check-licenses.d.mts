// Types for scripts/check-licenses.mjs, for the tests in __tests__/scripts.
export type SpdxNode =
  { license: string; exception?: string } | { and: SpdxNode[] } | { or: SpdxNode[] };
export interface LicenseCheck {
  /** Licence (as written) -> package names, both sorted. */
  byLicense: Map<string, string[]>;
  /** One line per file that cannot be parsed and per package whose licence is not allowed. */
  problems: string[];
  /** Package entries read, over all files. */
  packages: number;
}
export const LICENSE_FILE: RegExp;
export function parseLicenseFile(text: string): Array<{ name: string; license: string | null }>;
export function parseSpdx(expression: string): SpdxNode;
export function disallowedIds(expression: string, allowed: readonly string[]): string[];
export function checkLicenses(
  files: Array<{ path: string; text: string }>,
  allowed: readonly string[],
): LicenseCheck;
export function findLicenseFiles(dir: string): string[];
export function main(root?: string): number;
