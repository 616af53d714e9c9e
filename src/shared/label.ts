/** One label as both writers store and report it. */
export interface Label {
  name: string;
  /** Percent, rounded to 2 decimals. */
  confidence: number;
}
