/** One label as both writers store and report it. */
export interface Label {
  name: string;
  /** Percent, rounded to 2 decimals. */
  confidence: number;
}

/**
 * One copy of each label name. Each reply and each stored item parses its names afresh, so a
 * run of 20,000 images held 150,000 copies of a few hundred names (about 4 MB), kept until the
 * run ends with its results. Past `capacity` distinct names, names are kept as they come, so a
 * stream of odd names cannot grow the table without bound.
 */
export class NameTable {
  private readonly names = new Map<string, string>();

  /** Rekognition's label vocabulary is a few thousand names. */
  constructor(private readonly capacity = 20_000) {}

  get size(): number {
    return this.names.size;
  }

  shared(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.names.size < this.capacity) this.names.set(name, name);
    return name;
  }
}

const labelNames = new NameTable();

/** The process's one copy of a label name (see NameTable). */
export function sharedLabelName(name: string): string {
  return labelNames.shared(name);
}
