/**
 * `1234567` as `1,234,567`, as `toLocaleString('en-US')` writes it. Not that method: its first
 * call sets up ICU's number formatting, about 7 MiB of RSS for the rest of the process
 * (measured: 41 -> 48 MiB in a bare Node 24), and the action's report called it at the end of
 * every large run, where the peak is.
 */
export function groupDigits(value: number): string {
  const text = String(value);
  // Exponents (1e21 and up), NaN and Infinity have no digits to group.
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  // \B never falls between the sign and the first digit, so a minus needs no handling.
  const [whole, fraction] = text.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
