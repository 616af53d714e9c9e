import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** README.md, every docs/*.md and the component READMEs, as paths relative to the root. */
export function documentationFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs, 'local-stack/README.md', 'bench/README.md'];
}

/** The lines of a Markdown text outside fenced code blocks, with their 1-based numbers. */
export function proseLines(text: string): { line: string; number: number }[] {
  const lines: { line: string; number: number }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker?.startsWith(fence[0]!) && marker.length >= fence.length)
      fence = undefined;
    else if (fence === undefined) lines.push({ line, number: index + 1 });
  });
  return lines;
}

/** The fenced code blocks of a Markdown text with the given info string (e.g. `yaml`). */
export function codeBlocks(text: string, language: string): { code: string; line: number }[] {
  const blocks: { code: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const closing = new RegExp(`^ {0,3}\`{${open[1]!.length},}\\s*$`);
    const end = lines.findIndex((l, j) => j > i && closing.test(l));
    const close = end === -1 ? lines.length : end;
    if (open[2] === language)
      blocks.push({ code: lines.slice(i + 1, close).join('\n'), line: i + 1 });
    i = close;
  }
  return blocks;
}

/** The text GitHub renders for a heading's Markdown source. */
function headingText(source: string): string {
  return source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .trim();
}

/**
 * GitHub's heading anchor: lower case; every character that is not a letter, digit, space,
 * `-` or `_` dropped; each space a `-`.
 */
export function slug(heading: string): string {
  return headingText(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown text: its headings' slugs, repeats numbered `-1`, `-2`… */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const { line } of proseLines(text)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      result.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const [, name] of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) result.add(name!);
  }
  return result;
}

/** The targets of the inline links and images and of the link definitions in a Markdown text. */
export function linkTargets(text: string): { target: string; line: number }[] {
  const targets: { target: string; line: number }[] = [];
  for (const { line, number } of proseLines(text)) {
    const prose = line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, (code) => ' '.repeat(code.length));
    for (const [, target] of prose.matchAll(/\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g)) {
      targets.push({ target: target!.replace(/^<(.*)>$/, '$1'), line: number });
    }
    const definition = /^ {0,3}\[[^\]]+\]:\s*(\S+)/.exec(prose)?.[1];
    if (definition) targets.push({ target: definition, line: number });
  }
  return targets;
}

const read = (path: string) => readFileSync(path, 'utf8');

/**
 * The relative links of `file` (a path under `root`) that point nowhere: a file or folder that
 * does not exist, or an `#anchor` that no heading of the target Markdown file defines.
 */
export function brokenLinks(file: string, root = ROOT): string[] {
  const path = join(root, file);
  const problems: string[] = [];
  for (const { target, line } of linkTargets(read(path))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const [pathPart = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const resolved = pathPart === '' ? path : resolve(dirname(path), decodeURI(pathPart));
    const where = `${file}:${line}: ${target}`;
    if (relative(root, resolved).startsWith('..')) {
      problems.push(`${where} leaves the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      problems.push(`${where}: ${relative(root, resolved)} does not exist`);
      continue;
    }
    if (anchor === undefined) continue;
    if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
      problems.push(`${where}: an anchor into a file that is not Markdown`);
    } else if (!anchors(read(resolved)).has(decodeURIComponent(anchor))) {
      problems.push(
        `${where}: no heading in ${relative(root, resolved)} has the anchor #${anchor}`,
      );
    }
  }
  return problems;
}
