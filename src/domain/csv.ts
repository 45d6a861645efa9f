/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order
 * mark, CRLF line ends, and every field that holds a comma, quote or line
 * break quoted with its quotes doubled (RFC 4180).
 */
export const UTF8_BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export type CsvCell = string | number | null;

/** One line in the columns' order, from cells named by column; a column the cells leave out stays empty (never 0). */
export function csvLine<Column extends string>(columns: readonly Column[], cells: Partial<Record<Column, CsvCell>>): CsvCell[] {
  return columns.map((column) => cells[column] ?? null);
}
