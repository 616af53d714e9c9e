// Fails when a bundled dependency's licence is not on the allow list.
//
//   npm run check:licenses
//
// Reads every dist/**/licenses-*.txt that `npm run bundle` writes (ncc's licence plugin), prints
// the bundled packages per licence and exits 1 naming every package whose licence is missing,
// is not an SPDX expression, or is not allowed. The allow list is .github/licenses-allowed.json.
//
// ncc renders each file as the packages sorted by name, each as
//
//   <package name>
//   <licence: package.json's "license" field, verbatim; the line is absent when there is none>
//   <licence text, as in the package's LICENSE file; absent when there is none>
//   <blank line>
//
// Licence texts contain blank lines too, so a block starts at a line that follows a blank line
// (or starts the file) and is a valid npm package name. A text line taken for a name cannot let a
// bad licence pass: its "licence" is the next line, which is then not allowed, or its name breaks
// ncc's order, which makes the file unparsable.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[A-Za-z0-9~-][A-Za-z0-9._~-]*$/;
export const LICENSE_FILE = /^licenses-.*\.txt$/;

const isBlank = (line) => line === undefined || line.trim() === '';

/**
 * Splits one ncc licence file into its packages; throws when the text is not in ncc's form.
 * @param {string} text
 * @returns {Array<{ name: string, license: string | null }>}
 */
export function parseLicenseFile(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.every(isBlank)) throw new Error('the file is empty');
  /** @type {Array<{ name: string, license: string | null }>} */
  const packages = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!(i === 0 || lines[i - 1] === '') || !PACKAGE_NAME.test(line)) {
      if (i === 0) {
        throw new Error(`line 1 is not a package name: ${JSON.stringify(line.slice(0, 80))}`);
      }
      continue;
    }
    const previous = packages.at(-1);
    if (previous && line < previous.name) {
      throw new Error(
        `line ${i + 1}: "${line}" comes after "${previous.name}", but ncc sorts packages by name`,
      );
    }
    const next = lines[i + 1];
    packages.push({ name: line, license: isBlank(next) ? null : next.trim() });
  }
  return packages;
}

/**
 * Parses an SPDX licence expression (SPDX 2.3, annex D) into a tree; throws when it is not one.
 * @param {string} expression
 */
export function parseSpdx(expression) {
  const tokens = [];
  const tokenPattern = /\s*([()]|[A-Za-z0-9.:+-]+)\s*/y;
  while (tokenPattern.lastIndex < expression.length) {
    const m = tokenPattern.exec(expression);
    if (!m) throw new Error(`unexpected character in "${expression}"`);
    tokens.push(m[1]);
  }
  let at = 0;
  const isOperator = (token, op) => token === op || token === op.toLowerCase();
  const fail = (what) => {
    throw new Error(`"${expression}" is not an SPDX expression (${what})`);
  };
  const id = /^(?:(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.-]+\+?)$/;
  const exception = /^[A-Za-z0-9.-]+$/;

  const term = () => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = or();
      if (tokens[at++] !== ')') fail('a "(" is not closed');
      return inner;
    }
    if (token === undefined) fail('it ends where a licence was expected');
    if (['AND', 'OR', 'WITH', ')'].some((op) => isOperator(token, op)) || !id.test(token)) {
      fail(`"${token}" is not a licence id`);
    }
    if (tokens[at] !== undefined && isOperator(tokens[at], 'WITH')) {
      at++;
      const name = tokens[at++];
      if (name === undefined || !exception.test(name)) fail('WITH needs an exception id');
      return { license: token, exception: name };
    }
    return { license: token };
  };
  const and = () => {
    const terms = [term()];
    while (tokens[at] !== undefined && isOperator(tokens[at], 'AND')) {
      at++;
      terms.push(term());
    }
    return terms.length === 1 ? terms[0] : { and: terms };
  };
  const or = () => {
    const terms = [and()];
    while (tokens[at] !== undefined && isOperator(tokens[at], 'OR')) {
      at++;
      terms.push(and());
    }
    return terms.length === 1 ? terms[0] : { or: terms };
  };

  const tree = or();
  if (at < tokens.length) fail(`"${tokens[at]}" where an operator or the end was expected`);
  return tree;
}

/**
 * The licence ids that keep an expression from being allowed; empty when it is allowed. OR
 * needs one allowed alternative, AND needs all. Ids compare case-insensitively; "+" (or later)
 * and WITH exceptions only add permissions, so they are allowed with their licence.
 * @param {string} expression
 * @param {readonly string[]} allowed
 * @returns {string[]}
 */
export function disallowedIds(expression, allowed) {
  const allow = new Set(allowed.map((id) => id.toLowerCase()));
  const visit = (node) => {
    if ('or' in node) {
      const branches = node.or.map(visit);
      return branches.some((ids) => ids.length === 0) ? [] : branches.flat();
    }
    if ('and' in node) return node.and.flatMap(visit);
    return allow.has(node.license.replace(/\+$/, '').toLowerCase()) ? [] : [node.license];
  };
  return [...new Set(visit(parseSpdx(expression)))];
}

/**
 * Checks licence files against the allow list.
 * @param {Array<{ path: string, text: string }>} files
 * @param {readonly string[]} allowed
 * @returns {{ byLicense: Map<string, string[]>, problems: string[], packages: number }}
 */
export function checkLicenses(files, allowed) {
  /** @type {Map<string, Set<string>>} */
  const byLicense = new Map();
  const problems = [];
  let packages = 0;
  if (files.length === 0) problems.push('no licence files to check');
  for (const { path, text } of files) {
    let parsed;
    try {
      parsed = parseLicenseFile(text);
    } catch (error) {
      problems.push(`${path}: cannot be parsed: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    for (const { name, license } of parsed) {
      packages++;
      const key = license ?? '(no licence)';
      byLicense.set(key, (byLicense.get(key) ?? new Set()).add(name));
      if (license === null) {
        problems.push(`${path}: ${name} has no licence`);
        continue;
      }
      try {
        const bad = disallowedIds(license, allowed);
        if (bad.length > 0) {
          problems.push(`${path}: ${name} is licensed ${license}: ${bad.join(', ')} not allowed`);
        }
      } catch (error) {
        problems.push(`${path}: ${name}: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
  const sorted = new Map(
    [...byLicense]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, names]) => [id, [...names].sort()]),
  );
  return { byLicense: sorted, problems, packages };
}

/** Every licences-*.txt under dir, sorted. */
export function findLicenseFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && LICENSE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function main(root = process.cwd()) {
  const { allowed } = JSON.parse(readFileSync(join(root, '.github/licenses-allowed.json'), 'utf8'));
  let found = [];
  try {
    found = findLicenseFiles(join(root, 'dist'));
  } catch {
    // No dist/: reported below as no licence files.
  }
  const files = found.map((file) => ({
    path: relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));
  const result = checkLicenses(files, allowed);
  for (const [license, names] of result.byLicense) {
    console.log(`${license} (${names.length}): ${names.join(', ')}`);
  }
  const distinct = new Set([...result.byLicense.values()].flat()).size;
  console.log(
    `${distinct} packages (${result.packages} entries) in ${files.map((f) => f.path).join(', ') || 'no file'}`,
  );
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(`error: ${problem}`);
    console.error(`Allowed: ${allowed.join(', ')} (.github/licenses-allowed.json).`);
    return 1;
  }
  console.log(`Every licence is allowed (${allowed.join(', ')}).`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(main());
}
