/** Locale-independent string order, so sorting is the same on every runner. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
