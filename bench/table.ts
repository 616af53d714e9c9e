import { formatRatio } from './stats.js';

/** One line of the benchmark's table. Every field is what was measured, already formatted. */
export interface Row {
  /** Item of the issue: "1 throughput", "4 memory"... */
  scenario: string;
  /** Whose run it is when the table compares: "ours", or the peer's name. */
  who?: string;
  /**
   * Not printed: rows of the same group (the same quota, transport and latency) are printed
   * together, so a peer's row stands under ours for the same setup.
   */
  group?: string;
  /** What was run: N, quota, latency, transport. */
  setup: string;
  /** The headline figure (wall time, RSS, start-up, calls per image). */
  measured: string;
  /** The physical limit it is compared with, when there is one. */
  ideal?: string;
  /** measured / ideal. */
  ratio?: number;
  /** AWS requests as the action counted them: "sent/throttled/retried". */
  requests?: string;
  /** Images that failed (should be 0). */
  failed?: number;
  /** Peak RSS of the action's process, MB (10^6 bytes, the unit of the targets). */
  peakRssMB?: number;
  target: string;
  /** true/false when the target was checked, undefined when there is none or it was not run. */
  met?: boolean;
  note?: string;
}

export const COLUMNS: { key: Exclude<keyof Row, 'group'>; title: string }[] = [
  { key: 'scenario', title: 'scenario' },
  { key: 'who', title: 'who' },
  { key: 'setup', title: 'setup' },
  { key: 'measured', title: 'measured' },
  { key: 'ideal', title: 'ideal' },
  { key: 'ratio', title: 'ratio' },
  { key: 'requests', title: 'requests sent/throttled/retried' },
  { key: 'failed', title: 'failed' },
  { key: 'peakRssMB', title: 'peak RSS' },
  { key: 'target', title: 'target' },
  { key: 'met', title: 'met' },
  { key: 'note', title: 'note' },
];

/**
 * Rows in their order, except that each group's rows are printed together where the group
 * first appears: ours, then the peers measured on the same setup.
 */
export function arrangeRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const placed = new Set<string>();
  for (const row of rows) {
    if (row.group === undefined) out.push(row);
    else if (!placed.has(row.group)) {
      placed.add(row.group);
      out.push(...rows.filter((r) => r.group === row.group));
    }
  }
  return out;
}

function cell(row: Row, key: (typeof COLUMNS)[number]['key']): string {
  const value = row[key];
  if (value === undefined) return '';
  switch (key) {
    case 'ratio':
      return formatRatio(value as number);
    case 'peakRssMB':
      return `${Math.round(value as number)} MB`;
    case 'met':
      return value ? 'yes' : 'NO';
    default:
      // A pipe would end the Markdown cell early.
      return String(value).replaceAll('|', '\\|');
  }
}

/**
 * A Markdown table with the columns padded to line up in a terminal, leaving out columns
 * that no row fills. Numeric columns are right-aligned.
 */
export function formatTable(rows: readonly Row[]): string {
  const columns = COLUMNS.filter((c) => rows.some((r) => cell(r, c.key) !== ''));
  const numeric = new Set(['ratio', 'failed', 'peakRssMB']);
  const cells = rows.map((r) => columns.map((c) => cell(r, c.key)));
  const widths = columns.map((c, i) =>
    Math.max(c.title.length, 3, ...cells.map((line) => line[i]!.length)),
  );
  const pad = (text: string, i: number) =>
    numeric.has(columns[i]!.key) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (texts: string[]) => `| ${texts.map(pad).join(' | ')} |`;
  const rule = `| ${widths
    .map((w, i) => (numeric.has(columns[i]!.key) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
    .join(' | ')} |`;
  return [line(columns.map((c) => c.title)), rule, ...cells.map(line)].join('\n');
}
