import Papa from 'papaparse';

/** A downloaded CSV as a spreadsheet reads it: without its byte-order mark, one array of cells a line. */
export function csvTable(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true }).data;
}

/** The lines after the header, each keyed by its (localised) column header. */
export function csvRecords(csv: string): Array<Record<string, string>> {
  const [header, ...lines] = csvTable(csv);
  return lines.map((line) => Object.fromEntries(header!.map((name, i) => [name, line[i]!])));
}
