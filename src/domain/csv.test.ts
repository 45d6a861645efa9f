import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv([['地区', '数值'], ['高州市', 99.5]])).toBe(`${UTF8_BOM}地区,数值\r\n高州市,99.5\r\n`);
  });

  it('quotes commas, quotes and line breaks inside fields', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('x\r\ny')).toBe('"x\r\ny"');
  });

  it('writes empty fields for null and undefined, never "null"', () => {
    expect(toCsv([[null, undefined, 0]])).toBe(`${UTF8_BOM},,0\r\n`);
  });

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField(-3.5)).toBe('-3.5');
  });

  it('round-trips any table through a standard CSV parser', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '1', '.') }).filter((s) => !/^[=+\-@]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const parsed = Papa.parse<string[]>(toCsv(table).slice(1), { newline: '\r\n' });
        expect(parsed.data.slice(0, table.length)).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });
});

describe('csvLine', () => {
  it('puts each cell under its column, in the columns\' order, and leaves the others empty, keeping 0', () => {
    expect(csvLine(['year', 'value', 'note', 'end'] as const, { end: 0, year: 2021 })).toEqual([2021, null, null, 0]);
  });
});
