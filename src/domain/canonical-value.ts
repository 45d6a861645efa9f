/**
 * The canonical rendering of a level value: how the columnar indicator file
 * (data-files.ts) writes the number as written when it stores none. It is
 * the shortest decimal that reads back as the value (JavaScript's
 * String(number): 87.41, 3693, 0.5), followed by % for a percentage:
 * "87.41%", "3693". Only the rendering is canonical; a source that writes
 * "87.40%", "3万余" or "１，２３４" keeps its own text, stored with the row.
 *
 * Values a report does not write as plain digits (negative, not finite, or
 * in exponent form such as 1e+21) have no canonical rendering: null.
 * Free of zod, so the bench's reference page can use it.
 */
export function canonicalValueAsWritten(value: number, unit: string): string | null {
  if (!(value >= 0) || value === Number.POSITIVE_INFINITY) return null;
  const digits = String(value);
  if (digits.includes('e')) return null;
  return unit === '%' ? `${digits}%` : digits;
}
